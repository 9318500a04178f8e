import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { AnalysisInput } from '../../analysis/types.ts';
import { createContainer, type Container } from '../../app.ts';
import { paragraph } from '../../domain/body.ts';
import { loadFixtures, type Fixtures } from '../../../test/fixtures/content.ts';
import { testConfig } from '../../../test/utils/app.ts';
import { uuid } from '../deps.ts';
import { AnalysisService } from './analysis.service.ts';
import { InlineAnalyzer, type Analyzer } from './analyzer.ts';
import { Readings } from './readings.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';

describe.each(dialects)('editors correct the reading, on %s', (dialect) => {
  let tdb: TestDatabase;
  let c: Container;
  let fx: Fixtures;

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    c = await createContainer(testConfig(tdb));
    fx = await loadFixtures(c, 1);
    await c.events.dispatchPending();
  });
  afterAll(async () => {
    await ifStarted(c)?.close();
    await ifStarted(tdb)?.drop();
  });

  it('corrections win over the machine and survive re-analysis', async () => {
    const id = fx.seed.id;
    await c.analysis.correct(id, {
      op: 'rename',
      kind: 'people',
      from: 'Mikhail Galuzin',
      to: 'Mikhail Yurievich Galuzin',
    });
    await c.analysis.correct(id, {
      op: 'set-speaker',
      text8: 'In this context, claims about the alleged ‘targeted',
      speaker: 'Maria Zakharova',
    });
    await c.analysis.correct(id, { op: 'drop', kind: 'equipment', name: 'air defense systems' });
    await c.analysis.correct(id, {
      op: 'add-event',
      expression: 'on November 15',
      iso: '2025-11-15',
      description: 'Embassy staff evacuated',
    });
    const check = async () => {
      const f = (await c.analysis.factsFor(id))!;
      expect(f.people.map((p) => p.name)).toContain('Mikhail Yurievich Galuzin');
      expect(f.people.map((p) => p.name)).not.toContain('Mikhail Galuzin');
      expect(f.quotes.find((q) => q.text8.startsWith('In this context'))?.speaker).toBe('Maria Zakharova');
      expect(f.quotes.find((q) => q.text8.startsWith('legitimate military'))?.speaker).toBe(
        'Mikhail Yurievich Galuzin',
      );
      expect(f.equipment.map((e) => e.name)).not.toContain('air defense systems');
      expect(f.events.map((e) => e.iso)).toContain('2025-11-15');
    };
    await check();
    // The text changes: the machine reads it again; the corrections still apply.
    await c.writer.update(id, {
      body: [...fx.seed.body, paragraph('Officials in Baku said more talks would follow.')],
    });
    await c.events.dispatchPending();
    await check();
    // Topic pages follow the correction.
    expect(await c.stories.topic('person', 'mikhail-yurievich-galuzin', 'en')).not.toBeNull();
  });

  it('keeps approvals by item key: they outlive a re-reading while the item holds, and drive topic pages', async () => {
    const id = fx.seed.id;
    const keysOf = async () => (await c.analysis.review((await c.store.repos.articles.findById(id))!)).items;
    const before = await keysOf();
    const yevdokimov = before.find((i) => i.key.startsWith('person:mikhail-yevdokimov'))!;
    const kyiv = before.find((i) => i.key === 'place:kyiv')!;
    expect(await c.analysis.approve(id, { keys: [yevdokimov.key, kyiv.key] }, null)).toEqual([
      yevdokimov.key,
      kyiv.key,
    ]);
    // Approving again records nothing new.
    expect(await c.analysis.approve(id, { keys: [kyiv.key] }, null)).toEqual([]);
    expect(await c.store.repos.analysis.approvals(id)).toEqual([kyiv.key, yevdokimov.key].sort());
    expect(
      (await c.store.repos.analysis.approvalsOf([id, fx.fillers[0]!.id])).get(fx.fillers[0]!.id),
    ).toEqual(new Set());
    const visible = { minConfidence: null };
    expect(await c.store.repos.stories.articlesAbout('place', 'kyiv', 'en', 10, visible)).toHaveLength(1);
    expect(await c.store.repos.stories.articlesAbout('place', 'baku', 'en', 10, visible)).toHaveLength(0);
    // In auto, a confident entity shows without approval.
    expect(
      await c.store.repos.stories.articlesAbout('place', 'baku', 'en', 10, { minConfidence: 0.75 }),
    ).toHaveLength(1);

    // The text changes; the machine reads it again: both still hold, so both stay approved.
    const article = (await c.store.repos.articles.findById(id))!;
    await c.writer.update(id, { body: [...article.body, paragraph('Kyiv officials said repairs began.')] });
    await c.events.dispatchPending();
    const after = await keysOf();
    expect(after.find((i) => i.key === yevdokimov.key)).toMatchObject({ approved: true });
    expect(after.find((i) => i.key === kyiv.key)).toMatchObject({ approved: true });
    expect(await c.store.repos.stories.articlesAbout('place', 'kyiv', 'en', 10, visible)).toHaveLength(1);

    // Hidden: approvals kept, but the article leaves its topics.
    await c.analysis.setHidden(id, { hidden: true }, null);
    expect(await c.store.repos.analysis.hiddenOf([id])).toEqual(new Set([id]));
    expect(await c.store.repos.stories.articlesAbout('place', 'kyiv', 'en', 10, visible)).toHaveLength(0);
    await c.analysis.setHidden(id, { hidden: false }, null);
    expect(await c.store.repos.stories.articlesAbout('place', 'kyiv', 'en', 10, visible)).toHaveLength(1);

    expect(await c.analysis.withdraw(id, { keys: [kyiv.key] }, null)).toBe(1);
    expect(await c.store.repos.stories.articlesAbout('place', 'kyiv', 'en', 10, visible)).toHaveLength(0);
    await expect(c.analysis.approve(id, { keys: [] }, null)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
    await expect(c.analysis.setHidden(id, { hidden: 1 }, null)).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ field: 'hidden' }],
    });
  });

  it('refuses malformed corrections and unknown articles, and can remove one', async () => {
    await expect(
      c.analysis.correct(fx.seed.id, {
        op: 'add-event',
        expression: 'later',
        iso: 'someday',
        description: 'x',
      }),
    ).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
      issues: [{ field: 'iso' }],
    });
    await expect(
      c.analysis.correct('00000000-0000-4000-8000-000000000000', { op: 'add-org', name: 'X' }),
    ).rejects.toMatchObject({ code: 'NOT_FOUND' });
    const [first] = await c.analysis.corrections(fx.seed.id);
    await c.analysis.removeCorrection(fx.seed.id, first!.id);
    expect((await c.analysis.factsFor(fx.seed.id))!.people.map((p) => p.name)).toContain('Mikhail Galuzin');
  });

  it('reads a draft once for the same text, and refuses a reading when too many wait', async () => {
    let calls = 0;
    let hold: Promise<void> | null = null;
    const inline = new InlineAnalyzer();
    const waiting: AnalysisInput[] = [];
    const counting: Analyzer = {
      get pending() {
        return waiting.length;
      },
      analyze: async (input) => {
        calls++;
        waiting.push(input);
        await hold;
        waiting.splice(waiting.indexOf(input), 1);
        return inline.analyze(input);
      },
      close: async () => {},
    };
    const service = new AnalysisService(
      c.store,
      c.site,
      c.clock,
      null,
      uuid,
      new Readings(c.store, c.site),
      counting,
    );
    const draft = await c.writer.create({
      language: 'en',
      headline: 'A draft',
      sectionSlug: fx.seed.section.slug,
      body: [paragraph('Ilham Aliyev met Vladimir Putin in Moscow on Friday.')],
    });
    const first = await service.currentFacts(draft);
    const again = await service.currentFacts(draft);
    expect(first.stale).toBe(true);
    expect(again.facts).toEqual(first.facts);
    expect(calls).toBe(1);

    // Sixteen readings of other texts still running: the next one asked for by a request is refused.
    let release!: () => void;
    hold = new Promise((r) => (release = r));
    const texts = Array.from({ length: 16 }, (_, i) => ({ ...draft, bodyText: `Text number ${i}.` }));
    const running = texts.map((a) => service.currentFacts(a));
    await vi.waitFor(() => expect(counting.pending).toBe(16));
    await expect(service.currentFacts({ ...draft, bodyText: 'One more.' })).rejects.toMatchObject({
      code: 'RATE_LIMITED',
    });
    release();
    await Promise.all(running);
    expect((await service.currentFacts({ ...draft, bodyText: 'One more.' })).stale).toBe(true);
  });
});
