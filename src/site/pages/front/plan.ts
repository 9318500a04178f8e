import type { ArticleSummary } from '../../../domain/article.ts';
import type { SectionRow } from '../../components/Cards.tsx';

/** How many stories follow the lead in the top grid, and how many each section's row shows. */
export const TOP_STORIES = 4;
export const PER_ROW = 4;

export interface FrontPlan {
  lead: ArticleSummary | null;
  top: ArticleSummary[];
  rows: SectionRow[];
}

/**
 * Page 1's arrangement: editors' picks first (in slot order), then the newest stories; the first is
 * the lead, the next few the top grid; each section (in the menu's order) then gets a row of its
 * newest stories not already shown above. A section with nothing left gets no row.
 */
export function planFront(
  curated: readonly ArticleSummary[],
  recent: readonly ArticleSummary[],
  sectionOrder: readonly { id: string }[],
): FrontPlan {
  const picked = new Set(curated.map((a) => a.id));
  const stream = [...curated, ...recent.filter((a) => !picked.has(a.id))];
  const [lead = null, ...rest] = stream;
  const top = rest.slice(0, TOP_STORIES);
  const shown = new Set([lead, ...top].map((a) => a?.id));
  const rows: SectionRow[] = [];
  for (const { id } of sectionOrder) {
    const articles = recent.filter((a) => a.section.id === id && !shown.has(a.id)).slice(0, PER_ROW);
    if (articles[0]) rows.push({ section: articles[0].section, articles });
  }
  return { lead, top, rows };
}
