import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from './analyze.ts';
import type { GoldArticle } from './types.ts';

const seed = JSON.parse(
  readFileSync(new URL('../../test/fixtures/story-gold/seed.json', import.meta.url), 'utf8'),
) as GoldArticle;

describe('conflicting accounts', () => {
  it('puts Moscow’s Patriot and Baku’s Iskander side by side in the seed', () => {
    const r = analyze({
      body: seed.body,
      language: 'en',
      published: seed.published,
      timezone: seed.timezone,
    });
    expect(r.conflicts).toHaveLength(1);
    const [c] = r.conflicts!;
    expect(c!.about).toBe('missile');
    expect(c!.claims.map((x) => [x.by, x.means])).toEqual([
      ['Russian Foreign Ministry', 'Patriot missile'],
      ['Azerbaijani officials', 'Iskander missile'],
    ]);
    expect(c!.claims[0]!.text).toContain('presumably a falling Patriot missile');
    expect(c!.claims[1]!.text).toContain('an Iskander missile landed on embassy grounds');
  });

  it('finds disagreements in other texts, and none where parties agree', () => {
    const body =
      'The Defence Ministry said in a statement that a Shahed drone hit the depot overnight.\n\n' +
      'Georgian officials said the depot was struck by a Geran drone launched from the sea.';
    const r = analyze({ body, language: 'en', published: '2025-11-20', timezone: 'UTC' });
    expect(r.conflicts?.[0]?.claims.map((x) => x.means).sort()).toEqual(
      ['Geran drone', 'Shahed drone'].sort(),
    );
    const agreed = analyze({
      body: 'Georgian officials said a Shahed drone hit the depot. Georgian officials added that the Shahed drone came from the sea.',
      language: 'en',
      published: '2025-11-20',
      timezone: 'UTC',
    });
    expect(agreed.conflicts).toEqual([]);
  });
});
