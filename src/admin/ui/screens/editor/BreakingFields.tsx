import type { ArticleFields } from '../../../../contract/articles.ts';
import { describedBy, Field } from '../../components/Dialog.tsx';
import { t } from '../../i18n.ts';
import { localInputValue } from './article-fields.ts';

/** Breaking news: the flag, and until when (in the browser's time zone); only those who may publish set them. */
export function BreakingFields({
  fields,
  breakingHours,
  disabled,
  issue,
  change,
}: {
  fields: ArticleFields;
  /** How long an article stays breaking when no end is set. */
  breakingHours: number;
  disabled: boolean;
  issue: (field: string) => string | undefined;
  change: (patch: Partial<ArticleFields>) => void;
}) {
  return (
    <>
      <div class="nd-field nd-check">
        <input
          id="nd-breaking"
          type="checkbox"
          checked={fields.breaking}
          disabled={disabled}
          aria-describedby="nd-breaking-hint"
          onChange={(e) => change({ breaking: e.currentTarget.checked })}
        />
        <label for="nd-breaking">{t('editor.breaking')}</label>
        <p class="nd-hint" id="nd-breaking-hint">
          {t('editor.breakingHint')}
        </p>
      </div>
      {fields.breaking ? (
        <Field
          id="nd-breaking-until"
          label={t('editor.breakingUntil')}
          hint={t('editor.breakingUntilHint', {
            hours: breakingHours,
            zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          })}
          error={issue('breakingUntil')}
        >
          <input
            id="nd-breaking-until"
            type="datetime-local"
            value={fields.breakingUntil ? localInputValue(new Date(fields.breakingUntil)).slice(0, 16) : ''}
            disabled={disabled}
            aria-describedby={describedBy('nd-breaking-until', 'hint', issue('breakingUntil'))}
            onChange={(e) => {
              const when = e.currentTarget.value ? new Date(e.currentTarget.value) : null;
              change({
                breakingUntil: when && !Number.isNaN(when.getTime()) ? when.toISOString() : null,
              });
            }}
          />
        </Field>
      ) : null}
    </>
  );
}
