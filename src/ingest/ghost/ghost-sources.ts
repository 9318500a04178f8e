import type { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import { readGhostTables } from './ghost-export-reader.ts';
import {
  apiPageSchema,
  apiPostSchema,
  exportLinkSchema,
  exportPostMetaSchema,
  exportPostSchema,
  exportTagSchema,
  exportUserSchema,
  fromApiPost,
  type GhostPost,
  type GhostTag,
} from './ghost-post.ts';

/** One post of a source, or why a row could not be read (the import reports it and goes on). */
export type GhostItem = { post: GhostPost } | { invalid: { title: string; reason: string } };

/** Where Ghost posts come from: an export file or a running Ghost's Content API. */
export interface GhostSource {
  /** The old site's address, for `__GHOST_URL__` and same-site images; null when unknown. */
  readonly origin: string | null;
  /** How many posts there are, read before anything is written (a malformed file fails here). */
  count(): Promise<number>;
  posts(): AsyncGenerator<GhostItem>;
}

const issueText = (e: z.ZodError) =>
  e.issues.map((i) => `${i.path.join('.') || 'row'}: ${i.message}`).join('; ');

/** An export file: the small tables first (tags, users and their links), then the posts streamed. */
export class GhostExportFile implements GhostSource {
  private tags = new Map<string, GhostTag>();
  private users = new Map<string, string>();
  private postTags = new Map<string, { id: string; order: number }[]>();
  private postAuthors = new Map<string, { id: string; order: number }[]>();
  private meta = new Map<string, { alt: string | null; caption: string | null }>();
  private counted: number | null = null;

  constructor(
    private readonly file: string,
    readonly origin: string | null,
  ) {}

  async count(): Promise<number> {
    if (this.counted !== null) return this.counted;
    let posts = 0;
    const wanted = new Set(['posts', 'tags', 'users', 'posts_tags', 'posts_authors', 'posts_meta']);
    for await (const { table, row } of readGhostTables(this.file, wanted)) {
      const where = `data.${table}`;
      switch (table) {
        case 'posts':
          if (row.type === 'post' || (row.type === undefined && !row.page)) posts++;
          break;
        case 'tags': {
          const t = parseRow(exportTagSchema, row, where);
          this.tags.set(t.id, { name: t.name, slug: t.slug ?? '', visibility: t.visibility ?? 'public' });
          break;
        }
        case 'users': {
          const u = parseRow(exportUserSchema, row, where);
          this.users.set(u.id, u.name);
          break;
        }
        case 'posts_tags':
        case 'posts_authors': {
          const l = parseRow(exportLinkSchema, row, where);
          const target = table === 'posts_tags' ? l.tag_id : l.author_id;
          if (!target) throw malformed(where, table === 'posts_tags' ? 'tag_id' : 'author_id');
          const map = table === 'posts_tags' ? this.postTags : this.postAuthors;
          const list = map.get(l.post_id) ?? [];
          list.push({ id: target, order: l.sort_order ?? list.length });
          map.set(l.post_id, list);
          break;
        }
        case 'posts_meta': {
          const m = parseRow(exportPostMetaSchema, row, where);
          this.meta.set(m.post_id, { alt: m.feature_image_alt, caption: m.feature_image_caption });
          break;
        }
      }
    }
    this.counted = posts;
    return posts;
  }

  async *posts(): AsyncGenerator<GhostItem> {
    await this.count();
    for await (const { row } of readGhostTables(this.file, new Set(['posts']))) {
      const parsed = exportPostSchema.safeParse(row);
      if (!parsed.success) {
        const title = typeof row.title === 'string' && row.title ? row.title : `(post ${String(row.id)})`;
        yield { invalid: { title, reason: issueText(parsed.error) } };
        continue;
      }
      const p = parsed.data;
      const ordered = (links: { id: string; order: number }[] | undefined) =>
        [...(links ?? [])].sort((a, b) => a.order - b.order).map((l) => l.id);
      const meta = this.meta.get(p.id);
      yield {
        post: {
          id: p.id,
          uuid: p.uuid ?? p.id,
          title: p.title ?? '',
          slug: p.slug ?? '',
          type: p.type ?? (p.page ? 'page' : 'post'),
          status: p.status ?? 'draft',
          visibility: p.visibility ?? 'public',
          lexical: p.lexical,
          mobiledoc: p.mobiledoc,
          html: p.html,
          plaintext: p.plaintext,
          featureImage: p.feature_image,
          featureImageAlt: meta?.alt ?? null,
          featureImageCaption: meta?.caption ?? null,
          customExcerpt: p.custom_excerpt,
          publishedAt: p.published_at,
          url: null,
          tags: ordered(this.postTags.get(p.id))
            .map((id) => this.tags.get(id))
            .filter((t): t is GhostTag => !!t),
          authors: ordered(this.postAuthors.get(p.id))
            .map((id) => this.users.get(id))
            .filter((n): n is string => !!n)
            .map((name) => ({ name })),
        },
      };
    }
  }
}

function parseRow<S extends z.ZodType>(schema: S, row: unknown, where: string): z.output<S> {
  const r = schema.safeParse(row);
  if (r.success) return r.data;
  const id = (row as { id?: unknown }).id;
  const shownId = typeof id === 'string' || typeof id === 'number' ? ` (id ${id})` : '';
  throw new AppError('IMPORT_MALFORMED', `${where}${shownId}: ${issueText(r.error)}`, [
    { field: where, message: issueText(r.error) },
  ]);
}

const malformed = (where: string, field: string) =>
  new AppError('IMPORT_MALFORMED', `${where}: a row has no ${field}`, [
    { field: `${where}.${field}`, message: 'is missing' },
  ]);

export interface ContentApiOptions {
  /** The Ghost site, e.g. https://old.example.com (the API lives under /ghost/api/content/). */
  url: string;
  key: string;
  /** Posts per page (Ghost allows up to 100). */
  pageSize?: number;
  timeoutMs?: number;
  fetch?: typeof fetch;
}

const MAX_PAGE_BYTES = 64 * 1024 * 1024;

/** A running Ghost's Content API, page by page (published posts only: that is what it serves). */
export class GhostContentApi implements GhostSource {
  readonly origin: string;
  private readonly base: URL;
  private first: z.output<typeof apiPageSchema> | null = null;

  constructor(private readonly options: ContentApiOptions) {
    let url: URL;
    try {
      url = new URL(options.url);
    } catch {
      throw new AppError('VALIDATION_FAILED', `"${options.url}" is not an address`, [
        { field: 'url', message: 'must be an http(s) address' },
      ]);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:')
      throw new AppError('VALIDATION_FAILED', `"${options.url}" is not an http(s) address`, [
        { field: 'url', message: 'must be an http(s) address' },
      ]);
    if (!/^[0-9a-f]{26}$/i.test(options.key))
      throw new AppError('VALIDATION_FAILED', 'the Content API key must be 26 hexadecimal characters', [
        { field: 'key', message: 'must be a Ghost Content API key (Settings → Integrations)' },
      ]);
    this.origin = url.origin;
    this.base = new URL(`${url.pathname.replace(/\/+$/, '')}/ghost/api/content/posts/`, url.origin);
  }

  async count(): Promise<number> {
    this.first ??= await this.page(1);
    return this.first.meta.pagination.total;
  }

  async *posts(): AsyncGenerator<GhostItem> {
    let page: z.output<typeof apiPageSchema> | null = this.first ?? (await this.page(1));
    while (page) {
      for (const raw of page.posts) {
        const p = apiPostSchema.safeParse(raw);
        if (p.success) yield { post: fromApiPost(p.data) };
        else {
          const title = (raw as { title?: unknown } | null)?.title;
          yield {
            invalid: {
              title: typeof title === 'string' && title ? title : '(a post)',
              reason: issueText(p.error),
            },
          };
        }
      }
      const next: number | null = page.meta.pagination.next;
      page = next && next > page.meta.pagination.page ? await this.page(next) : null;
    }
  }

  private async page(n: number): Promise<z.output<typeof apiPageSchema>> {
    const url = new URL(this.base);
    url.searchParams.set('key', this.options.key);
    url.searchParams.set('include', 'tags,authors');
    url.searchParams.set('formats', 'html,plaintext');
    url.searchParams.set('limit', String(this.options.pageSize ?? 50));
    url.searchParams.set('page', String(n));
    url.searchParams.set('order', 'published_at asc');
    const shown = `${this.base.href} (page ${n})`;
    let res: Response;
    try {
      res = await (this.options.fetch ?? fetch)(url, {
        headers: { accept: 'application/json', 'accept-version': 'v5.0' },
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 30_000),
      });
    } catch (e) {
      throw new AppError('IMPORT_SOURCE_FAILED', `${shown}: ${(e as Error).message}`);
    }
    const body = await readBounded(res, MAX_PAGE_BYTES, shown);
    if (!res.ok) {
      const message = /"message"\s*:\s*"([^"]{1,300})"/.exec(body)?.[1];
      throw new AppError(
        'IMPORT_SOURCE_FAILED',
        `${shown}: the Ghost answered ${res.status}${message ? ` (${message})` : ''}`,
      );
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      throw new AppError('IMPORT_SOURCE_FAILED', `${shown}: the answer is not JSON`);
    }
    const parsed = apiPageSchema.safeParse(json);
    if (!parsed.success)
      throw new AppError(
        'IMPORT_SOURCE_FAILED',
        `${shown}: not a Content API answer (${issueText(parsed.error)})`,
      );
    return parsed.data;
  }
}

/** The body of `res` as text, refusing one larger than `max` bytes. */
export async function readBounded(res: Response, max: number, shown: string): Promise<string> {
  return (await readBoundedBytes(res, max, shown)).toString('utf8');
}

export async function readBoundedBytes(res: Response, max: number, shown: string): Promise<Buffer> {
  const declared = Number(res.headers.get('content-length') ?? '0');
  if (declared > max) {
    await res.body?.cancel();
    throw new AppError('IMPORT_SOURCE_FAILED', `${shown}: larger than ${max} bytes`);
  }
  const chunks: Buffer[] = [];
  let size = 0;
  if (res.body)
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      size += chunk.byteLength;
      if (size > max) {
        await res.body.cancel().catch(() => {});
        throw new AppError('IMPORT_SOURCE_FAILED', `${shown}: larger than ${max} bytes`);
      }
      chunks.push(Buffer.from(chunk));
    }
  return Buffer.concat(chunks);
}
