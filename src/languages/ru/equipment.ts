/** Russian equipment nouns and type adjectives, by stem and ending ("беспилотников" → беспилотник). */
import {
  RU_ADJECTIVE_ENDINGS,
  RU_ENDINGS,
  RU_HEADS,
  RU_PLURAL_ENDINGS,
  RU_TYPE_ADJECTIVE_STEMS,
  type InflectedHead,
} from '../data/equipment.ts';

const RU_HEAD_INDEX: Map<string, InflectedHead> = new Map(RU_HEADS.map((h) => [h.stem, h]));
const RU_TYPE_STEMS: ReadonlySet<string> = new Set(RU_TYPE_ADJECTIVE_STEMS);

/** The Russian head noun a token inflects, if any ("беспилотников" → беспилотник, plural). */
export function ruHead(lower: string): { head: InflectedHead; plural: boolean } | null {
  for (let cut = 0; cut <= 3 && cut < lower.length - 2; cut++) {
    const stem = cut === 0 ? lower : lower.slice(0, -cut);
    const head = RU_HEAD_INDEX.get(stem);
    if (!head) continue;
    const rest = lower.slice(stem.length);
    if (RU_ENDINGS.has(rest)) return { head, plural: RU_PLURAL_ENDINGS.has(rest) };
  }
  return null;
}

/** A type adjective ("зенитных", "ударные"): a known stem and an adjective ending. */
export function isRuTypeAdjective(lower: string): boolean {
  for (let cut = 2; cut <= 3 && cut < lower.length - 2; cut++) {
    if (RU_TYPE_STEMS.has(lower.slice(0, -cut)) && RU_ADJECTIVE_ENDINGS.has(lower.slice(-cut))) return true;
  }
  return false;
}
