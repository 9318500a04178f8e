import { type FeaturedImage, type NewArticleInput } from '../../domain/article.ts';
import type { Block } from '../../domain/body.ts';
import { AppError } from '../../domain/errors.ts';
import { imageOf } from '../../domain/media.ts';
import { isSafeUrl } from '../../domain/urls.ts';
import { zonedTimeToInstant } from '../../lib/dates.ts';
import { htmlToBlocks } from '../../services/articles/body-html.ts';
import { normalizeRedirectPath } from '../../services/redirects/redirect.service.ts';
import { importLanguage, ImportRun, reasonOf, type ImportDeps, type Unconverted } from '../import-kit.ts';
import type { ImportReport } from '../import-report.ts';
import { emptyChannel, readWxr, type WxrChannel, type WxrItem } from './wxr-reader.ts';
import { wordpressToHtml } from './wp-content.ts';

export type WxrImportDeps = ImportDeps;

export interface WxrImportOptions {
  /** The articles' language; default: the export's <language>, if the site publishes in it, else the site's default. */
  language?: string;
  /** The copy of wp-content/uploads; without it images keep their old addresses. */
  mediaDir?: string;
  /** Read and check everything, write nothing. */
  dryRun?: boolean;
  /** Called once the posts are counted, then after each post. */
  onStart?: (total: number) => void;
  onProgress?: (done: number) => void;
}

/** Types that are not content (menus, revisions, theme settings): passed over without a word. */
const SILENT_TYPES = new Set([
  'attachment',
  'nav_menu_item',
  'revision',
  'custom_css',
  'customize_changeset',
  'oembed_cache',
  'user_request',
  'wp_block',
  'wp_global_styles',
  'wp_navigation',
  'wp_template',
  'wp_template_part',
]);
const NO_DATE = /^0000-00-00/;
const UPLOADS = '/wp-content/uploads/';

/** The part of an address after wp-content/uploads/ (decoded), or null for other addresses. */
export function uploadsPath(url: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(new URL(url, 'http://old.invalid').pathname);
  } catch {
    return null;
  }
  const at = path.indexOf(UPLOADS);
  return at < 0 ? null : path.slice(at + UPLOADS.length);
}

/** "2024-05-07 09:30:00" as an instant: in UTC, or (the GMT field empty) in the site's time zone. */
function postInstant(item: WxrItem, timeZone: string): Date | null {
  const parse = (s: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/.exec(s.trim());
    if (!m || NO_DATE.test(s)) return null;
    const [y = 0, mo = 0, d = 0, h = 0, mi = 0, sec = 0] = m.slice(1).map((x) => Number(x || '0'));
    return { y, mo, d, h, mi, sec };
  };
  const gmt = parse(item.postDateGmt);
  if (gmt) return new Date(Date.UTC(gmt.y, gmt.mo - 1, gmt.d, gmt.h, gmt.mi, gmt.sec));
  const local = parse(item.postDate);
  return local ? zonedTimeToInstant(local.y, local.mo, local.d, local.h, local.mi, timeZone) : null;
}

/** An attachment item of the export: where its file was, and its alternative text. */
interface Attachment {
  url: string;
  alt: string;
}

/**
 * Imports a WordPress export (WXR) into articles: two streamed passes over the file (the first
 * finds attachments, authors and the number of posts; the second writes), each post in its own
 * transaction with its import-map entry and redirects. A post that fails is reported by its
 * title and the rest go on; a malformed file fails in the first pass, before anything is written.
 */
export class WxrImporter {
  constructor(private readonly deps: WxrImportDeps) {}

  async import(file: string, options: WxrImportOptions = {}): Promise<ImportReport> {
    const channel = emptyChannel();
    const attachments = new Map<string, Attachment>();
    let total = 0;
    for await (const item of readWxr(file, channel)) {
      if (item.postType === 'attachment' && item.attachmentUrl)
        attachments.set(item.postId, {
          url: item.attachmentUrl.trim(),
          alt: item.meta.get('_wp_attachment_image_alt') ?? '',
        });
      else if (item.postType === 'post') total++;
    }
    const language = importLanguage(this.deps.site, options.language, channel.language);
    const run = new WxrRun(this.deps, options, channel, attachments, language);
    options.onStart?.(total);
    let done = 0;
    for await (const item of readWxr(file, emptyChannel())) {
      if (SILENT_TYPES.has(item.postType)) continue;
      await run.item(item);
      if (item.postType === 'post') options.onProgress?.(++done);
    }
    return run.finish();
  }
}

/** One run of a WordPress import: the export's authors and attachments, over the common run. */
class WxrRun {
  private readonly run: ImportRun;
  private readonly authorNames: Map<string, string>;

