/**
 * The front page's curated places, in page order: the lead story, then the top stories beside
 * it. Editors fill them per language; the rest of the page is the latest news.
 */
export const frontpageSlots = ['lead', 'top-1', 'top-2', 'top-3', 'top-4'] as const;
export type FrontpageSlot = (typeof frontpageSlots)[number];
