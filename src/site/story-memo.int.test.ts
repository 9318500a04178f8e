import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { paragraph } from '../domain/body.ts';
import { loadFixtures, publishSeedFollowUp } from '../../test/fixtures/content.ts';
import { createTestApp, type TestApp } from '../../test/utils/app.ts';
import { dialects } from '../../test/utils/databases.ts';
import { ifStarted } from '../../test/utils/if-started.ts';
import { SEED_URL } from '../../test/utils/reader-site.ts';

/**
 * The article page knows its story's readings by their stamps and text versions only, and reads
 * the readings and texts themselves when its memo lacks them (issue 14 §2). Each change to a
 * story member — its text, its reading, a correction, unpublishing — shows on the very next
 * request for the seed's page (the page cache is off in tests).
 */
describe.each(dialects)('story box of an article page after its story changes, on %s', (dialect) => {
  let app: TestApp;
  let followUpId = '';
  const page = async () => {
    const res = await app.server.inject({ method: 'GET', url: SEED_URL });
    expect(res.statusCode).toBe(200);
    return res.body;
  };
  /** The story box's timeline, as text. */
  const storyBox = (html: string) =>
    (/aria-labelledby="story-heading"(.*?)<\/section>/s.exec(html)?.[1] ?? '').replace(/<[^>]+>/g, ' ');

  beforeAll(async () => {
    app = await createTestApp(dialect);
    await loadFixtures(app.container, 1);
    followUpId = (await publishSeedFollowUp(app.container)).id;
    await app.container.analysis.setMode({ storyFacts: 'auto' }, null);
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('shows a story member’s new text, correction and unpublishing on the next request', async () => {
    const first = await page();
    expect(first).toContain('aria-labelledby="story-heading"');
    expect(storyBox(first)).not.toContain('speaker’s office');
    // The same page again: the memo answers, the page is the same.
    expect(await page()).toBe(first);

    // The follow-up's text changes and is read again: its event in the story box changes with it.
    await app.container.writer.update(followUpId, {
      body: [
        paragraph(
          'Azerbaijan’s parliament will hold a hearing on the embassy attack on November 18, the speaker’s office said on Friday.',
        ),
      ],
    });
    await app.container.events.dispatchPending();
    const rewritten = storyBox(await page());
    expect(rewritten).toContain('speaker’s office said');

    // An editor's correction of the follow-up's reading (a stamp change, the text the same).
    await app.container.analysis.correct(followUpId, {
      op: 'add-event',
      expression: 'November 17',
      iso: '2025-11-17',
      description: 'Baku recalls its chargé d’affaires for consultations',
    });
    const corrected = await page();
    expect(storyBox(corrected)).toContain('recalls its chargé');

    // Unpublished: the follow-up leaves the story box (which needs two articles).
    await app.container.writer.unpublish(followUpId);
    const gone = await page();
    expect(gone).not.toContain('aria-labelledby="story-heading"');
    expect(gone).not.toContain('recalls its chargé');
  });
});
