import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createContainer, type Container } from '../../app.ts';
import { paragraph } from '../../domain/body.ts';
import { AppError } from '../../domain/errors.ts';
import type { NewArticleInput } from '../../domain/article.ts';
import { testConfig } from '../../../test/utils/app.ts';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { ifStarted } from '../../../test/utils/if-started.ts';

/** A bulk load writes each article as `create` would, in one transaction, or nothing at all. */
describe.each(dialects)('writer.createMany on %s', (dialect) => {
  let tdb: TestDatabase;
  let c: Container;

  beforeAll(async () => {
    tdb = await createTestDatabase(dialect);
    c = await createContainer(testConfig(tdb));
    await c.taxonomy.createSection({ slug: 'world', name: 'World' });
  });
  afterAll(async () => {
    await ifStarted(c)?.close();
    await ifStarted(tdb)?.drop();
  });

  const article = (headline: string, extra: Partial<NewArticleInput> = {}): NewArticleInput => ({
    language: 'en',
    headline,
    sectionSlug: 'world',
    body: [paragraph(`${headline}: the text.`)],
    status: 'published',
    tags: ['Ferries'],
    ...extra,
  });

  it('writes every article with its slug, tags, revision, search row and outbox event', async () => {
    const before = await c.store.repos.outbox.pendingCount();
    const ids = await c.writer.createMany([article('Ferry line opens'), article('Ferry line opens')]);
    expect(ids).toHaveLength(2);
    const [a, b] = await Promise.all(ids.map((id) => c.store.repos.articles.findById(id)));
    expect(a?.slug).toBe('ferry-line-opens');
    expect(b?.slug).not.toBe(a?.slug); // the second gets a free slug, as create would give it
    expect(a?.tags.map((t) => t.name)).toEqual(['Ferries']);
    expect(b?.tags[0]?.id).toBe(a?.tags[0]?.id); // one tag, found again inside the same transaction
    expect(await c.store.repos.outbox.pendingCount()).toBe(before + 2);
    for (const id of ids) expect(await c.store.repos.revisions.list(id)).toHaveLength(1);
    const found = await c.search.search({ q: 'ferry ', language: 'en' });
    expect(found.items.map((i) => i.article.id).sort()).toEqual([...ids].sort());
  });

  it('refuses the whole batch when one input is bad, naming its index and field', async () => {
    const count = await c.store.repos.articles.count();
    const bad = [article('A good one'), article('', { headline: '' })];
    const error = await c.writer.createMany(bad).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect((error as AppError).issues.map((i) => i.field)).toContain('1.headline');
    expect(await c.store.repos.articles.count()).toBe(count);
  });

  it('refuses the whole batch when a later write fails, leaving nothing half-written', async () => {
    const count = await c.store.repos.articles.count();
    const batch = [article('Written first'), article('No such section', { sectionSlug: 'nowhere' })];
    await expect(c.writer.createMany(batch)).rejects.toMatchObject({ code: 'SECTION_NOT_FOUND' });
    expect(await c.store.repos.articles.count()).toBe(count);
  });
});
