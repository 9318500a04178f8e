/**
 * The shipped packs' slug letters, from their cores only: the newsroom app makes slugs in the
 * browser and must not carry the analysis cue tables with it.
 */
import { enCore } from './en.ts';
import { azCore } from './az.ts';
import { ruCore } from './ru.ts';

export const SLUG_LETTERS: readonly (readonly [string, string])[] = [enCore, azCore, ruCore].flatMap(
  (p) => p.slugLetters,
);
