import { basename } from 'node:path';
import type { FeaturedImage, NewArticleInput } from '../../domain/article.ts';
import type { Block } from '../../domain/body.ts';
import { AppError } from '../../domain/errors.ts';
import { imageOf, type Media } from '../../domain/media.ts';
import { isSafeUrl } from '../../domain/urls.ts';
import { htmlToBlocks } from '../../services/articles/body-html.ts';
import { normalizeRedirectPath } from '../../services/redirects/redirect.service.ts';
import {
  importLanguage,
  ImportRun,
  noteDropped,
  reasonOf,
  type ImportDeps,
  type Unconverted,
} from '../import-kit.ts';
import type { ImportReport } from '../import-report.ts';
import { escapeText, resolveGhostUrl } from './ghost-html.ts';
import type { GhostPost } from './ghost-post.ts';
import { GhostContentApi, GhostExportFile, readBoundedBytes, type GhostSource } from './ghost-sources.ts';
import { LexicalError, lexicalToHtml } from './lexical-to-html.ts';
import { MobiledocError, mobiledocToHtml } from './mobiledoc-to-html.ts';

export interface GhostImportOptions {
  /** The articles' language; default: the site's default language. */
  language?: string;
  /** A copy of Ghost's content folder (holding images/): images are imported from it. */
  contentDir?: string;
  /** Read and check everything, write nothing. */
  dryRun?: boolean;
  onStart?: (total: number) => void;
  onProgress?: (done: number) => void;
}

export interface GhostFileOptions extends GhostImportOptions {
  /** The old site's address, for `__GHOST_URL__` in the file; without it, such addresses become site paths. */
  siteUrl?: string;
}

/** Images fetched from the old Ghost: bounded in size and time. */
const MAX_IMAGE_BYTES = 25 * 1024 * 1024;
const IMAGE_TIMEOUT_MS = 30_000;
/** "/content/images/size/w600/2024/05/x.jpg" → the file "images/2024/05/x.jpg" of the content folder. */
const CONTENT_IMAGE = /^\/content\/images\/(?:size\/[^/]+\/)?(?:format\/[^/]+\/)?(.+)$/;

/**
 * Imports Ghost posts into articles, from an export file (Settings → Advanced → Export, streamed)
 * or from a running Ghost's Content API. Lexical and Mobiledoc documents become our blocks (HTML
 * stored by older Ghosts goes through the same sanitiser); the primary tag becomes the section,
 * the other public tags tags; authors, excerpts, featured and inline images come along; each post's
 * old address answers 301. Posts are keyed by their Ghost uuid, so a second run — or the API after
 * the file — creates nothing twice.
 */
export class GhostImporter {
  constructor(
    private readonly deps: ImportDeps,
    private readonly fetchImpl: typeof fetch = fetch,
  ) {}

  async importFile(file: string, options: GhostFileOptions = {}): Promise<ImportReport> {
    const origin = options.siteUrl ? siteOrigin(options.siteUrl) : null;
    return this.run(new GhostExportFile(file, origin), options, false);
  }

  async importSite(url: string, key: string, options: GhostImportOptions = {}): Promise<ImportReport> {
    return this.run(new GhostContentApi({ url, key, fetch: this.fetchImpl }), options, true);
  }

  private async run(
    source: GhostSource,
    options: GhostImportOptions,
    download: boolean,
  ): Promise<ImportReport> {
    const language = importLanguage(this.deps.site, options.language, '');
    const total = await source.count();
    const run = new ImportRun(this.deps, 'ghost', language, options.dryRun ?? false);
    const post = new GhostPostImport(
      run,
      source.origin,
      options.contentDir ?? null,
      download,
      this.fetchImpl,
    );
    options.onStart?.(total);
    let done = 0;
    for await (const item of source.posts()) {
      if ('invalid' in item) run.fail(item.invalid.title, item.invalid.reason);
      else await post.import(item.post);
      options.onProgress?.(++done);
    }
    return run.finish();
  }
}

