/**
 * A city's or region's own body in English, written in lower case after the place: "Bishkek city
 * court", "the Almaty district court", "Osh regional council", named as written. Without the
 * place such words are common nouns ("the court ruled"), so the place is required, and a level
 * word ("city", "district") must stand between, so that "Baku court" in a headline-like run or
 * "the Tbilisi council" alone is left to other rules.
 */
import { matchPlace } from './gazetteer.ts';
import { sameLine, type OrgScan } from './org-scan.ts';

export function localBody(scan: OrgScan, i: number): number | null {
  const { tokens, body, covered, language, cues } = scan;
  const words = cues.localBodies;
  if (!words) return null;
  const t = tokens[i];
  if (!t?.cap || covered[i] || t.possessive) return null;
  const place = matchPlace(tokens, i, language);
  if (!place || place.demonymOf !== null || place.entry?.type === 'country') return null;
  const after = i + place.length;
  let k = after;
  while (k < after + 2 && words.levels.has(tokens[k]?.lower ?? '') && !tokens[k]?.cap) k++;
  const head = tokens[k];
  if (k === after || !head || head.cap || !words.heads.has(head.lower) || !sameLine(tokens, i, k, body))
    return null;
  const form = body.slice(t.start, head.start) + head.base;
  scan.add({ key: `body:${form.toLowerCase()}`, form, kind: 'body', first: i, last: k, anaphor: false });
  return k;
}
