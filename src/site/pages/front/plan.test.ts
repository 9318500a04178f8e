import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../domain/article.ts';
import { PER_ROW, planFront } from './plan.ts';

const sections = [
  { id: 's-world', slug: 'world', name: 'World', color: null },
  { id: 's-economy', slug: 'economy', name: 'Economy', color: null },
  { id: 's-sport', slug: 'sport', name: 'Sport', color: null },
];
/** A story in one of the sections above (only what the plan reads). */
const story = (id: string, section: 0 | 1 | 2): ArticleSummary =>
  ({ id, headline: id, section: sections[section]! }) as unknown as ArticleSummary;

describe('planFront', () => {
  const recent = [
    story('a', 0),
    story('b', 1),
    story('c', 0),
    story('d', 1),
    story('e', 0),
    story('f', 1),
    story('g', 0),
    story('h', 0),
    story('i', 0),
    story('j', 0),
    story('k', 0),
  ];

  it('leads with the newest, then the top stories, then rows of what is left, in the menu order', () => {
    const plan = planFront({ curated: [], recent, sections: [sections[1]!, sections[0]!, sections[2]!] });
    expect(plan.leads.map((a) => a.id)).toEqual(['a']);
    expect(plan.top.map((a) => a.id)).toEqual(['b', 'c', 'd', 'e']);
    expect(plan.rows.map((r) => [r.section.slug, r.articles.map((a) => a.id)])).toEqual([
      ['economy', ['f']],
      ['world', ['g', 'h', 'i', 'j']],
    ]);
    expect(plan.rows[1]!.articles).toHaveLength(PER_ROW);
  });

  it('puts editors’ picks first in slot order and shows no story twice', () => {
    const plan = planFront({ curated: [story('h', 0), story('f', 1)], recent, sections });
    expect(plan.leads.map((a) => a.id)).toEqual(['h']);
    expect(plan.top.map((a) => a.id)).toEqual(['f', 'a', 'b', 'c']);
    const all = [...plan.leads, ...plan.top, ...plan.rows.flatMap((r) => r.articles)].map((a) => a.id);
    expect(new Set(all).size).toBe(all.length);
    expect(plan.rows.find((r) => r.section.slug === 'economy')?.articles.map((a) => a.id)).toEqual(['d']);
  });

  it('has nothing to lead with on an empty site', () => {
    expect(planFront({ curated: [], recent: [], sections })).toEqual({ leads: [], top: [], rows: [] });
  });

  it('gives "two leads" the first two places and the grid the rest of the layout\'s places', () => {
    const plan = planFront({
      curated: [story('k', 0)],
      recent,
      sections,
      layout: { template: 'two-leads', slots: 8, sections: [] },
    });
    expect(plan.leads.map((a) => a.id)).toEqual(['k', 'a']);
    expect(plan.top.map((a) => a.id)).toEqual(['b', 'c', 'd', 'e', 'f', 'g']);
    expect(plan.rows.map((r) => r.section.slug)).toEqual(['world']);
  });

  it('with "section rows", rows come only from the chosen sections, in the chosen order', () => {
    const sport = [story('s1', 2), story('s2', 2)];
    const world = recent.filter((a) => a.section.slug === 'world');
    const plan = planFront({
      curated: [],
      recent,
      sections,
      layout: { template: 'section-rows', slots: 3, sections: ['sport', 'world'] },
      chosen: [
        { section: sections[2]!, stories: sport },
        { section: sections[0]!, stories: world },
      ],
    });
    expect(plan.leads.map((a) => a.id)).toEqual(['a']);
    expect(plan.top.map((a) => a.id)).toEqual(['b', 'c']);
    // "a" and "c" are shown above, so the world row starts at "e".
    expect(plan.rows.map((r) => [r.section.slug, r.articles.map((a) => a.id)])).toEqual([
      ['sport', ['s1', 's2']],
      ['world', ['e', 'g', 'h', 'i']],
    ]);
  });
});
