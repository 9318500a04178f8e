import { useEffect, useState } from 'preact/hooks';
import { t } from '../../i18n.ts';
import type { Frontpage, FrontpageLayoutBody, FrontpageTemplate } from '../../../../contract/articles.ts';
import type { SiteInfo } from '../../../../contract/site.ts';

/** The templates, in the order the form offers them (the wire contract's names). */
const TEMPLATES: FrontpageTemplate[] = ['lead-grid', 'two-leads', 'section-rows'];

/**
 * A language's layout: the template, how many curated places, and for "section rows" which
 * sections give a row, in order (one choice per row; empty choices are dropped).
 */
export function LayoutForm({
  layout,
  limits,
  sections,
  disabled,
  onSave,
}: {
  layout: Frontpage['layout'];
  limits: Frontpage['limits'];
  sections: SiteInfo['sections'];
  disabled: boolean;
  onSave: (layout: FrontpageLayoutBody) => Promise<void>;
}) {
  const [template, setTemplate] = useState(layout.template);
  const [slots, setSlots] = useState(String(layout.slots));
  const [rows, setRows] = useState<string[]>(layout.sections);
  useEffect(() => {
    setTemplate(layout.template);
    setSlots(String(layout.slots));
    setRows(layout.sections);
  }, [layout]);
  const rowChoices = Array.from({ length: limits.sectionRows }, (_, i) => rows[i] ?? '');
  const submit = (e: Event) => {
    e.preventDefault();
    void onSave({ template, slots: Number(slots), sections: rowChoices.filter((s) => s !== '') });
  };
  return (
    <form class="nd-fp-layout" onSubmit={submit}>
      <fieldset disabled={disabled}>
        <legend>{t('frontpage.layout')}</legend>
        <fieldset class="nd-radios">
          <legend>{t('frontpage.template')}</legend>
          {TEMPLATES.map((x) => (
            <label key={x}>
              <input
                type="radio"
                name="nd-fp-template"
                value={x}
                checked={template === x}
                onChange={() => setTemplate(x)}
              />{' '}
              {t('frontpage.templateName', { template: x.replace('-', '_') })}
            </label>
          ))}
        </fieldset>
        <div class="nd-field nd-field-inline">
          <label for="nd-fp-slots">{t('frontpage.places')}</label>
          <input
            id="nd-fp-slots"
            type="number"
            min={1}
            max={limits.slots}
            value={slots}
            aria-describedby="nd-fp-slots-hint"
            onInput={(e) => setSlots(e.currentTarget.value)}
          />
          <span id="nd-fp-slots-hint" class="nd-hint">
            {t('frontpage.placesHint', { max: limits.slots })}
          </span>
        </div>
        {template === 'section-rows' ? (
          <fieldset class="nd-fp-rows">
            <legend>{t('frontpage.rows')}</legend>
            {rowChoices.map((value, i) => (
              <div class="nd-field nd-field-inline" key={i}>
                <label for={`nd-fp-row-${String(i)}`}>{t('frontpage.row', { n: i + 1 })}</label>
                <select
                  id={`nd-fp-row-${String(i)}`}
                  value={value}
                  onChange={(e) => {
                    const next = [...rowChoices];
                    next[i] = e.currentTarget.value;
                    setRows(next);
                  }}
                >
                  <option value="">{t('frontpage.noRow')}</option>
                  {sections.map((s) => (
                    <option key={s.slug} value={s.slug}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </fieldset>
        ) : null}
        <button type="submit" class="nd-button">
          {t('frontpage.saveLayout')}
        </button>
      </fieldset>
    </form>
  );
}
