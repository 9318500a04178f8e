import { readdirSync, readFileSync } from 'node:fs';
import type { GoldArticle } from '../types.ts';

/** The annotated articles shipped with the repository (seed.json and 001-…097-…): the development set. */
export const STORY_GOLD_DIR = new URL('../../../test/fixtures/story-gold/', import.meta.url);

/**
 * Held-out annotated articles (h73-… onwards; earlier batches moved into the development set): written after the rules were tuned on the development set and
 * never used to tune them, so their figures say how the rules carry over to unseen copy.
 */
export const HELD_OUT_DIR = new URL('../../../test/fixtures/story-gold/held-out/', import.meta.url);

/**
 * Every `*.json` file in `dir`, parsed as a GoldArticle, sorted by file name.
 * Only a light structural check is made here; test/fixtures/story-gold/gold.test.ts validates
 * the annotations themselves (shape, offsets, mentions).
 */
export function loadGoldArticles(dir: URL): GoldArticle[] {
  const base = dir.href.endsWith('/') ? dir : new URL(`${dir.href}/`);
  return readdirSync(base)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const parsed: unknown = JSON.parse(readFileSync(new URL(name, base), 'utf8'));
      if (
        typeof parsed !== 'object' ||
        parsed === null ||
        typeof (parsed as { body?: unknown }).body !== 'string' ||
        typeof (parsed as { gold?: unknown }).gold !== 'object'
      ) {
        throw new Error(`${name}: not an annotated article (needs a string "body" and a "gold" object)`);
      }
      return parsed as GoldArticle;
    });
}
