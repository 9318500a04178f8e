import { describe, expect, it } from 'vitest';
import { newArticleSchema } from '../../domain/article.ts';
import type { Block } from '../../domain/body.ts';
import { demoArticlesAz, type LocalDemoArticle } from './demo-content-az.ts';
import { demoArticlesRu } from './demo-content-ru.ts';

const BAKU_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+04:00$/;
const WINDOW_START = Date.parse('2025-11-03T00:00:00+04:00');
const WINDOW_END = Date.parse('2025-11-25T00:00:00+04:00');
/** The seed article (loaded from seed-article.*.txt) occupies this slot. */
const SEED_SLOT = Date.parse('2025-11-21T12:00:00+04:00');

const sets: [language: string, articles: LocalDemoArticle[]][] = [
  ['az', demoArticlesAz],
  ['ru', demoArticlesRu],
];

const toInput = (a: LocalDemoArticle, language: string) => ({
  ...a,
  language,
  status: 'published' as const,
  publishedAt: new Date(a.publishedAt),
});

const blocks = (articles: LocalDemoArticle[]): Block[] => articles.flatMap((a) => a.body as Block[]);

describe.each(sets)('local demo articles (%s)', (language, articles) => {
  it('has seven articles', () => {
    expect(articles).toHaveLength(7);
  });

  it('parses every article with newArticleSchema', () => {
    for (const a of articles) {
      const parsed = newArticleSchema.safeParse(toInput(a, language));
      expect(parsed.success, `${a.headline}: ${parsed.error?.message ?? ''}`).toBe(true);
      expect(parsed.data?.breaking).toBe(false);
    }
  });

  it('has unique headlines', () => {
    const headlines = articles.map((a) => a.headline);
    expect(new Set(headlines).size).toBe(headlines.length);
  });

  it('publishes in Baku time inside the demo window, off the seed slot', () => {
    for (const a of articles) {
      expect(a.publishedAt).toMatch(BAKU_ISO);
      const t = Date.parse(a.publishedAt);
      expect(Number.isNaN(t), a.publishedAt).toBe(false);
      expect(t).toBeGreaterThanOrEqual(WINDOW_START);
      expect(t).toBeLessThan(WINDOW_END);
      expect(t).not.toBe(SEED_SLOT);
    }
  });

  it('covers at least four sections', () => {
    expect(new Set(articles.map((a) => a.sectionSlug)).size).toBeGreaterThanOrEqual(4);
  });

  it('keeps tags short and reuses at least one tag', () => {
    const counts = new Map<string, number>();
    for (const a of articles) {
      expect(a.tags?.length ?? 0).toBeGreaterThanOrEqual(1);
      expect(a.tags?.length ?? 0).toBeLessThanOrEqual(3);
      for (const t of a.tags ?? []) counts.set(t, (counts.get(t) ?? 0) + 1);
    }
    expect([...counts.values()].some((n) => n >= 2)).toBe(true);
  });

  it('has one heading and one quote block, and 3–6 blocks per body', () => {
    for (const a of articles) {
      expect(a.body.length).toBeGreaterThanOrEqual(3);
      expect(a.body.length).toBeLessThanOrEqual(6);
    }
    const all = blocks(articles);
    expect(all.filter((b) => b.type === 'heading')).toHaveLength(1);
    expect(all.filter((b) => b.type === 'quote')).toHaveLength(1);
  });
});

describe('local demo articles (all languages)', () => {
  it('never reuses a publication time', () => {
    const times = [...demoArticlesAz, ...demoArticlesRu].map((a) => Date.parse(a.publishedAt));
    expect(new Set(times).size).toBe(times.length);
  });

  it('has exactly one list block in total', () => {
    const all = blocks([...demoArticlesAz, ...demoArticlesRu]);
    expect(all.filter((b) => b.type === 'list')).toHaveLength(1);
  });

  it('writes Azerbaijani headlines with Azerbaijani letters', () => {
    for (const a of demoArticlesAz) expect(a.headline).toMatch(/[əğıöüçş]/);
  });

  it('writes Russian headlines in Cyrillic', () => {
    for (const a of demoArticlesRu) {
      expect(a.headline).toMatch(/[А-Яа-яЁё]/);
      expect(a.headline).not.toMatch(/[A-Za-z]/);
    }
  });
});
