/** The search benchmark's query mix, and a search index wrapper that times the index's part. */
import type { SearchParams } from '../../src/services/search/search.service.ts';
import type { SearchIndex } from '../../src/storage/search/index.ts';
import { roundRobin } from '../lib/lists.ts';
import { pick, type Rng } from '../lib/random.ts';

export type QueryKind =
  | 'en 1 word common'
  | 'en 1 word rare'
  | 'en 2-3 words'
  | 'en "phrase"'
  | 'en prefix typing'
  | 'en + section'
  | 'en + date range'
  | 'ru'
  | 'az'
  | 'az no diacritics';

/** A trailing space marks a finished word; a query ending mid-word searches its last word as a prefix. */
export const QUERY_MIX: Record<QueryKind, SearchParams[]> = {
  'en 1 word common': ['government ', 'minister ', 'president ', 'security ', 'police ', 'economy '].map(
    (q) => ({ q, language: 'en' }),
  ),
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
};
export const KINDS = Object.keys(QUERY_MIX) as QueryKind[];

/** Query kinds in round-robin order, each kind's query picked by the seeded generator. */
export function querySequence(r: Rng, count: number): { kind: QueryKind; params: SearchParams }[] {
  return Array.from({ length: count }, (_, i) => {
    const kind = roundRobin(KINDS, i, 'query kinds');
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
