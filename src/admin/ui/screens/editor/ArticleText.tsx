import type { ArticleFields } from '../../../../contract/articles.ts';
import { describedBy, Field } from '../../components/Dialog.tsx';
import type { RichText as RichTextComponent } from '../../editor/RichText.tsx';
import { t } from '../../i18n.ts';

/** The article's text: headline, standfirst and the rich-text body (loaded as a chunk of its own). */
export function ArticleText({
  fields,
  editable,
  issue,
  change,
  RichText,
  bodyKey,
}: {
  fields: ArticleFields;
  editable: boolean;
  issue: (field: string) => string | undefined;
  change: (patch: Partial<ArticleFields>) => void;
  RichText: typeof RichTextComponent | null;
  bodyKey: number;
}) {
  return (
    <>
      <Field id="nd-headline" label={t('editor.headline')} error={issue('headline')}>
        <textarea
          id="nd-headline"
          class="nd-headline"
          rows={2}
          value={fields.headline}
          disabled={!editable}
          aria-invalid={issue('headline') ? 'true' : undefined}
          aria-describedby={describedBy('nd-headline', null, issue('headline'))}
          onInput={(e) => change({ headline: e.currentTarget.value.replace(/\n/g, ' ') })}
        />
      </Field>
      <Field id="nd-standfirst" label={t('editor.standfirst')} error={issue('standfirst')}>
        <textarea
          id="nd-standfirst"
          class="nd-standfirst"
          rows={2}
          value={fields.standfirst ?? ''}
          disabled={!editable}
          aria-describedby={describedBy('nd-standfirst', null, issue('standfirst'))}
          onInput={(e) => change({ standfirst: e.currentTarget.value })}
        />
      </Field>
      <div class={issue('body') || issue('bodyHtml') ? 'nd-field nd-field-invalid' : 'nd-field'}>
        <span class="nd-label" id="nd-body-label">
          {t('editor.body')}
        </span>
        {RichText ? (
          <RichText
            key={bodyKey}
            id="nd-body"
            labelledBy="nd-body-label"
            initialHtml={fields.bodyHtml}
            editable={editable}
            onChange={(html) => change({ bodyHtml: html })}
            describedById={issue('body') ? 'nd-body-error' : undefined}
          />
        ) : (
          <p role="status">{t('common.loading')}</p>
        )}
        {issue('body') || issue('bodyHtml') ? (
          <p class="nd-error" id="nd-body-error">
            {issue('body') ?? issue('bodyHtml')}
          </p>
        ) : null}
      </div>
    </>
  );
}
