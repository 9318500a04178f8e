import type { ArticleFields } from '../../../../contract/articles.ts';
import { describedBy, Field } from '../../components/Dialog.tsx';
import { t, timeZone } from '../../i18n.ts';
import { instantFromZonedInput, zonedInputValue } from '../../zoned.ts';

/** Breaking news: the flag, and until when (on the site's clock); only those who may publish set them. */
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
            zone: timeZone(),
          })}
          error={issue('breakingUntil')}
        >
          <input
            id="nd-breaking-until"
            type="datetime-local"
            value={fields.breakingUntil ? zonedInputValue(new Date(fields.breakingUntil), timeZone()) : ''}
            disabled={disabled}
            aria-describedby={describedBy('nd-breaking-until', 'hint', issue('breakingUntil'))}
            onChange={(e) => {
              const when = instantFromZonedInput(e.currentTarget.value, timeZone());
              change({ breakingUntil: when ? when.toISOString() : null });
            }}
          />
        </Field>
      ) : null}
    </>
  );
}
