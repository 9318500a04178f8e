import { createHash } from 'node:crypto';
import { readFileSync, readdirSync } from 'node:fs';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { createTestDatabase, dialects, type TestDatabase } from '../../../test/utils/databases.ts';
import { openDatabase, type Database } from '../database.ts';
import { createStore } from '../repositories/index.ts';
import { migrations } from './index.ts';
import landed from './landed.json' with { type: 'json' };

const names = Object.keys(migrations);

describe('migration files', () => {
  it('lists every file in the folder, in order', () => {
    const files = readdirSync(new URL('.', import.meta.url))
      .filter((f) => /^\d{4}_.+\.ts$/.test(f) && !f.endsWith('.test.ts'))
      .map((f) => f.replace(/\.ts$/, ''));
    expect(names).toEqual(files.sort());
  });

  it('never edits a migration that has landed (landed.json holds their hashes)', () => {
    for (const [name, hash] of Object.entries(landed as Record<string, string>)) {
      const text = readFileSync(new URL(`./${name}.ts`, import.meta.url), 'utf8');
      expect(createHash('sha256').update(text).digest('hex'), `${name} was edited after landing`).toBe(hash);
    }
    expect(Object.keys(landed)).toEqual(names);
  });
});

describe.each(dialects)('migrations on %s', (dialect) => {
  let tdb: TestDatabase | undefined;
  let database: Database | undefined;
  afterEach(async () => {
    await database?.close();
    await tdb?.drop();
  });

  it.each(names.map((n, i) => [n, i] as const))(
    'upgrades a database left at %s, keeping its data',
    async (name) => {
      tdb = await createTestDatabase(dialect);
      database = openDatabase(tdb.target);
      await database.migrateTo(name);
      // Data as an older version wrote it, with plain SQL (never through today's repositories).
      await sql`insert into languages (code, name, is_default, position) values ('en', 'English', 1, 0)`.execute(
        database.db,
      );
      await sql`insert into sections (id, slug, name, position) values ('s1', 'world', 'World', 0)`.execute(
        database.db,
      );
      await sql`insert into articles (id, translation_group_id, language, slug, section_id, headline, body_json, body_text, status, breaking, created_at, published_at, modified_at)
      values ('a1', 'g1', 'en', 'old-story', 's1', 'An old story', '[{"type":"paragraph","content":[{"text":"Old text"}]}]', 'Old text', 'published', 0, '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')`.execute(
        database.db,
      );
      await database.migrate();
      const article = await createStore(database).repos.articles.findBySlug('en', 'old-story');
      expect(article).toMatchObject({
        id: 'a1',
        headline: 'An old story',
        bodyText: 'Old text',
        section: { slug: 'world' },
      });
      // Running again is a no-op.
      expect(await database.migrate()).toEqual([]);
    },
  );
});
