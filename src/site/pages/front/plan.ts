import type { ArticleSummary } from '../../../domain/article.ts';
import { defaultFrontpageLayout, leadsOf, type FrontpageLayout } from '../../../domain/frontpage.ts';
import type { SectionRow } from '../../components/Cards.tsx';

/** How many stories each section's row shows. */
export const PER_ROW = 4;

export interface FrontPlan {
  /** One lead, or two side by side (the "two leads" template). */
  leads: ArticleSummary[];
  top: ArticleSummary[];
  rows: SectionRow[];
}

/** What page 1 is planned from. */
export interface FrontInput {
  /** Editors' picks in slot order. */
  curated: readonly ArticleSummary[];
  /** The newest stories of the language (a window of them). */
  recent: readonly ArticleSummary[];
  /** The sections in the menu's order: every one with news gets a row (unless the layout chooses). */
  sections: readonly { id: string }[];
  layout?: FrontpageLayout;
  /** For the "section rows" template: each chosen section's newest stories, in the chosen order. */
  chosen?: readonly { section: ArticleSummary['section']; stories: readonly ArticleSummary[] }[];
}

/**
 * Page 1's arrangement: editors' picks first (in slot order), then the newest stories, fill the
 * layout's places: the first one or two are the leads, the rest the top grid. Then the rows: with
 * the "section rows" template one per chosen section, in the chosen order, from that section's
 * newest; otherwise one per section in the menu's order, from the newest stories. Rows never
 * repeat a story shown above, and a section with nothing left gets no row.
 */
export function planFront({
  curated,
  recent,
  sections,
  layout = defaultFrontpageLayout,
  chosen,
}: FrontInput): FrontPlan {
  const picked = new Set(curated.map((a) => a.id));
  const stream = [...curated, ...recent.filter((a) => !picked.has(a.id))].slice(0, layout.slots);
  const leads = stream.slice(0, leadsOf(layout.template));
  const top = stream.slice(leads.length);
  const shown = new Set(stream.map((a) => a.id));
  const fresh = (stories: readonly ArticleSummary[]) =>
    stories.filter((a) => !shown.has(a.id)).slice(0, PER_ROW);
  const rows: SectionRow[] = [];
  if (layout.template === 'section-rows') {
    for (const { section, stories } of chosen ?? []) {
      const articles = fresh(stories);
      if (articles.length) rows.push({ section, articles });
    }
    return { leads, top, rows };
  }
  for (const { id } of sections) {
    const articles = fresh(recent.filter((a) => a.section.id === id));
    if (articles[0]) rows.push({ section: articles[0].section, articles });
  }
  return { leads, top, rows };
}