/** The per-post part of a run: statuses, body conversion, images, redirects. */
class GhostPostImport {
  constructor(
    private readonly run: ImportRun,
    private readonly origin: string | null,
    private readonly contentDir: string | null,
    private readonly download: boolean,
    private readonly fetchImpl: typeof fetch,
  ) {}

  async import(p: GhostPost): Promise<void> {
    const title = p.title.trim() || `(untitled, post ${p.id})`;
    if (p.type !== 'post') {
      this.run.skip(title, `a ${p.type || 'typeless item'}, not a post`);
      return;
    }
    const notes: Unconverted[] = [];
    const status = this.statusOf(p, notes);
    if (!status) {
      this.run.skip(title, `status "${p.status}" is not imported`);
      return;
    }
    if (await this.run.importedBefore(p.uuid)) return;
    try {
      const html = this.bodyHtml(p, notes);
      noteDropped(html, notes);
      const body = await this.images(htmlToBlocks(html), title);
      const publicTags = p.tags.filter((t) => t.visibility === 'public' && !t.name.startsWith('#'));
      const primary = publicTags[0];
      const input: NewArticleInput & { status: 'published' | 'draft' } = {
        language: this.run.language,
        headline: p.title.trim(),
        standfirst: this.run.standfirst(escapeText(p.customExcerpt ?? ''), notes),
        body,
        sectionSlug: await this.run.section(primary?.slug ?? '', primary?.name ?? 'Uncategorized'),
        tags: this.run.tagsOf(
          publicTags.slice(1).map((t) => t.name),
          notes,
        ),
        authors: p.authors
          .map((a) => ({ name: a.name.trim().slice(0, 120) }))
          .filter((a) => a.name)
          .slice(0, 10),
        status,
        publishedAt: status === 'published' ? p.publishedAt : null,
        featuredImage: await this.featured(p, title),
      };
      const oldPaths = [p.slug ? `/${p.slug}/` : '', p.url ?? '']
        .map((u) => (u ? normalizeRedirectPath(u) : null))
        .filter((u): u is string => !!u);
      await this.run.write(title, p.uuid, input, oldPaths, notes);
    } catch (e) {
      this.run.fail(title, reasonOf(e));
    }
  }

  private statusOf(p: GhostPost, notes: Unconverted[]): 'published' | 'draft' | null {
    const status =
      p.status === 'published'
        ? 'published'
        : ['draft', 'scheduled', 'sent'].includes(p.status)
          ? 'draft'
          : null;
    if (p.status === 'scheduled') notes.push({ what: 'scheduled post imported as a draft' });
    if (p.status === 'sent') notes.push({ what: 'email-only post imported as a draft' });
    // Members-only copy never becomes public unreviewed.
    if (status === 'published' && p.visibility !== 'public') {
      notes.push({ what: `post for ${p.visibility} readers imported as a draft` });
      return 'draft';
    }
    return status;
  }

  /** The post's document as HTML: Lexical, else Mobiledoc, else the stored HTML, else the plain text. */
  private bodyHtml(p: GhostPost, notes: Unconverted[]): string {
    const tried: string[] = [];
    for (const [doc, convert] of [
      [p.lexical, lexicalToHtml],
      [p.mobiledoc, mobiledocToHtml],
    ] as const) {
      if (!doc) continue;
      try {
        return convert(doc, this.origin, notes);
      } catch (e) {
        if (!(e instanceof LexicalError || e instanceof MobiledocError)) throw e;
        tried.push(e.message);
      }
    }
    if (tried.length) notes.push({ what: `${tried.join('; ')}: the stored HTML was used` });
    if (p.html) return resolveGhostUrl(p.html, this.origin);
    return (p.plaintext ?? '')
      .split(/\n\s*\n/)
      .map((s) => s.trim())
      .filter(Boolean)
      .map((s) => `<p>${escapeText(s)}</p>`)
      .join('');
  }

