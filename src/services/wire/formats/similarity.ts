/** How many hash functions a signature has: an estimate of Jaccard similarity to about ±0.06. */
export const SIGNATURE_SIZE = 64;
/** Items at least this similar (estimated Jaccard of their word shingles) are grouped. */
export const NEAR_DUPLICATE = 0.5;

/** Text for comparing: case folded, accents and punctuation dropped, spaces collapsed. */
export function normaliseText(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Word 3-shingles of normalised text (a short text is one shingle). */
export function shingles(text: string): Set<string> {
  const words = normaliseText(text).split(' ').filter(Boolean);
  const out = new Set<string>();
  if (words.length < 3) {
    if (words.length) out.add(words.join(' '));
    return out;
  }
  for (let i = 0; i + 3 <= words.length; i++) out.add(`${words[i]} ${words[i + 1]} ${words[i + 2]}`);
  return out;
}

/** 32-bit FNV-1a with a seed: the seeds give the signature's independent hash functions. */
function hash(s: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  // A final mix so that nearby seeds do not give correlated minima.
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b) >>> 0;
  h ^= h >>> 13;
  return h >>> 0;
}

/** The MinHash signature of a text's shingles. */
export function signature(text: string): number[] {
  const sh = [...shingles(text)];
  const sig: number[] = [];
  for (let k = 0; k < SIGNATURE_SIZE; k++) {
    let min = 0xffffffff;
    for (const s of sh) min = Math.min(min, hash(s, k * 0x9e3779b1));
    sig.push(min);
  }
  return sig;
}

/** The share of equal positions: an estimate of the Jaccard similarity of the two shingle sets. */
export function similarity(a: readonly number[], b: readonly number[]): number {
  if (!a.length || a.length !== b.length) return 0;
  let same = 0;
  for (let i = 0; i < a.length; i++) if (a[i] === b[i]) same++;
  return same / a.length;
}
