import { slugify } from '../lib/slug.ts';

/** Names slugged already: a pure function, so remembering it is exact; bounded by emptying. */
const known = new Map<string, string>();
const MAX_NAMES = 5000;

/**
 * The topic address slug of a person's, place's or organisation's name, as `slugify` makes it.
 * An article page links every name of its key facts and JSON-LD, and transliterating them was
 * about a twentieth of an uncached article page's CPU, for the same few names every time.
 */
export function topicSlug(name: string): string {
  let slug = known.get(name);
  if (slug === undefined) {
    if (known.size >= MAX_NAMES) known.clear();
    slug = slugify(name);
    known.set(name, slug);
  }
  return slug;
}
