import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { sampleExport } from '../../../test/utils/wxr-export.ts';
import { emptyChannel, readWxr } from './wxr-reader.ts';

const dir = mkdtempSync(join(tmpdir(), 'newsdesk-wxr-read-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const fileWith = (xml: string) => {
  const file = join(dir, `f${++n}.xml`);
  writeFileSync(file, xml);
  return file;
};
const readAll = async (file: string) => {
  const channel = emptyChannel();
  const items = [];
  for await (const item of readWxr(file, channel)) items.push(item);
  return { channel, items };
};

describe('readWxr', () => {
  it('reads the channel, authors and every item with its terms and meta', async () => {
    const { channel, items } = await readAll(fileWith(sampleExport(12).xml));
    expect(channel.baseSiteUrl).toBe('https://old.example.org');
    expect(channel.language).toBe('en-US');
    expect(channel.authors.map((a) => a.displayName)).toEqual(['Mara Quill', 'Tobin Vale', 'Ines Arbor']);
    const posts = items.filter((i) => i.postType === 'post');
    expect(posts).toHaveLength(12);
    const one = posts[0];
    expect(one?.title).toBe('Harbour report number 1');
    expect(one?.meta.get('_thumbnail_id')).toBe('1001');
    expect(one?.terms.map((t) => `${t.domain}:${t.name}`)).toEqual([
      'category:Sport',
      'post_tag:Ferries',
      'post_tag:Weather',
    ]);
    expect(items.filter((i) => i.postType === 'attachment')).toHaveLength(5);
  });

  it('refuses external entities (XXE), naming the line of the DOCTYPE', async () => {
    const file = fileWith(
      '<?xml version="1.0"?>\n<!DOCTYPE rss [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<rss><channel><title>&xxe;</title></channel></rss>',
    );
    await expect(readAll(file)).rejects.toThrow(/^line \d+: a DOCTYPE is not allowed/);
  });

  it('refuses "billion laughs" entity expansion without expanding anything', async () => {
    const lol = ['<!ENTITY lol "lol">'];
    for (let i = 1; i <= 9; i++) lol.push(`<!ENTITY lol${i} "${`&lol${i === 1 ? '' : i - 1};`.repeat(10)}">`);
    const file = fileWith(
      `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n${lol.join('\n')}\n]>\n<rss>&lol9;</rss>`,
    );
    await expect(readAll(file)).rejects.toThrow(/a DOCTYPE is not allowed/);
  });

  it('refuses an entity never declared (no HTML entities in XML)', async () => {
    const file = fileWith('<rss><channel>\n<title>Caf&eacute;</title></channel></rss>');
    await expect(readAll(file)).rejects.toThrow(/^line 2: malformed XML/);
  });

  it('names the line of malformed XML', async () => {
    const file = fileWith('<rss>\n<channel>\n<item><title>One</title>\n</channel>\n</rss>');
    await expect(readAll(file)).rejects.toThrow(/^line 4: malformed XML/);
  });

  it('refuses a file that is not an export', async () => {
    await expect(readAll(fileWith('<html><body/></html>'))).rejects.toThrow(/root element is <html>/);
    await expect(readAll(fileWith(''))).rejects.toThrow(/the file is empty/);
  });
});
