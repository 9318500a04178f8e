import type { Revision } from '../../../../contract/articles.ts';
import { formatDateTime, t } from '../../i18n.ts';

/** Two versions to compare, chosen from the list (by default the last two). */
export function CompareForm({
  list,
  from,
  to,
  setFrom,
  setTo,
  onCompare,
}: {
  list: Revision[];
  from: number;
  to: number;
  setFrom: (n: number) => void;
  setTo: (n: number) => void;
  onCompare: () => void;
}) {
  const select = (id: string, label: string, value: number, set: (n: number) => void) => (
    <div class="nd-field">
      <label for={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => set(Number(e.currentTarget.value))}>
        {list.map((r) => (
          <option key={r.version} value={r.version}>
            {t('revisions.option', { version: r.version, time: formatDateTime(r.createdAt) })}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form
      class="nd-row nd-row-wrap"
      onSubmit={(e) => {
        e.preventDefault();
        onCompare();
      }}
    >
      {select('nd-diff-from', t('revisions.from'), from, setFrom)}
      {select('nd-diff-to', t('revisions.to'), to, setTo)}
      <button type="submit" class="nd-button">
        {t('revisions.compare')}
      </button>
    </form>
  );
}
