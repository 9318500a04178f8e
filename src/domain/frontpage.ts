import { z } from 'zod';

/**
 * The front page's curated places, in page order: the lead story (`lead`), then `top-1`,
 * `top-2`, … Editors fill them per language; the layout says how many there are and how the
 * page arranges them; the rest of the page is the latest news.
 */
export const MAX_SLOTS = 12;
/** How many section rows a layout may choose. */
export const MAX_SECTION_ROWS = 6;

/** The place names of a layout with `count` places: `lead`, `top-1` … `top-(count-1)`. */
export function slotNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => (i === 0 ? 'lead' : `top-${String(i)}`));
}

/** A place's position from the top (0 for the lead), or -1 for a name that is not a place. */
export function slotIndex(slot: string): number {
  if (slot === 'lead') return 0;
  const m = /^top-([1-9]\d?)$/.exec(slot);
  const n = m ? Number(m[1]) : -1;
  return n > 0 && n < MAX_SLOTS ? n : -1;
}

/**
 * The templates: one lead over a grid; two leads side by side over the grid; or the lead and the
 * grid followed by rows filled from chosen sections' latest stories, in the chosen order (the
 * other templates give every section with news a row, in the menu's order).
 */
export const frontpageTemplates = ['lead-grid', 'two-leads', 'section-rows'] as const;
export type FrontpageTemplate = (typeof frontpageTemplates)[number];

/** How many of a template's places are leads. */
export const leadsOf = (template: FrontpageTemplate): number => (template === 'two-leads' ? 2 : 1);

export const frontpageLayoutSchema = z
  .object({
    template: z.enum(frontpageTemplates),
    slots: z
      .number({ message: 'must be a whole number' })
      .int('must be a whole number')
      .min(1, 'must be at least 1')
      .max(MAX_SLOTS, `must be at most ${String(MAX_SLOTS)}`),
    /** Section slugs, for `section-rows`: the rows in page order. */
    sections: z
      .array(z.string().min(1).max(100))
      .max(MAX_SECTION_ROWS, `must list at most ${String(MAX_SECTION_ROWS)} sections`)
      .refine((s) => new Set(s).size === s.length, 'must not list a section twice'),
  })
  .strict()
  .superRefine((l, ctx) => {
    if (l.slots < leadsOf(l.template))
      ctx.addIssue({ code: 'custom', path: ['slots'], message: 'two leads need at least 2 places' });
    if (l.template === 'section-rows' && l.sections.length === 0)
      ctx.addIssue({ code: 'custom', path: ['sections'], message: 'choose at least one section' });
  });
export type FrontpageLayout = z.output<typeof frontpageLayoutSchema>;

/** What a language's front page is before an editor chooses: one lead, four top stories, every section. */
export const defaultFrontpageLayout: FrontpageLayout = { template: 'lead-grid', slots: 5, sections: [] };

/** Every language's layout as stored (the `frontpage` setting); a language without one has the default. */
export const storedLayoutsSchema = z.record(z.string(), frontpageLayoutSchema);
