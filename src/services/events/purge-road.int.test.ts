import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer, type Container } from '../../app.ts';
import { paragraph } from '../../domain/body.ts';
import { testConfig } from '../../../test/utils/app.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';
import type { NewsroomActor } from '../newsroom/newsroom.service.ts';

/** Every change readers see reaches their caches one way: the outbox, then the EventDispatcher. */
describe.each(dialects)('one purge road on %s', (dialect) => {
  let tdb: TestDatabase;
  let c: Container;
  let editor: NewsroomActor;
  const purged: string[][] = [];

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    c = await createContainer(testConfig(tdb, { webhooks: { allowPrivate: true } }), {
      purger: { purge: async (p) => void purged.push(p) },
    });
    await c.taxonomy.createSection({ slug: 'world', name: 'World' });
    const user = await c.accounts.createUser(
      { email: 'editor@example.com', name: 'The editor', role: 'editor', password: 'correct horse battery' },
      null,
    );
    editor = { id: user.id, role: 'editor', name: user.name };
  });
  afterAll(async () => {
    await ifStarted(c)?.close();
    await ifStarted(tdb)?.drop();
  });

  const publish = async (headline: string) => {
    const a = await c.writer.create({
      language: 'en',
      headline,
      sectionSlug: 'world',
      body: [paragraph('Text.')],
      status: 'published',
    });
    await c.events.dispatchPending();
    purged.length = 0;
    return a;
  };

  it('a front-page slot change purges the front page through the outbox, not to webhooks', async () => {
    const a = await publish('Chosen for the lead');
    const hook = await c.webhooks.register({ url: 'http://127.0.0.1:9/hook' });
    await c.newsroom.setSlot(editor, 'en', 'lead', a.id);
    expect(purged).toEqual([]); // nothing purged on the side
    expect(await c.store.repos.outbox.pendingCount()).toBe(1);
    expect(await c.events.dispatchPending()).toBe(1);
    expect(purged).toEqual([['/en/']]);
    expect(await c.webhooks.deliveries(hook.id)).toEqual([]);
  });

  it('hiding a reading purges the article page through the outbox', async () => {
    const a = await publish('A reading to hide');
    await c.analysis.setHidden(a.id, { hidden: true }, editor.id);
    expect(purged).toEqual([]);
    expect(await c.events.dispatchPending()).toBe(1);
    expect(purged).toHaveLength(1);
    expect(purged[0]).toContain(`/en/world/${a.slug}`);
  });

  it('a failed purge of a slot change is retried, not lost', async () => {
    const a = await publish('Chosen for the sidebar');
    await c.newsroom.setSlot(editor, 'en', 'lead', a.id);
    const failing = await createContainer(testConfig(tdb), {
      purger: {
        purge: async () => {
          throw new Error('CDN away');
        },
      },
    });
    try {
      expect(await failing.events.dispatchPending()).toBe(0);
    } finally {
      await failing.close();
    }
    expect(await c.store.repos.outbox.pendingCount()).toBe(1);
  });
});