  constructor(
    private readonly deps: WxrImportDeps,
    private readonly options: WxrImportOptions,
    channel: WxrChannel,
    private readonly attachments: Map<string, Attachment>,
    language: string,
  ) {
    const site = (channel.baseSiteUrl || channel.link).trim().replace(/\/+$/, '').toLowerCase();
    if (!site)
      throw new AppError(
        'IMPORT_MALFORMED',
        'the export names no site (wp:base_site_url or the channel link)',
        [{ field: 'wp:base_site_url', message: 'is missing' }],
      );
    this.run = new ImportRun(deps, `wordpress:${site}`, language, options.dryRun ?? false);
    this.authorNames = new Map(channel.authors.map((a) => [a.login, a.displayName]));
  }

  finish(): ImportReport {
    return this.run.finish();
  }

  async item(item: WxrItem): Promise<void> {
    const title = item.title.trim() || `(untitled, post ${item.postId || 'without id'})`;
    if (item.postType !== 'post') {
      this.run.skip(title, `a ${item.postType || 'typeless item'}, not a post`);
      return;
    }
    const status =
      item.status === 'publish'
        ? 'published'
        : item.status === 'draft' || item.status === 'pending' || item.status === 'future'
          ? 'draft'
          : null;
    if (!status) {
      this.run.skip(title, `status "${item.status}" is not imported`);
      return;
    }
    if (!/^\d{1,18}$/.test(item.postId.trim())) {
      this.run.fail(title, 'wp:post_id: is missing or not a number');
      return;
    }
    const postId = item.postId.trim();
    if (await this.run.importedBefore(postId)) return;
    const notes: Unconverted[] = [];
    if (item.status === 'future') notes.push({ what: 'scheduled post imported as a draft' });
    try {
      const body = await this.images(htmlToBlocks(wordpressToHtml(item.content, notes)), title);
      const category = item.terms.find((t) => t.domain === 'category' && t.name);
      const input: NewArticleInput & { status: 'published' | 'draft' } = {
        language: this.run.language,
        headline: item.title.trim(),
        standfirst: this.run.standfirst(item.excerpt, notes),
        body,
        sectionSlug: await this.run.section(
          safeDecode(category?.slug ?? ''),
          category?.name ?? 'Uncategorized',
        ),
        tags: this.run.tagsOf(
          item.terms.filter((t) => t.domain === 'post_tag' && t.name).map((t) => t.name),
          notes,
        ),
        authors: this.authorsOf(item),
        status,
        publishedAt: status === 'published' ? postInstant(item, this.deps.site.settings().timeZone) : null,
        featuredImage: await this.featured(item, title),
      };
      const oldPaths = [normalizeRedirectPath(item.link), `/?p=${postId}`].filter((p): p is string => !!p);
      await this.run.write(title, postId, input, oldPaths, notes);
    } catch (e) {
      this.run.fail(title, reasonOf(e));
    }
  }

  private authorsOf(item: WxrItem): { name: string }[] {
    const login = item.creator.trim();
    const name = (this.authorNames.get(login) ?? login).slice(0, 120).trim();
    return name ? [{ name }] : [];
  }

  private async featured(item: WxrItem, title: string): Promise<FeaturedImage | null> {
    const id = item.meta.get('_thumbnail_id');
    const attachment = id ? this.attachments.get(id) : undefined;
    if (!attachment) return null;
    const rel = uploadsPath(attachment.url);
    if (this.options.mediaDir && rel) {
      const m = await this.mediaFor(rel, attachment.alt, title);
      return m ? { ...imageOf(m), caption: null, credit: null } : null;
    }
    if (!isSafeUrl('image', attachment.url)) return null;
    this.run.keptAtOldAddress();
    return {
      src: attachment.url,
      alt: attachment.alt,
      caption: null,
      credit: null,
      width: null,
      height: null,
      mediaId: null,
    };
  }

  /** Body images from the old uploads folder moved into the media library (when it is given). */
  private async images(body: Block[], title: string): Promise<Block[]> {
    const out: Block[] = [];
    for (const b of body) {
      const rel = b.type === 'image' ? uploadsPath(b.src) : null;
      if (b.type !== 'image' || !rel) {
        out.push(b);
        continue;
      }
      if (!this.options.mediaDir) {
        this.run.keptAtOldAddress();
        out.push(b);
        continue;
      }
      const m = await this.mediaFor(rel, b.alt, title);
      if (m)
        out.push({ ...b, ...imageOf(m), alt: b.alt || m.alt, ...(b.caption ? { caption: b.caption } : {}) });
    }
    return out;
  }

  /** A file of the old uploads folder; a resized copy "x-300x200.jpg" falls back to its original "x.jpg". */
  private mediaFor(rel: string, alt: string, title: string) {
    return this.run.mediaFromFolder(this.options.mediaDir ?? '.', rel, alt, title, [
      rel.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1'),
    ]);
  }
}

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
