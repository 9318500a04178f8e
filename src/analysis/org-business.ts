/**
 * Companies are an open class: a name nobody introduced ("Nordmarin", "Vostok Steel") is a company
 * when it is the subject of a business verb with a company's object after it ("expanded its
 * fleet", "reported higher profits", "нарастило выпуск"). A guess from grammar: kind 'named', so
 * it stays under the readers' confidence threshold unless other evidence joins it.
 */
import { packFor } from '../languages/index.ts';
import { matchPlace } from './gazetteer.ts';
import { isFirstName, isFunctionWord, isNoun } from './lexicon.ts';
import { itemAt } from './item-at.ts';
import { sameLine, type OrgScan } from './org-scan.ts';

/** Words after which a clause's subject starts ("…, and Vostok Steel reported …"). */
const SUBJECT_OPENERS = new Set(['and', 'while', 'but', 'и', 'а', 'но', 'тогда', 'və']);

export function businessSubject(scan: OrgScan, i: number): number | null {
  const { tokens, body, cues, covered, language } = scan;
  const t = tokens[i];
  if (!t?.cap || covered[i] || cues.businessVerbs.size === 0) return null;
  const prev = tokens[i - 1];
  const opens =
    !prev ||
    prev.sentence !== t.sentence ||
    /[,;]\s*$/u.test(body.slice(prev.end, t.start)) ||
    SUBJECT_OPENERS.has(prev.lower);
  if (!opens) return null;
  let last = i;
  while (
    last < i + 2 &&
    tokens[last + 1]?.cap &&
    !covered[last + 1] &&
    sameLine(tokens, last, last + 1, body)
  )
    last++;
  const verb = tokens[last + 1];
  if (!verb || verb.cap || !sameLine(tokens, last, last + 1, body) || !cues.businessVerbs.has(verb.lower))
    return null;
  const after = tokens.slice(last + 2, last + 5).filter((x) => x.sentence === t.sentence);
  if (!after.some((x) => cues.businessObjects.has(x.lower))) return null;
  // A person's name could stand there too: "its", a neuter verb ("нарастило") or a common noun in
  // the name ("Vostok Steel", "Каспийская Логистика") rules that out.
  const analysis = packFor(language).analysis;
  const neuter = /ло$/u.test(verb.lower);
  const common = tokens.slice(i + 1, last + 1).some((x) => !analysis.englishLexicon || isNoun(x.lower));
  if (!neuter && !common && !after.some((x) => x.lower === 'its')) return null;
  if (matchPlace(tokens, i, language)?.length === last - i + 1) return null;
  for (let k = i; k <= last && !neuter; k++) {
    const x = itemAt(tokens, k);
    if (analysis.englishLexicon && (isFunctionWord(x.lower) || isFirstName(x.lower))) return null;
    if (analysis.names.firstNames.has(x.base)) return null;
    // A surname ends a name ("Игорь Сомов"); an adjective opens a company's ("Каспийская Логистика").
    if (k === last && analysis.names.surnameShape.test(x.lower)) return null;
  }
  const form = body.slice(t.start, itemAt(tokens, last).end);
  scan.add({ key: form, form, kind: 'named', first: i, last, anaphor: false });
  return last;
}
