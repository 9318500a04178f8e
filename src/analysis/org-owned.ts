/**
 * Lower-case state bodies owned by a country in the genitive, named as written in the nominative
 * (FORMAT.md): "парламент Грузии", "центральным банком Ирана" → "центральный банк Ирана",
 * "военно-морских сил Ирана" → "военно-морские силы Ирана". Without the country such words are
 * common nouns ("суд отклонил иск"), so the country is required; the set of heads is the bodies a
 * state owns, not every organisation noun ("порт Баку" is a place).
 */
import { matchPlace } from './gazetteer.ts';
import { itemAt } from './item-at.ts';
import { sameLine, type OrgScan } from './org-scan.ts';

/** Nominative heads of a state's own bodies. */
const STATE_BODY_HEADS = new Set([
  'парламент',
  'банк',
  'силы',
  'суд',
  'прокуратура',
  'комитет',
  'совет',
  'сенат',
  'конгресс',
  'меджлис',
  'служба',
  'гвардия',
  'полиция',
  'армия',
]);

/** A cheap look at the word before asking the pack (every lower-case word passes here). */
const HEAD_STEM =
  /^(?:парламент|банк|сил|суд|прокуратур|комитет|совет|сенат|конгресс|меджлис|служб|гварди|полици|арми)/u;

const ADJECTIVE =
  /^[а-яё-]{3,}(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ом|ем|ую|юю|ых|их|ыми|ими)$/u;
/** Participles agree like adjectives but describe, they do not name ("введённых центральным банком"). */
const PARTICIPLE = /(?:нн|вш|ющ|ящ|ащ|ущ|ем|им)[а-яё]{2,3}$/u;

export function ownedStateBody(scan: OrgScan, i: number): number | null {
  const { tokens, body, cues, covered, language } = scan;
  const nominative = cues.nominativeOrgName;
  const t = tokens[i];
  if (!nominative || !t || t.cap || covered[i] || !HEAD_STEM.test(t.lower)) return null;
  const headNom = nominative([t.lower]);
  if (!headNom || !STATE_BODY_HEADS.has(itemAt(headNom, 0))) return null;
  // Complements up to the country: "суд по экономическим делам Ирана" is left out; one or two
  // genitive words may stand between ("совет безопасности Ирана").
  let k = i + 1;
  while (
    k < i + 3 &&
    tokens[k]?.cap === false &&
    !covered[k] &&
    cues.isOrgComplement(itemAt(tokens, k).base, tokens[k - 1]?.lower) &&
    sameLine(tokens, k - 1, k, body)
  )
    k++;
  const owner = tokens[k];
  const place =
    owner?.cap && !covered[k] && sameLine(tokens, k - 1, k, body) ? matchPlace(tokens, k, language) : null;
  if (!place || place.entry?.type !== 'country') return null;
  const last = k + place.length - 1;
  // Agreeing adjectives before the head, all with one ending ("военно-морских", "центральным").
  let first = i;
  const ending = (w: string): string => w.slice(-2);
  while (first > i - 2) {
    const a = tokens[first - 1];
    if (!a || a.cap || covered[first - 1] || !ADJECTIVE.test(a.lower) || PARTICIPLE.test(a.lower)) break;
    if (first < i && ending(a.lower) !== ending(itemAt(tokens, first).lower)) break;
    if (!sameLine(tokens, first - 1, first, body)) break;
    first--;
  }
  // "Федеральной службе безопасности России": a capitalised name the phrase rules read whole.
  const before = tokens[first - 1];
  if (before?.cap && before.sentence === t.sentence && sameLine(tokens, first - 1, first, body)) return null;
  const words = tokens.slice(first, i + 1).map((x) => x.lower);
  const nom = nominative(words);
  if (!nom) return null;
  const form = `${nom.join(' ')}${body.slice(t.end, itemAt(tokens, last).end)}`;
  scan.add({ key: `body:${form}`, form, kind: 'body', first, last, anaphor: false });
  return last;
}
