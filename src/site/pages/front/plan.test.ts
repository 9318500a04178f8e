import { describe, expect, it } from 'vitest';
import type { ArticleSummary } from '../../../domain/article.ts';
import { PER_ROW, planFront, TOP_STORIES } from './plan.ts';

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
    const plan = planFront([], recent, [sections[1]!, sections[0]!, sections[2]!]);
    expect(plan.lead?.id).toBe('a');
    expect(plan.top.map((a) => a.id)).toEqual(['b', 'c', 'd', 'e']);
    expect(plan.top).toHaveLength(TOP_STORIES);
    expect(plan.rows.map((r) => [r.section.slug, r.articles.map((a) => a.id)])).toEqual([
      ['economy', ['f']],
      ['world', ['g', 'h', 'i', 'j']],
    ]);
    expect(plan.rows[1]!.articles).toHaveLength(PER_ROW);
  });

  it('puts editors’ picks first in slot order and shows no story twice', () => {
    const plan = planFront([story('h', 0), story('f', 1)], recent, sections);
    expect(plan.lead?.id).toBe('h');
    expect(plan.top.map((a) => a.id)).toEqual(['f', 'a', 'b', 'c']);
    const all = [plan.lead!, ...plan.top, ...plan.rows.flatMap((r) => r.articles)].map((a) => a.id);
    expect(new Set(all).size).toBe(all.length);
    expect(plan.rows.find((r) => r.section.slug === 'economy')?.articles.map((a) => a.id)).toEqual(['d']);
  });

  it('has nothing to lead with on an empty site', () => {
    expect(planFront([], [], sections)).toEqual({ lead: null, top: [], rows: [] });
  });
});
