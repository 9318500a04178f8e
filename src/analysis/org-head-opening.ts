/**
 * Whether a declining head that opens a name ("Компания заявила", "Комитет гражданской авиации
 * отозвал") is only a common noun, the name rule's test before it reads one.
 */
import { itemAt } from './item-at.ts';
import type { OrgScan } from './org-scan.ts';

/**
 * The head at token i with complements to `last`: at a sentence's start with only lower-case
 * complements it is a common noun, unless it is a public body's head ("Комитет гражданской
 * авиации"); its capital mid-sentence marks a name ("эксперт Института экономических
 * исследований"). A head with only an acronym after it ("Командование ЮВО") is the acronym's.
 */
export function commonHeadOpening(scan: OrgScan, i: number, last: number): boolean {
  const { tokens, cues } = scan;
  const t = itemAt(tokens, i);
  const midSentence = i > 0 && tokens[i - 1]?.sentence === t.sentence;
  const institution = cues.institutionHead?.(t.lower) ?? false;
  if (!midSentence && !institution && !tokens.slice(i + 1, last + 1).some((x) => x.cap)) return true;
  return last === i + 1 && /^\p{Lu}+$/u.test(itemAt(tokens, last).base);
}
