/**
 * The fields listed after an organisation's head ("Ministry of Natural Resources, Ecology and
 * Technical Supervision"): shared by the ministry rule and the capitalised-phrase rule.
 */
import { isFirstName, isMonthOrWeekday } from './lexicon.ts';
import { matchPlace } from './gazetteer.ts';
import { sameLine, type OrgScan } from './org-scan.ts';

/**
 * A head with its portfolio ("Ministry of Natural Resources, Ecology and Technical Supervision"):
 * after "Head of/for X", the name runs on through a list of capitalised fields closed by "and Y".
 * Each field is one to three capitalised words that are no head, place, date, acronym or first
 * name, so a list of bodies or places after the name ("the Ministry of Energy, Gazprom and …")
 * stays out. Returns the new last token of the run, or `j` unchanged.
 */
export function portfolioList(scan: OrgScan, i: number, j: number, isHead: (k: number) => boolean): number {
  const { tokens, body, covered, language } = scan;
  let ofHead = false;
  for (let k = i; k < j; k++)
    if (isHead(k) && ['of', 'for'].includes(tokens[k + 1]?.lower ?? '') && k + 2 <= j) ofHead = true;
  if (!ofHead) return j;
  const field = (k: number): boolean => {
    const x = tokens[k];
    return (
      x !== undefined &&
      x.cap &&
      !covered[k] &&
      !x.possessive &&
      !isHead(k) &&
      !/^\p{Lu}{2,}$/u.test(x.base) &&
      !isMonthOrWeekday(x.lower) &&
      !isFirstName(x.lower) &&
      matchPlace(tokens, k, language) === null
    );
  };
  let last = j;
  for (;;) {
    const cur = tokens[last];
    const next = tokens[last + 1];
    if (!cur || !next || next.sentence !== cur.sentence) return j;
    const sep = body.slice(cur.end, next.start);
    let k = last + 1;
    const closing = /^,?[ \t\u00a0]+$/u.test(sep) && next.lower === 'and';
    if (closing) k++;
    else if (!/^,[ \t\u00a0]+$/u.test(sep)) return j;
    // One field: up to three capitalised words on one line ("Technical Supervision").
    if (!field(k)) return j;
    let end = k;
    while (end < k + 2 && field(end + 1) && sameLine(tokens, end, end + 1, body)) end++;
    last = end;
    if (closing) return last;
  }
}
