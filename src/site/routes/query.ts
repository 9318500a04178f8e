import { z } from 'zod';

/**
 * The reader site's query strings, as zod schemas. A repeated key arrives as an array and fails
 * the string schemas like any other bad value.
 */

/** `?page=`: a positive whole number of at most six digits, no sign, no leading zero. */
const pageNumber = z
  .string()
  .regex(/^[1-9]\d{0,5}$/)
  .transform(Number);

/**
 * Listings (front page, sections, tags, authors, latest, archives): absent is page 1, anything
 * malformed fails, and the handler answers 404 — a page that does not exist, not an empty one.
 */
export const listingQuery = z.object({ page: pageNumber.default(1) });

/** The page number of a listing request, or null when `?page=` is malformed. */
export function listingPage(query: unknown): number | null {
  const parsed = listingQuery.safeParse(query);
  return parsed.success ? parsed.data.page : null;
}

/** A search form field: text as typed, empty when absent or repeated. */
const formText = z.string().catch('');

/** The search form: fields the reader typed; a bad page number reads as page 1, never an error. */
export const searchQuery = z.object({
  q: formText,
  section: formText,
  from: formText,
  to: formText,
  page: pageNumber.catch(1),
});

/** The language switcher's `?to=`: the page to return to (checked by `switchTarget`). */
export const switchQuery = z.object({ to: z.string().optional().catch(undefined) });
