/** Azerbaijani equipment nouns with their suffixes ("raketləri" → raket). */
import { AZ_HEADS, AZ_SUFFIX } from '../data/equipment.ts';

/** The single-word Azerbaijani equipment noun a token inflects ("raketləri" → raket). */
export function azHead(lower: string): { cls: string } | null {
  for (const h of AZ_HEADS) {
    const w = h.words[0] ?? '';
    if (h.words.length === 1 && lower.startsWith(w) && AZ_SUFFIX.test(lower.slice(w.length))) return h;
  }
  return null;
}
