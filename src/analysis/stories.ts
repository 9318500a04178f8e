/**
 * Story clustering as pure functions: two articles tell the same story when they share who and
 * where (entities) and their words overlap, within a time window.
 */
export interface StoryDoc {
  id: string;
  publishedAt: Date;
  /** "person:mikhail-galuzin", "place:kyiv", … */
  entities: string[];
  text: string;
}

export const STORY_WINDOW_DAYS = 14;
export const STORY_THRESHOLD = 0.3;

const WORD = /[\p{L}\p{N}]{4,}/gu;

/** Term frequencies of the longer words (short words are mostly function words in our languages). */
export function termVector(text: string): Map<string, number> {
  const v = new Map<string, number>();
  for (const m of text.toLowerCase().matchAll(WORD)) v.set(m[0], (v.get(m[0]) ?? 0) + 1);
  return v;
}

export function cosine(a: Map<string, number>, b: Map<string, number>): number {
  let dot = 0;
  let na = 0;
  let nb = 0;
  for (const [k, x] of a) {
    na += x * x;
    const y = b.get(k);
    if (y) dot += x * y;
  }
  for (const y of b.values()) nb += y * y;
  return na && nb ? dot / Math.sqrt(na * nb) : 0;
}

export function jaccard<T>(a: Set<T>, b: Set<T>): number {
  if (!a.size && !b.size) return 0;
  let inter = 0;
  for (const x of a) if (b.has(x)) inter++;
  return inter / (a.size + b.size - inter);
}

export function storySimilarity(a: StoryDoc, b: StoryDoc): number {
  const days = Math.abs(a.publishedAt.getTime() - b.publishedAt.getTime()) / 86_400_000;
  if (days > STORY_WINDOW_DAYS) return 0;
  return (
    0.6 * jaccard(new Set(a.entities), new Set(b.entities)) +
    0.4 * cosine(termVector(a.text), termVector(b.text))
  );
}

/** The candidate most like `doc`, if it is alike enough to be the same story. */
export function bestMatch(doc: StoryDoc, candidates: StoryDoc[]): { id: string; score: number } | null {
  let best: { id: string; score: number } | null = null;
  for (const c of candidates) {
    const score = storySimilarity(doc, c);
    if (score >= STORY_THRESHOLD && (!best || score > best.score)) best = { id: c.id, score };
  }
  return best;
}
