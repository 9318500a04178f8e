import { readFile } from 'node:fs/promises';
import { basename, resolve, sep } from 'node:path';
import { newArticleSchema, type FeaturedImage, type NewArticleInput } from '../../domain/article.ts';
import type { Block } from '../../domain/body.ts';
import { AppError, isAppError } from '../../domain/errors.ts';
import { imageOf, type Media } from '../../domain/media.ts';
import { isSafeUrl } from '../../domain/urls.ts';
import { zonedTimeToInstant } from '../../lib/dates.ts';
import { slugify } from '../../lib/slug.ts';
import { htmlToBlocks } from '../../services/articles/body-html.ts';
import type { ImportLedger } from '../../services/imports/import-ledger.ts';
import type { UploadInput } from '../../services/media/media.service.ts';
import type { SiteService } from '../../services/site/site.service.ts';
import { reservedSectionSlugs, type TaxonomyService } from '../../services/taxonomy/taxonomy.service.ts';
import { validate } from '../../services/validate.ts';
import { normalizeRedirectPath } from '../../services/redirects/redirect.service.ts';
import { emptyReport, type WxrReport } from './wxr-report.ts';
import { emptyChannel, readWxr, type WxrChannel, type WxrItem } from './wxr-reader.ts';
import { wordpressToHtml, type Unconverted } from './wp-content.ts';

export interface WxrImportDeps {
  ledger: ImportLedger;
  taxonomy: TaxonomyService;
  site: SiteService;
  media: { upload(input: UploadInput): Promise<Media>; find(id: string): Promise<Media | null> };
}

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
const MAX_TAGS = 30;
const MAX_STANDFIRST = 600;
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

const plainText = (html: string) =>
  html
    // Block ends part words; inline tags (<em>) do not.
    .replace(/<\/?(?:p|br|div|li|h[1-6])\b[^>]*>/gi, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;/g, "'")
    .replace(/\s+/g, ' ')
    .trim();

const reasonOf = (e: unknown) => (isAppError(e) || e instanceof Error ? e.message : String(e));

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

  async import(file: string, options: WxrImportOptions = {}): Promise<WxrReport> {
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
    const run = new WxrRun(this.deps, options, channel, attachments, this.languageOf(channel, options));
    options.onStart?.(total);
    let done = 0;
    for await (const item of readWxr(file, emptyChannel())) {
      if (SILENT_TYPES.has(item.postType)) continue;
      await run.item(item);
      if (item.postType === 'post') options.onProgress?.(++done);
    }
    return run.finish();
  }

  private languageOf(channel: WxrChannel, options: WxrImportOptions): string {
    const { site } = this.deps;
    if (options.language) {
      if (!site.isLanguage(options.language))
        throw new AppError(
          'LANGUAGE_NOT_ENABLED',
          `language "${options.language}" is not enabled on this site`,
          [{ field: 'language', message: `must be one of ${site.settings().languages.join(', ')}` }],
        );
      return options.language;
    }
    const fromFile = channel.language.toLowerCase().split(/[-_]/)[0] ?? '';
    return site.isLanguage(fromFile) ? fromFile : site.settings().defaultLanguage;
  }
}

/** One run of an import: what it has seen so far, and its report. */
class WxrRun {
  private readonly report: WxrReport;
  private readonly source: string;
  private readonly authorNames: Map<string, string>;
  private readonly sections = new Map<string, string>();
  private readonly tags = new Set<string>();
  private readonly authors = new Set<string>();
  private readonly media = new Map<string, Media | null>();

  constructor(
    private readonly deps: WxrImportDeps,
    private readonly options: WxrImportOptions,
    channel: WxrChannel,
    private readonly attachments: Map<string, Attachment>,
    private readonly language: string,
  ) {
    this.report = emptyReport(options.dryRun ?? false);
    const site = (channel.baseSiteUrl || channel.link).trim().replace(/\/+$/, '').toLowerCase();
    if (!site)
      throw new AppError(
        'IMPORT_MALFORMED',
        'the export names no site (wp:base_site_url or the channel link)',
        [{ field: 'wp:base_site_url', message: 'is missing' }],
      );
    this.source = `wordpress:${site}`;
    this.authorNames = new Map(channel.authors.map((a) => [a.login, a.displayName]));
  }

  finish(): WxrReport {
    this.report.tags = this.tags.size;
    this.report.authors = this.authors.size;
    return this.report;
  }

