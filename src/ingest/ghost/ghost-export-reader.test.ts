import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readGhostTables, type TableRow } from './ghost-export-reader.ts';

const from = (text: string) => () => Readable.from([Buffer.from(text)]);
const rows = async (text: string, tables: string[]) => {
  const out: TableRow[] = [];
  for await (const r of readGhostTables('export.json', new Set(tables), from(text))) out.push(r);
  return out;
};

describe('reading a Ghost export table by table', () => {
  const data = {
    posts: [
      { id: 'p1', title: 'One', lexical: '{"root":{"children":[]}}', nested: { deep: [1, { x: 2 }] } },
      { id: 'p2', title: 'Two' },
    ],
    tags: [{ id: 't1', name: 'Harbour' }],
    posts_tags: [{ post_id: 'p1', tag_id: 't1', sort_order: 0 }],
    settings: [{ key: 'title', value: 'Old site' }],
  };

  it('streams the wanted tables of {db: [{meta, data}]} in file order, and nothing else', async () => {
    const text = JSON.stringify({ db: [{ meta: { version: '5.130.6' }, data }] });
    expect(await rows(text, ['posts', 'tags'])).toEqual([
      { table: 'posts', row: data.posts[0] },
      { table: 'posts', row: data.posts[1] },
      { table: 'tags', row: data.tags[0] },
    ]);
  });

  it('reads the older {meta, data} form too', async () => {
    const text = JSON.stringify({ meta: { version: '003' }, data });
    expect((await rows(text, ['posts_tags'])).map((r) => r.row)).toEqual(data.posts_tags);
  });

  it('does not take arrays named like tables elsewhere in the file', async () => {
    const text = JSON.stringify({ db: [{ meta: { posts: [{ id: 'not a post' }] }, data: { posts: [] } }] });
    expect(await rows(text, ['posts'])).toEqual([]);
  });

  it('fails on JSON that does not parse, naming the file', async () => {
    await expect(rows('{"db": [{"data": {"posts": [{"id": 1,', ['posts'])).rejects.toMatchObject({
      code: 'IMPORT_MALFORMED',
      message: expect.stringContaining('export.json: not a readable JSON file') as string,
    });
  });

  it('fails on a file with no posts table', async () => {
    await expect(rows(JSON.stringify({ db: [{ data: { tags: [] } }] }), ['tags'])).rejects.toMatchObject({
      code: 'IMPORT_MALFORMED',
      message: 'export.json: not a Ghost export (no data.posts table)',
    });
    await expect(rows('[1, 2, 3]', ['posts'])).rejects.toMatchObject({ code: 'IMPORT_MALFORMED' });
  });

  it('fails on a row that is not an object', async () => {
    await expect(rows(JSON.stringify({ data: { posts: ['a string'] } }), ['posts'])).rejects.toMatchObject({
      code: 'IMPORT_MALFORMED',
      message: 'data.posts: a row is not an object',
    });
  });

  it('streams a large table without holding the file (many rows, fed in small chunks)', async () => {
    const posts = Array.from({ length: 5000 }, (_, i) => ({
      id: `p${i}`,
      title: `Post ${i}`,
      html: 'x'.repeat(200),
    }));
    const text = JSON.stringify({ db: [{ meta: {}, data: { posts } }] });
    const chunks: Buffer[] = [];
    for (let i = 0; i < text.length; i += 4096) chunks.push(Buffer.from(text.slice(i, i + 4096)));
    let n = 0;
    for await (const r of readGhostTables('big.json', new Set(['posts']), () => Readable.from(chunks))) {
      expect(r.row.id).toBe(`p${n}`);
      n++;
    }
    expect(n).toBe(5000);
  });
});
