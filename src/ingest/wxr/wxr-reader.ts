import { createReadStream } from 'node:fs';
import sax from 'sax';
import { AppError } from '../../domain/errors.ts';

/** A wp:author of the export's channel. */
export interface WxrAuthor {
  login: string;
  displayName: string;
}

/** A category or tag on an item: `domain` is "category" or "post_tag". */
export interface WxrTerm {
  domain: string;
  slug: string;
  name: string;
}

/** One <item> of the export, as written (text trimmed of nothing; CDATA and text joined). */
export interface WxrItem {
  /** The line of the file where the item starts (for messages). */
  line: number;
  title: string;
  link: string;
  creator: string;
  content: string;
  excerpt: string;
  postId: string;
  postType: string;
  status: string;
  postName: string;
  postDate: string;
  postDateGmt: string;
  attachmentUrl: string;
  terms: WxrTerm[];
  meta: Map<string, string>;
}

/** What the channel says about the site, filled in as the file is read. */
export interface WxrChannel {
  title: string;
  link: string;
  language: string;
  baseSiteUrl: string;
  authors: WxrAuthor[];
}

/** One text value larger than this is refused: no real post is, and it would be held whole. */
export const MAX_VALUE_CHARS = 8 * 1024 * 1024;

const malformed = (line: number, reason: string) =>
  new AppError('IMPORT_MALFORMED', `line ${line}: ${reason}`, [{ field: `line ${line}`, message: reason }]);

const emptyItem = (line: number): WxrItem => ({
  line,
  title: '',
  link: '',
  creator: '',
  content: '',
  excerpt: '',
  postId: '',
  postType: '',
  status: '',
  postName: '',
  postDate: '',
  postDateGmt: '',
  attachmentUrl: '',
  terms: [],
  meta: new Map(),
});

/** Item fields held as plain text, by element name. */
const ITEM_TEXT: Record<string, keyof WxrItem> = {
  title: 'title',
  link: 'link',
  'dc:creator': 'creator',
  'content:encoded': 'content',
  'excerpt:encoded': 'excerpt',
  'wp:post_id': 'postId',
  'wp:post_type': 'postType',
  'wp:status': 'status',
  'wp:post_name': 'postName',
  'wp:post_date': 'postDate',
  'wp:post_date_gmt': 'postDateGmt',
  'wp:attachment_url': 'attachmentUrl',
};

/**
 * Reads a WordPress export (WXR) as a stream, yielding its items one by one: memory holds one item,
 * never the file. A DOCTYPE is refused outright, so no entity is ever declared, expanded or
 * fetched (XXE, "billion laughs"); only XML's five entities are known. Malformed XML stops the
 * read with IMPORT_MALFORMED naming the line.
 */
export async function* readWxr(file: string, channel: WxrChannel): AsyncGenerator<WxrItem> {
  // strictEntities (sax ≥ 1.3; its @types predate it): HTML's named entities are not XML's.
  const options = { strictEntities: true, position: true, trim: false } as sax.SAXOptions;
  const parser = sax.parser(true, options);
  const ready: WxrItem[] = [];
  // An object, not a `let`: the parser's callbacks set it between reads.
  const state: { failure: AppError | null; sawRss: boolean } = { failure: null, sawRss: false };
  const stack: string[] = [];
  // The text of each open element (only the innermost receives text).
  const texts: string[] = [];
  let item: WxrItem | null = null;
  let term: WxrTerm | null = null;
  let metaKey = '';
  let author: Partial<WxrAuthor> | null = null;
  const line = () => parser.line + 1;
  const fail = (reason: string) => {
    state.failure ??= malformed(line(), reason);
  };

  parser.ondoctype = () =>
    fail('a DOCTYPE is not allowed in a WordPress export (entity declarations are refused)');
  parser.onerror = (e) => {
    fail(`malformed XML (${e.message.split('\n')[0]?.toLowerCase() ?? 'unreadable'})`);
  };
  parser.onopentag = (node) => {
    if (state.failure) return;
    const name = node.name;
    if (stack.length === 0) {
      if (name !== 'rss') fail(`not a WordPress export: the root element is <${name}>, not <rss>`);
      state.sawRss = true;
    }
    stack.push(name);
    texts.push('');
    if (name === 'item') item = emptyItem(line());
    else if (name === 'category' && item) {
      const attr = (k: string) => {
        const v = node.attributes[k];
        return typeof v === 'string' ? v : '';
      };
      term = { domain: attr('domain'), slug: attr('nicename'), name: '' };
    } else if (name === 'wp:author' && !item) author = {};
  };
  const addText = (t: string) => {
    if (state.failure || texts.length === 0) return;
    const i = texts.length - 1;
    const next = (texts[i] ?? '') + t;
    if (next.length > MAX_VALUE_CHARS) fail(`a value longer than ${MAX_VALUE_CHARS} characters`);
    else texts[i] = next;
  };
  parser.ontext = addText;
  parser.oncdata = addText;
  parser.onclosetag = (name) => {
    if (state.failure) return;
    const text = texts.pop() ?? '';
    stack.pop();
    const parent = stack[stack.length - 1];
    if (item) {
      const field = ITEM_TEXT[name];
      if (name === 'item') {
        ready.push(item);
        item = null;
      } else if (field && parent === 'item') {
        (item as unknown as Record<string, string>)[field] = text;
      } else if (name === 'category' && term) {
        item.terms.push({ ...term, name: text.trim() });
        term = null;
      } else if (name === 'wp:meta_key') metaKey = text.trim();
      else if (name === 'wp:meta_value') item.meta.set(metaKey, text.trim());
      return;
    }
    if (author) {
      if (name === 'wp:author_login') author.login = text.trim();
      else if (name === 'wp:author_display_name') author.displayName = text.trim();
      else if (name === 'wp:author') {
        if (author.login)
          channel.authors.push({ login: author.login, displayName: author.displayName || author.login });
        author = null;
      }
      return;
    }
    if (parent === 'channel') {
      if (name === 'title') channel.title = text.trim();
      else if (name === 'link') channel.link = text.trim();
      else if (name === 'language') channel.language = text.trim();
      else if (name === 'wp:base_site_url') channel.baseSiteUrl = text.trim();
    }
  };

  const stream = createReadStream(file, { encoding: 'utf8', highWaterMark: 64 * 1024 });
  try {
    for await (const chunk of stream) {
      parser.write(chunk as string);
      if (state.failure) throw state.failure;
      while (ready.length) yield ready.shift() as WxrItem;
    }
    parser.close();
    if (state.failure) throw state.failure;
    if (!state.sawRss) throw malformed(line(), 'the file is empty, not a WordPress export');
    while (ready.length) yield ready.shift() as WxrItem;
  } finally {
    stream.destroy();
  }
}

export const emptyChannel = (): WxrChannel => ({
  title: '',
  link: '',
  language: '',
  baseSiteUrl: '',
  authors: [],
});
