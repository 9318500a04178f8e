import { t } from '../../i18n.ts';
import type { MenuItem, SiteSettingsView } from '../../../../contract/site-settings.ts';
import type { SiteInfo } from '../../../../contract/site.ts';
import { Field } from './Field.tsx';
import type { Issues } from './use-save.ts';

type Menus = SiteSettingsView['menus'];
type Where = keyof Menus;

/** Moves entry `i` by `by` places (within the list). */
function moved<T>(list: readonly T[], i: number, by: number): T[] {
  const next = [...list];
  const j = i + by;
  const [item] = next.splice(i, 1);
  if (item === undefined || j < 0 || j > list.length - 1) return [...list];
  next.splice(j, 0, item);
  return next;
}

/** One entry: a section picked from the list, or a link with a label per language and an address. */
function MenuEntry({
  where,
  i,
  item,
  count,
  sections,
  languages,
  issues,
  onChange,
  onMove,
  onRemove,
}: {
  where: Where;
  i: number;
  item: MenuItem;
  count: number;
  sections: SiteInfo['sections'];
  languages: string[];
  issues: Issues;
  onChange: (item: MenuItem) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
}) {
  const at = `menus.${where}.${String(i)}`;
  const n = i + 1;
  const sectionId = `nd-site-${at.replace(/\./g, '-')}-section`;
  const sectionError = issues[`${at}.section`];
  return (
    <li class="nd-menu-entry">
      {item.type === 'section' ? (
        <div class="nd-field">
          <label for={sectionId}>{t('menus.section', { n })}</label>
          <select
            id={sectionId}
            value={item.section}
            aria-invalid={sectionError ? 'true' : undefined}
            onChange={(e) => onChange({ type: 'section', section: e.currentTarget.value })}
          >
            {sections.map((s) => (
              <option key={s.slug} value={s.slug}>
                {s.name}
              </option>
            ))}
          </select>
          {sectionError ? <p class="nd-error">{sectionError}</p> : null}
        </div>
      ) : (
        <fieldset class="nd-fieldset">
          <legend>{t('menus.link', { n })}</legend>
          {languages.map((l) => (
            <Field
              key={l}
              idPrefix="nd-site"
              name={`${at}.labels.${l}`}
              label={t('menus.label', { language: l.toUpperCase() })}
              lang={l}
              value={item.labels[l] ?? ''}
              issues={issues}
              onInput={(v) => onChange({ ...item, labels: { ...item.labels, [l]: v } })}
            />
          ))}
          <Field
            idPrefix="nd-site"
            name={`${at}.url`}
            label={t('menus.url')}
            value={item.url}
            issues={issues}
            onInput={(v) => onChange({ ...item, url: v })}
          />
        </fieldset>
      )}
      <div class="nd-inline-form">
        <button type="button" class="nd-button nd-button-quiet" disabled={i === 0} onClick={() => onMove(-1)}>
          {t('menus.up', { n })}
        </button>
        <button
          type="button"
          class="nd-button nd-button-quiet"
          disabled={i === count - 1}
          onClick={() => onMove(1)}
        >
          {t('menus.down', { n })}
        </button>
        <button type="button" class="nd-button nd-button-quiet" onClick={onRemove}>
          {t('menus.remove', { n })}
        </button>
      </div>
    </li>
  );
}

/**
 * The header and footer menus: each either "the sections, in their order" or the editor's own
 * list of sections and custom links, in the order set here.
 */
export function MenusFields({
  menus,
  sections,
  languages,
  issues,
  onChange,
}: {
  menus: Menus;
  sections: SiteInfo['sections'];
  languages: string[];
  issues: Issues;
  onChange: (menus: Menus) => void;
}) {
  return (
    <>
      {(['header', 'footer'] as const).map((where) => {
        const items = menus[where];
        const set = (next: MenuItem[] | null) => onChange({ ...menus, [where]: next });
        const first = sections[0];
        return (
          <fieldset class="nd-fieldset" key={where}>
            <legend>{t('menus.title', { where })}</legend>
            {issues[`menus.${where}`] ? <p class="nd-error">{issues[`menus.${where}`]}</p> : null}
            <label>
              <input
                type="checkbox"
                checked={items === null}
                onChange={(e) =>
                  set(
                    e.currentTarget.checked
                      ? null
                      : sections.map((s): MenuItem => ({ type: 'section', section: s.slug })),
                  )
                }
              />{' '}
              {t('menus.sectionsOnly')}
            </label>
            {items === null ? null : (
              <>
                <ol class="nd-plain-list">
                  {items.map((item, i) => (
                    <MenuEntry
                      key={`${where}-${String(i)}`}
                      where={where}
                      i={i}
                      item={item}
                      count={items.length}
                      sections={sections}
                      languages={languages}
                      issues={issues}
                      onChange={(x) => set(items.map((y, j) => (j === i ? x : y)))}
                      onMove={(by) => set(moved(items, i, by))}
                      onRemove={() => set(items.filter((_, j) => j !== i))}
                    />
                  ))}
                </ol>
                <p class="nd-actions">
                  {first ? (
                    <button
                      type="button"
                      class="nd-button"
                      onClick={() => set([...items, { type: 'section', section: first.slug }])}
                    >
                      {t('menus.addSection')}
                    </button>
                  ) : null}{' '}
                  <button
                    type="button"
                    class="nd-button"
                    onClick={() => set([...items, { type: 'link', labels: {}, url: '' }])}
                  >
                    {t('menus.addLink')}
                  </button>
                </p>
              </>
            )}
          </fieldset>
        );
      })}
    </>
  );
}
