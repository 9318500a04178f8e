/** The search benchmark's query mix, and a search index wrapper that times the index's part. */
import type { SearchParams } from '../../src/services/search/search.service.ts';
import type { SearchIndex } from '../../src/storage/search/index.ts';
import { BenchError } from '../lib/format.ts';
import { roundRobin } from '../lib/lists.ts';
import { pick, type Rng } from '../lib/random.ts';

export type QueryKind =
  | 'en 1 word common'
  | 'en very common'
  | 'en 1 word rare'
  | 'en 2-3 words'
  | 'en "phrase"'
  | 'en prefix typing'
  | 'en + section'
  | 'en + date range'
  | 'ru'
  | 'az'
  | 'az no diacritics'
  | 'no hits'
  | 'paging';

/** A trailing space marks a finished word; a query ending mid-word searches its last word as a prefix. */
export const QUERY_MIX: Record<QueryKind, SearchParams[]> = {
  'en 1 word common': ['government ', 'minister ', 'president ', 'security ', 'police ', 'economy '].map(
    (q) => ({ q, language: 'en' }),
  ),
  // Function words and the commonest content words, in most of the English articles; a prefix
  // typed as a whole common word ("the") matches "the", "their", "they", "theatre"… at once.
  'en very common': ['the ', 'said ', 'of the ', 'new ', 'the', 'and '].map((q) => ({ q, language: 'en' })),
  'en 1 word rare': [
    'zeppelin ',
    'saffron ',
    'glacier ',
    'astrolabe ',
    'caravanserai ',
    'sturgeon ',
    'petroglyph ',
    'falconry ',
  ].map((q) => ({
    q,
    language: 'en',
  })),
  'en 2-3 words': [
    'oil prices ',
    'border security talks ',
    'central bank inflation ',
    'embassy drones ',
    'football coach season ',
    'harvest farmers grain ',
  ].map((q) => ({ q, language: 'en' })),
  'en "phrase"': [
    '"prime minister"',
    '"central bank"',
    '"air defence systems"',
    '"peace talks"',
    '"climate change"',
    '"press conference"',
  ].map((q) => ({
    q,
    language: 'en',
  })),
  'en prefix typing': ['gov', 'minis', 'secu', 'electi', 'oil pri', 'embassy dro', 'infl', 'pre', 'zepp'].map(
    (q) => ({ q, language: 'en' }),
  ),
  'en + section': [
    { q: 'minister ', language: 'en', section: 'economy' },
    { q: 'talks ', language: 'en', section: 'politics' },
    { q: 'match ', language: 'en', section: 'sport' },
    { q: 'festival ', language: 'en', section: 'culture' },
    { q: 'security ', language: 'en', section: 'world' },
  ],
  'en + date range': [
    { q: 'election ', language: 'en', from: '2025-06-01', to: '2025-06-30' },
    { q: 'oil prices ', language: 'en', from: '2024-01-01', to: '2024-03-31' },
    { q: 'government ', language: 'en', from: '2025-11-01', to: '2025-11-30' },
    { q: 'summit ', language: 'en', from: '2023-12-01', to: '2024-12-31' },
  ],
  ru: [
    'правительство ',
    'переговоры о мире ',
    'посольства ',
    '"центральный банк"',
    'нефт',
    'ракеты удар ',
    'ёлка ',
  ].map((q) => ({ q, language: 'ru' })),
  az: ['hökumət ', 'Əliyev ', 'iqtisadiyyat ', 'səfirlik ', '"sülh danışıqları"', 'Şuşa festival '].map(
    (q) => ({ q, language: 'az' }),
  ),
  'az no diacritics': [
    'hokumet ',
    'eliyev ',
    'sefirlik ',
    'susa festival ',
    'muzey serg',
    'xezer denizi ',
  ].map((q) => ({ q, language: 'az' })),
  // Words no article holds, alone or beside a common word, and a phrase whose words never meet.
  'no hits': [
    { q: 'quorblax ', language: 'en' },
    { q: 'government quorblax ', language: 'en' },
    { q: '"zeppelin ceasefire"', language: 'en' },
    { q: 'zzyzx', language: 'en' },
    { q: 'блорпакс ', language: 'ru' },
  ],
  // Later pages, as a reader clicking "next" or a crawler walking results goes.
  paging: [
    { q: 'government ', language: 'en', page: 3 },
    { q: 'minister ', language: 'en', page: 12 },
    { q: 'the ', language: 'en', page: 30 },
    { q: '"prime minister"', language: 'en', page: 5 },
    { q: 'zeppelin ', language: 'en', page: 2 },
    { q: 'правительство ', language: 'ru', page: 4 },
  ],
};
export const KINDS = Object.keys(QUERY_MIX) as QueryKind[];

/** BENCH_KINDS (comma-separated kind names) narrows the mix, for a quick look at a few kinds. */
export function selectedKinds(raw = process.env.BENCH_KINDS): QueryKind[] {
  if (!raw?.trim()) return KINDS;
  const wanted = raw.split(',').map((k) => k.trim());
  const unknown = wanted.filter((k) => !(KINDS as string[]).includes(k));
  if (unknown.length)
    throw new BenchError(`BENCH_KINDS: unknown kind ${unknown.join(', ')} (kinds: ${KINDS.join(', ')})`);
  return KINDS.filter((k) => wanted.includes(k));
}

/** Query kinds in round-robin order, each kind's query picked by the seeded generator. */
export function querySequence(
  r: Rng,
  count: number,
  kinds: readonly QueryKind[] = KINDS,
): { kind: QueryKind; params: SearchParams }[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = roundRobin(kinds, i, 'query kinds');
    return { kind, params: pick(r, QUERY_MIX[kind]) };
  });
}

/** Wraps the index to time its part (the MATCH/@@ query and the count) of each search. */
export function timedIndex(inner: SearchIndex, sink: { ms: number }): SearchIndex {
  return {
    upsert: (doc) => inner.upsert(doc),
    upsertMany: (docs) => inner.upsertMany(docs),
    remove: (id) => inner.remove(id),
    unindexed: (limit) => inner.unindexed(limit),
    search: async (query, filter, limit, offset) => {
      const t = performance.now();
      try {
        return await inner.search(query, filter, limit, offset);
      } finally {
        sink.ms += performance.now() - t;
      }
    },
  };
}