  private async featured(p: GhostPost, title: string): Promise<FeaturedImage | null> {
    if (!p.featureImage) return null;
    const src = resolveGhostUrl(p.featureImage, this.origin);
    const alt = p.featureImageAlt ?? '';
    const caption = p.featureImageCaption
      ? p.featureImageCaption
          .replace(/<[^>]*>/g, '')
          .trim()
          .slice(0, 1000)
      : null;
    const placed = await this.image(src, alt, title);
    if (!placed) return null;
    return 'media' in placed
      ? { ...imageOf(placed.media), alt: alt || placed.media.alt, caption, credit: null }
      : { src: placed.src, alt, caption, credit: null, width: null, height: null, mediaId: null };
  }

  private async images(body: Block[], title: string): Promise<Block[]> {
    const out: Block[] = [];
    for (const b of body) {
      if (b.type !== 'image') {
        out.push(b);
        continue;
      }
      const placed = await this.image(b.src, b.alt, title);
      if (!placed) continue;
      out.push(
        'media' in placed
          ? {
              ...b,
              ...imageOf(placed.media),
              alt: b.alt || placed.media.alt,
              ...(b.caption ? { caption: b.caption } : {}),
            }
          : b,
      );
    }
    return out;
  }

  /**
   * Where an image of the old site goes: into the media library (from the content folder, or
   * fetched from the old Ghost when importing over its API), else kept at its address when that is
   * an address readers can reach; null when it is lost (listed in the report).
   */
  private async image(
    src: string,
    alt: string,
    title: string,
  ): Promise<{ media: Media } | { src: string } | null> {
    const own = this.ownImagePath(src);
    if (own && this.contentDir) {
      const m = await this.run.mediaFromFolder(this.contentDir, `images/${own.file}`, alt, title, [
        `images/${own.original}`,
      ]);
      return m ? { media: m } : null;
    }
    if (own && this.download && this.origin) {
      const url = new URL(own.path, this.origin);
      const m = await this.run.mediaFromBytes(
        `images/${own.original}`,
        () => this.fetchImage(url),
        basename(own.original),
        alt,
        title,
      );
      return m ? { media: m } : null;
    }
    if (/^https?:\/\//i.test(src) && isSafeUrl('image', src)) {
      this.run.keptAtOldAddress();
      return { src };
    }
    this.run.report.missingImages.push({ title, file: src });
    return null;
  }

  /** The content-folder path of an image of the old site itself (relative, or on its origin). */
  private ownImagePath(src: string): { path: string; file: string; original: string } | null {
    let url: URL;
    try {
      url = new URL(src, 'http://relative.invalid');
    } catch {
      return null;
    }
    const onSite =
      url.hostname === 'relative.invalid' || (this.origin !== null && url.origin === this.origin);
    const m = onSite ? CONTENT_IMAGE.exec(decodeURIComponentSafe(url.pathname)) : null;
    if (!m?.[1]) return null;
    const sized = decodeURIComponentSafe(url.pathname).slice('/content/images/'.length);
    return { path: url.pathname, file: sized, original: m[1] };
  }

  private async fetchImage(url: URL): Promise<Buffer | null> {
    const res = await this.fetchImpl(url, { signal: AbortSignal.timeout(IMAGE_TIMEOUT_MS) });
    if (res.status === 404 || res.status === 410) {
      await res.body?.cancel();
      return null;
    }
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(`the old site answered ${res.status}`);
    }
    return readBoundedBytes(res, MAX_IMAGE_BYTES, url.href);
  }
}

function siteOrigin(url: string): string {
  const parsed = URL.canParse(url) ? new URL(url) : null;
  if (!parsed || (parsed.protocol !== 'http:' && parsed.protocol !== 'https:'))
    throw new AppError('VALIDATION_FAILED', `"${url}" is not an http(s) address`, [
      { field: 'siteUrl', message: 'must be the old site address (https://…)' },
    ]);
  return parsed.origin;
}

const decodeURIComponentSafe = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
