import type { ParsedQuery } from '../../search/text.ts';

/**
 * Where a query's words are in one indexed article, from its indexed headline and standfirst
 * (index form: folded, stemmed tokens separated by spaces, as search-index.ts writes them):
 * 3 when every word (term, phrase, prefix) is in the headline, 2 when each is in the headline
 * or the standfirst, 1 otherwise. The same test as FTS5's column filters `{headline} : (…)` and
 * `{headline standfirst} : (…)` and tsquery weights A and AB, made in the app for a ranked
 * window: the database would walk every match of a common word to answer it.
 */
export function windowTier(q: ParsedQuery, headline: string, standfirst: string): number {
  const head = headline.split(' ').filter(Boolean);
  const front = standfirst.split(' ').filter(Boolean);
  const parts = [...q.terms.map((t) => [t]), ...q.phrases, ...(q.prefix ? [[q.prefix, PREFIX]] : [])];
  const inHead = (p: string[]) => holds(head, p);
  if (parts.every(inHead)) return 3;
  if (parts.every((p) => inHead(p) || holds(front, p))) return 2;
  return 1;
}

/** Marks a part as a prefix: `[prefix, PREFIX]`. Tokens are letters and digits, never this. */
const PREFIX = '*';

/** Whether `tokens` hold the part: a word, adjacent words (a phrase) or a word's prefix. */
function holds(tokens: readonly string[], part: readonly string[]): boolean {
  if (part[1] === PREFIX) {
    const prefix = part[0] ?? '';
    return tokens.some((t) => t.startsWith(prefix));
  }
  for (let i = 0; i + part.length <= tokens.length; i++) {
    if (part.every((w, j) => tokens[i + j] === w)) return true;
  }
  return false;
}
