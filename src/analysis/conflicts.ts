import type { AnalysisResult } from './types.ts';

/**
 * Conflicting accounts: different parties naming different weapons (or other means) for the
 * same kind of thing. In the seed, the Russian Foreign Ministry says "a falling Patriot missile"
 * caused the damage while Azerbaijani officials say "an Iskander missile landed on embassy
 * grounds". A claim is the sentence (or quoted clause) that names the means; its party is the
 * quote's speaker, else "<Demonym> officials"/an organisation named in the sentence, else the
 * first organisation named in the paragraph.
 */
export interface Claim {
  by: string;
  /** How the party was found: a quote's speaker, "<Demonym> officials", an organisation in the sentence or earlier in the paragraph. */
  via?: 'speaker' | 'officials' | 'sentence' | 'paragraph';
  means: string;
  text: string;
  start: number;
  end: number;
}

export interface ConflictFact {
  /** The contested kind of means, e.g. "missile". */
  about: string;
  claims: Claim[];
}

/** Means whose attribution is contested in practice: weapons and munitions. */
const CONTESTABLE = /\b(missile|rocket|drone|shell|bomb|mine|torpedo)s?$/i;

function sentenceAround(body: string, at: number): { start: number; end: number } {
  const paraStart = body.lastIndexOf('\n\n', at) + 1;
  const paraEndRaw = body.indexOf('\n\n', at);
  const paraEnd = paraEndRaw === -1 ? body.length : paraEndRaw;
  const para = body.slice(paraStart, paraEnd);
  const rel = at - paraStart;
  let start = 0;
  for (const m of para.matchAll(/[.!?]["”»’]?\s+(?=["“«‘(]?\p{Lu})/gu)) {
    const boundary = m.index + m[0].length;
    if (boundary <= rel) start = boundary;
    else return { start: paraStart + start, end: paraStart + m.index + m[0].trimEnd().length };
  }
  return { start: paraStart + start, end: paraEnd };
}

type Party = { by: string; via: NonNullable<Claim['via']> };

function partyOf(
  body: string,
  at: number,
  sentence: { start: number; end: number },
  result: AnalysisResult,
): Party | null {
  const quote = result.quotes.find(
    (q) => q.start <= at && at < q.end && q.speaker && (q.kind === 'full' || q.kind === 'partial'),
  );
  if (quote?.speaker) return { by: quote.speaker, via: 'speaker' };
  const text = body.slice(sentence.start, sentence.end);
  const officials = /\b(\p{Lu}\p{L}+) (officials|authorities|side|government)\b/u.exec(text);
  if (officials) return { by: `${officials[1]} ${officials[2]}`, via: 'officials' };
  const org = result.orgs.find((o) => o.mentions.some((m) => text.includes(m)));
  if (org) return { by: org.name, via: 'sentence' };
  const paraStart = body.lastIndexOf('\n\n', at) + 1;
  const para = body.slice(paraStart, sentence.start);
  const earlier = result.orgs
    .map((o) => ({
      o,
      i: Math.min(...o.mentions.map((m) => (para.includes(m) ? para.indexOf(m) : Infinity))),
    }))
    .filter((x) => x.i !== Infinity);
  earlier.sort((a, b) => a.i - b.i);
  return earlier[0] ? { by: earlier[0].o.name, via: 'paragraph' } : null;
}

/** The country a party speaks for, roughly: "Russian Foreign Ministry" and "Moscow (Russia)" both → "russia". */
function side(party: string, result: AnalysisResult): string {
  const lower = party.toLowerCase();
  for (const p of result.places) {
    const names = [p.name, ...p.mentions].map((n) => n.toLowerCase().replace(/[’']s$/, ''));
    if (names.some((n) => n.length > 3 && lower.includes(n.slice(0, Math.max(4, n.length - 3)))))
      return p.name.toLowerCase();
  }
  return lower;
}

export function findConflicts(body: string, result: AnalysisResult): ConflictFact[] {
  const byClass = new Map<string, Claim[]>();
  for (const e of result.equipment) {
    const cls = CONTESTABLE.exec(e.name)?.[1]?.toLowerCase();
    if (!cls) continue;
    for (const mention of e.mentions) {
      for (let at = body.indexOf(mention); at !== -1; at = body.indexOf(mention, at + mention.length)) {
        const sentence = sentenceAround(body, at);
        const found = partyOf(body, at, sentence, result);
        if (!found) continue;
        const party = found.by;
        const claims = byClass.get(cls) ?? [];
        if (!claims.some((c) => c.means === e.name && c.by === party)) {
          claims.push({
            by: party,
            via: found.via,
            means: e.name,
            text: body.slice(sentence.start, sentence.end).trim(),
            start: sentence.start,
            end: sentence.end,
          });
        }
        byClass.set(cls, claims);
      }
    }
  }
  const conflicts: ConflictFact[] = [];
  for (const [about, claims] of byClass) {
    const means = new Set(claims.map((c) => c.means));
    const sides = new Set(claims.map((c) => side(c.by, result)));
    if (means.size > 1 && sides.size > 1) conflicts.push({ about, claims });
  }
  return conflicts;
}
