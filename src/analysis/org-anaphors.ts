/**
 * A body named in full and then by its head alone ("the Constitutional Court … the court", "Верховный
 * суд … суда") is one organisation: the short form is a mention of the last body with that head, never
 * an organisation of its own. Run after the names are read, so the full names stand in the scan.
 * (Azerbaijani heads carry their suffixes and are read by org-heads.ts.)
 */
import { ORG_HEADS } from './data/orgs.ts';
import { type OrgMention, type OrgScan } from './org-scan.ts';

/** The head noun a lone word is, in the nominative, or null: "court" after "the", "суда" → "суд". */
function loneHead(scan: OrgScan, i: number): string | null {
  const { tokens, cues } = scan;
  const t = tokens[i];
  const next = tokens[i + 1];
  if (!t || scan.covered[i]) return null;
  const opens = i === 0 || tokens[i - 1]?.sentence !== t.sentence;
  if (t.cap && !opens) return null;
  // The head first: the complement test below is the costly part, for heads only.
  const nominative = cues.nominativeOrgName;
  const head = nominative
    ? (nominative([t.lower])?.[0] ?? null)
    : tokens[i - 1]?.lower === 'the' && ORG_HEADS.has(t.lower)
      ? t.lower
      : null;
  if (head === null) return null;
  // A head with its own complement or name after it is another body ("the court of appeal", "суд Армении").
  const sameSentence = next?.sentence === t.sentence;
  if (sameSentence && (next.cap || cues.isOrgComplement(next.base, t.lower))) return null;
  if (!nominative) return sameSentence && ['of', 'for', 'on'].includes(next.lower) ? null : head;
  // "глава консорциума", "решение суда": a head owned by the noun before it names that noun's
  // owner; reading it as the body would give the body that person's words.
  const prev = tokens[i - 1];
  const prevOpens = i < 2 || tokens[i - 2]?.sentence !== prev?.sentence;
  if (prev && (!prev.cap || prevOpens) && prev.sentence === t.sentence && prev.lower.length > 3) return null;
  return head;
}

/** The organisation's head words: its name's words in lower case ("верховный суд" → has "суд"). */
const nameWords = (o: OrgMention): string[] => o.name.toLowerCase().split(/\s+/u);

export function headAnaphors(scan: OrgScan): void {
  const added: OrgMention[] = [];
  for (let i = 0; i < scan.tokens.length; i++) {
    const head = loneHead(scan, i);
    if (head === null) continue;
    let prior: OrgMention | undefined;
    for (const o of scan.out)
      if (
        !o.anaphor &&
        o.last < i &&
        (!prior || o.last > prior.last) &&
        o.name.includes(' ') &&
        nameWords(o).includes(head)
      )
        prior = o;
    if (!prior) continue;
    // "the court": the article belongs to the mention, as written.
    const first = scan.tokens[i - 1]?.lower === 'the' ? i - 1 : i;
    const start = scan.tokens[first]?.start ?? 0;
    const end = scan.tokens[i]?.end ?? 0;
    added.push({
      ...prior,
      form: '',
      first,
      last: i,
      anaphor: true,
      start,
      end,
      text: scan.body.slice(start, end),
    });
    scan.covered[i] = 1;
  }
  scan.out.push(...added);
}
