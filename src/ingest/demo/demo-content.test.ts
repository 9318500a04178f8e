import { describe, expect, it } from 'vitest';
import { newArticleSchema } from '../../domain/article.ts';
import type { Block, Inline } from '../../domain/body.ts';
import { newPersonSchema, newSectionSchema } from '../../services/taxonomy/taxonomy.service.ts';
import { demoArticles, demoAuthors, demoSections, type DemoArticle } from './demo-content.ts';

/** What the demo loader hands to the article writer. */
const toInput = (a: DemoArticle) => ({
  ...a,
  language: 'en',
  status: 'published' as const,
  publishedAt: new Date(a.publishedAt),
  updatedAt: a.updatedAt ? new Date(a.updatedAt) : null,
  corrections: (a.corrections ?? []).map((c) => ({ text: c.text, createdAt: new Date(c.createdAt) })),
});

const BAKU_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\+04:00$/;
/** The seed article (loaded from seed-article.txt) occupies this slot. */
const SEED_SLOT = Date.parse('2025-11-21T12:00:00+04:00');

/** WCAG 2.x relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const contrast = (a: string, b: string): number => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const inlinesOf = (block: Block): Inline[] => {
  switch (block.type) {
    case 'paragraph':
    case 'heading':
    case 'quote':
      return block.content;
    case 'list':
      return block.items.flat();
    case 'image':
    case 'embed':
      return [];
  }
};
const allInlines = (a: DemoArticle): Inline[] => (a.body as Block[]).flatMap(inlinesOf);

describe('demo sections and authors', () => {
  it('has six valid sections with distinct slugs and positions 0..5', () => {
    expect(demoSections.map((s) => s.slug)).toEqual([
      'world',
      'politics',
      'economy',
      'society',
      'sport',
      'culture',
    ]);
    for (const s of demoSections) {
      const r = newSectionSchema.safeParse(s);
      expect(r.success, `section ${s.slug}: ${r.error?.message}`).toBe(true);
      expect(s.description, `section ${s.slug} description`).toBeTruthy();
    }
    expect(demoSections.map((s) => s.position)).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('section colours reach WCAG AA contrast (>= 4.5:1) as text on white', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    for (const s of demoSections) {
      expect(s.color, `section ${s.slug} colour`).toMatch(/^#[0-9a-f]{6}$/i);
      const ratio = contrast(s.color!, '#ffffff');
      expect(ratio, `section ${s.slug} ${s.color} contrast ${ratio.toFixed(2)}:1`).toBeGreaterThanOrEqual(
        4.5,
      );
    }
  });

  it('has five valid, distinct authors with role and a short bio', () => {
    expect(demoAuthors).toHaveLength(5);
    expect(new Set(demoAuthors.map((p) => p.name)).size).toBe(5);
    for (const p of demoAuthors) {
      const r = newPersonSchema.safeParse(p);
      expect(r.success, `person ${p.name}: ${r.error?.message}`).toBe(true);
      expect(p.role, `${p.name} role`).toBeTruthy();
      expect(p.bio, `${p.name} bio`).toBeTruthy();
      expect(p.photoUrl).toBeNull();
    }
  });
});

describe('demo articles', () => {
  it('has 22 articles that all parse as new articles', () => {
    expect(demoArticles).toHaveLength(22);
    for (const a of demoArticles) {
      const r = newArticleSchema.safeParse(toInput(a));
      expect(r.success, `"${a.headline}": ${r.error?.message}`).toBe(true);
    }
  });

  it('has unique headlines', () => {
    const seen = new Set<string>();
    for (const a of demoArticles) {
      const key = a.headline.trim().toLowerCase();
      expect(seen.has(key), `duplicate headline "${a.headline}"`).toBe(false);
      seen.add(key);
    }
  });

  it('puts every article in a demo section, at least two per section', () => {
    const slugs = new Set(demoSections.map((s) => s.slug));
    for (const a of demoArticles) expect(slugs.has(a.sectionSlug), `"${a.headline}" section`).toBe(true);
    for (const slug of slugs) {
      const n = demoArticles.filter((a) => a.sectionSlug === slug).length;
      expect(n, `articles in section ${slug}`).toBeGreaterThanOrEqual(2);
    }
  });

  it('credits only demo authors, with their own role', () => {
    const roles = new Map(demoAuthors.map((p) => [p.name, p.role]));
    for (const a of demoArticles) {
      for (const au of a.authors ?? []) {
        expect(roles.has(au.name), `"${a.headline}" author ${au.name}`).toBe(true);
        expect(au.role, `"${a.headline}" role of ${au.name}`).toBe(roles.get(au.name));
      }
    }
    const byCount = (n: number) => demoArticles.filter((a) => (a.authors ?? []).length === n).length;
    expect(byCount(2)).toBe(2);
    expect(byCount(0)).toBe(2);
  });

  it('has valid, distinct publication times in Baku time, between Nov 3 and Nov 24, 2025', () => {
    const times = new Set<number>();
    for (const a of demoArticles) {
      expect(a.publishedAt, `"${a.headline}" publishedAt`).toMatch(BAKU_ISO);
      const t = Date.parse(a.publishedAt);
      expect(Number.isNaN(t), `"${a.headline}" publishedAt is a real date`).toBe(false);
      expect(t).toBeGreaterThanOrEqual(Date.parse('2025-11-03T00:00:00+04:00'));
      expect(t).toBeLessThan(Date.parse('2025-11-25T00:00:00+04:00'));
      expect(t, `"${a.headline}" takes the seed article's slot`).not.toBe(SEED_SLOT);
      expect(times.has(t), `"${a.headline}" repeats a publication time`).toBe(false);
      times.add(t);
    }
  });

  it('lists articles in publication order, starting with a World story (load-demo.int.test.ts needs that)', () => {
    const times = demoArticles.map((a) => Date.parse(a.publishedAt));
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(demoArticles[0]?.sectionSlug).toBe('world');
  });

  it('has updates later than publication, on two articles, and one corrected article', () => {
    const updated = demoArticles.filter((a) => a.updatedAt !== undefined);
    expect(updated).toHaveLength(2);
    for (const a of updated) {
      expect(a.updatedAt, `"${a.headline}" updatedAt`).toMatch(BAKU_ISO);
      expect(Date.parse(a.updatedAt!), `"${a.headline}" updated before published`).toBeGreaterThan(
        Date.parse(a.publishedAt),
      );
    }
    const corrected = demoArticles.filter((a) => (a.corrections ?? []).length > 0);
    expect(corrected).toHaveLength(1);
    for (const c of corrected[0]!.corrections!) {
      expect(c.createdAt).toMatch(BAKU_ISO);
      expect(Date.parse(c.createdAt)).toBeGreaterThan(Date.parse(corrected[0]!.publishedAt));
    }
  });

  it('marks exactly one article as breaking: the newest', () => {
    const breaking = demoArticles.filter((a) => a.breaking === true);
    expect(breaking).toHaveLength(1);
    const newest = Math.max(...demoArticles.map((a) => Date.parse(a.publishedAt)));
    expect(Date.parse(breaking[0]!.publishedAt)).toBe(newest);
  });

  it('follows up the seed story on November 14 and November 22', () => {
    const embassy = demoArticles.filter(
      (a) => a.sectionSlug === 'world' && a.tags?.includes('Diplomacy') && a.tags.includes('Azerbaijan'),
    );
    const days = embassy.map((a) => a.publishedAt.slice(0, 10));
    expect(days).toContain('2025-11-14');
    expect(days).toContain('2025-11-22');
    const summons = embassy.find((a) => a.publishedAt.startsWith('2025-11-14'))!;
    expect(Number(summons.publishedAt.slice(11, 13)), 'evening').toBeGreaterThanOrEqual(17);
  });

  it('uses 4–8 text blocks per body, safe example links and typographic quotes', () => {
    for (const a of demoArticles) {
      const body = a.body as Block[];
      expect(body.length, `"${a.headline}" block count`).toBeGreaterThanOrEqual(4);
      expect(body.length, `"${a.headline}" block count`).toBeLessThanOrEqual(8);
      expect(
        body.some((b) => b.type === 'image'),
        `"${a.headline}" has an image`,
      ).toBe(false);
      for (const run of allInlines(a)) {
        if (run.href) expect(run.href, `"${a.headline}" link`).toMatch(/^https:\/\/example\.com\//);
      }
      const texts = [
        a.headline,
        a.standfirst ?? '',
        ...allInlines(a).map((r) => r.text),
        ...body.map((b) => (b.type === 'quote' ? (b.cite ?? '') : '')),
        ...(a.corrections ?? []).map((c) => c.text),
      ];
      for (const t of texts) expect(t, `"${a.headline}" straight quote`).not.toMatch(/['"]/);
    }
  });

  it('covers the block types the reader site renders', () => {
    const blocks = demoArticles.flatMap((a) => a.body as Block[]);
    const runs = demoArticles.flatMap(allInlines);
    expect(blocks.filter((b) => b.type === 'heading' && b.level === 2).length).toBeGreaterThanOrEqual(3);
    expect(blocks.filter((b) => b.type === 'quote' && b.cite).length).toBeGreaterThanOrEqual(3);
    expect(blocks.filter((b) => b.type === 'list').length).toBeGreaterThanOrEqual(2);
    expect(runs.filter((r) => r.href).length).toBeGreaterThanOrEqual(4);
    expect(runs.some((r) => r.bold)).toBe(true);
    expect(runs.some((r) => r.italic)).toBe(true);
  });
});