  async item(item: WxrItem): Promise<void> {
    const title = item.title.trim() || `(untitled, post ${item.postId || 'without id'})`;
    if (item.postType !== 'post') {
      this.report.skipped.push({ title, reason: `a ${item.postType || 'typeless item'}, not a post` });
      return;
    }
    const status =
      item.status === 'publish'
        ? 'published'
        : item.status === 'draft' || item.status === 'pending' || item.status === 'future'
          ? 'draft'
          : null;
    if (!status) {
      this.report.skipped.push({ title, reason: `status "${item.status}" is not imported` });
      return;
    }
    if (!/^\d{1,18}$/.test(item.postId.trim())) {
      this.report.failed.push({ title, reason: 'wp:post_id: is missing or not a number' });
      return;
    }
    const postId = item.postId.trim();
    if (await this.deps.ledger.mapped(this.source, 'article', postId)) {
      this.report.articles.alreadyImported++;
      return;
    }
    try {
      const notes: Unconverted[] = [];
      if (item.status === 'future') notes.push({ what: 'scheduled post imported as a draft' });
      const body = await this.images(htmlToBlocks(wordpressToHtml(item.content, notes)), title);
      const input: NewArticleInput = {
        language: this.language,
        headline: item.title.trim(),
        standfirst: this.standfirst(item.excerpt, notes),
        body,
        sectionSlug: await this.section(item),
        tags: this.tagsOf(item, notes),
        authors: this.authorsOf(item),
        status,
        publishedAt: status === 'published' ? postInstant(item, this.deps.site.settings().timeZone) : null,
        featuredImage: await this.featured(item, title),
      };
      const oldPaths = [normalizeRedirectPath(item.link), `/?p=${postId}`].filter((p): p is string => !!p);
      if (this.options.dryRun) {
        validate(newArticleSchema, input);
        this.report.redirects += oldPaths.length;
      } else {
        const created = await this.deps.ledger.createArticle(input, {
          source: this.source,
          sourceId: postId,
          oldPaths,
        });
        this.report.redirects += created.redirects;
      }
      this.report.articles[status]++;
      for (const t of input.tags ?? []) this.tags.add(t.toLowerCase());
      for (const a of input.authors ?? []) this.authors.add(a.name);
      for (const n of notes) this.report.unconverted.push({ title, what: n.what });
    } catch (e) {
      this.report.failed.push({ title, reason: reasonOf(e) });
    }
  }

  private standfirst(excerpt: string, notes: Unconverted[]): string | null {
    const text = plainText(excerpt);
    if (text.length <= MAX_STANDFIRST) return text || null;
    notes.push({ what: `excerpt shortened to ${MAX_STANDFIRST} characters` });
    return `${text.slice(0, MAX_STANDFIRST - 1).trimEnd()}…`;
  }

  private tagsOf(item: WxrItem, notes: Unconverted[]): string[] {
    const names = [
      ...new Set(item.terms.filter((t) => t.domain === 'post_tag' && t.name).map((t) => t.name.slice(0, 80))),
    ];
    if (names.length > MAX_TAGS)
      notes.push({ what: `${names.length - MAX_TAGS} tags over ${MAX_TAGS} left out` });
    return names.slice(0, MAX_TAGS);
  }

  private authorsOf(item: WxrItem): { name: string }[] {
    const login = item.creator.trim();
    const name = (this.authorNames.get(login) ?? login).slice(0, 120).trim();
    return name ? [{ name }] : [];
  }

  /** The slug of the section for the post's first category, created (named in the import's language) if missing. */
  private async section(item: WxrItem): Promise<string> {
    const category = item.terms.find((t) => t.domain === 'category' && t.name);
    const name = category?.name ?? 'Uncategorized';
    let slug = slugify(safeDecode(category?.slug ?? '') || name) || 'uncategorized';
    if (reservedSectionSlugs.has(slug)) slug = `${slug}-news`;
    const known = this.sections.get(slug);
    if (known) return known;
    const { taxonomy, site } = this.deps;
    if (!(await taxonomy.section(slug))) {
      const names = this.language === site.settings().defaultLanguage ? {} : { [this.language]: { name } };
      if (!this.options.dryRun) await taxonomy.createSection({ slug, name, names });
      this.report.sectionsCreated.push(slug);
    }
    this.sections.set(slug, slug);
    return slug;
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
    this.report.images.keptAtOldAddress++;
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
        this.report.images.keptAtOldAddress++;
        out.push(b);
        continue;
      }
      const m = await this.mediaFor(rel, b.alt, title);
      if (m)
        out.push({ ...b, ...imageOf(m), alt: b.alt || m.alt, ...(b.caption ? { caption: b.caption } : {}) });
    }
    return out;
  }

  /**
   * The media item for a file of the old uploads folder: imported before, or uploaded now (a
   * resized copy "x-300x200.jpg" falls back to its original "x.jpg"). Null when the file is not
   * there (listed) or in a dry run (counted).
   */
  private async mediaFor(rel: string, alt: string, title: string): Promise<Media | null> {
    const dir = resolve(this.options.mediaDir ?? '.');
    for (const candidate of [rel, rel.replace(/-\d+x\d+(\.[a-z0-9]+)$/i, '$1')]) {
      if (this.media.has(candidate)) return this.media.get(candidate) ?? null;
      const mappedId = await this.deps.ledger.mapped(this.source, 'media', candidate);
      const mapped = mappedId ? await this.deps.media.find(mappedId) : null;
      if (mapped) {
        this.report.images.reused++;
        this.media.set(candidate, mapped);
        return mapped;
      }
      const path = resolve(dir, candidate);
      if (!path.startsWith(dir + sep)) break; // "../" in an address never leaves the folder
      const bytes = await readFile(path).catch((e: unknown) => {
        const code = (e as NodeJS.ErrnoException | null)?.code;
        if (code === 'ENOENT' || code === 'EISDIR') return null;
        throw e;
      });
      if (!bytes) continue;
      if (this.options.dryRun) {
        this.report.images.imported++;
        this.media.set(candidate, null);
        return null;
      }
      try {
        const m = await this.deps.media.upload({
          bytes,
          filename: basename(path),
          alt: alt.slice(0, 500),
          uploadedBy: null,
        });
        await this.deps.ledger.recordMedia(this.source, candidate, m.id);
        this.report.images.imported++;
        this.media.set(candidate, m);
        return m;
      } catch (e) {
        this.report.unconverted.push({ title, what: `image ${rel}: ${reasonOf(e)}` });
        this.media.set(candidate, null);
        return null;
      }
    }
    this.report.missingImages.push({ title, file: rel });
    return null;
  }
}

const safeDecode = (s: string): string => {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
};
