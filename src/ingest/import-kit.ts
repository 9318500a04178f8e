import { readFile } from 'node:fs/promises';
import { basename, resolve, sep } from 'node:path';
import { newArticleSchema, type NewArticleInput } from '../domain/article.ts';
import { AppError, isAppError } from '../domain/errors.ts';
import type { Media } from '../domain/media.ts';
import { slugify } from '../lib/slug.ts';
import type { ImportLedger } from '../services/imports/import-ledger.ts';
import type { UploadInput } from '../services/media/media.service.ts';
import type { SiteService } from '../services/site/site.service.ts';
import { reservedSectionSlugs, type TaxonomyService } from '../services/taxonomy/taxonomy.service.ts';
import { validate } from '../services/validate.ts';
import { emptyReport, type ImportReport } from './import-report.ts';

/** What every importer (WordPress, Ghost) writes through. */
export interface ImportDeps {
  ledger: ImportLedger;
  taxonomy: TaxonomyService;
  site: SiteService;
  media: { upload(input: UploadInput): Promise<Media>; find(id: string): Promise<Media | null> };
}

/** Something of a post the import could not carry over, for the report. */
export interface Unconverted {
  what: string;
}

/** Elements the body cannot hold, named so the report says what was lost. */
export function noteDropped(html: string, notes: Unconverted[]): void {
  for (const tag of ['script', 'iframe', 'table', 'video', 'audio', 'form']) {
    if (new RegExp(`<${tag}[\\s>]`, 'i').test(html)) notes.push({ what: `<${tag}> removed` });
  }
}

export const MAX_TAGS = 30;
export const MAX_STANDFIRST = 600;

export const reasonOf = (e: unknown): string => (isAppError(e) || e instanceof Error ? e.message : String(e));

/** HTML (an excerpt, a caption) as one line of plain text. */
export const plainText = (html: string): string =>
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

/** The language an import writes in: the one asked for (it must be enabled), else the file's, else the site's. */
export function importLanguage(site: SiteService, asked: string | undefined, fromFile: string): string {
  if (asked) {
    if (!site.isLanguage(asked))
      throw new AppError('LANGUAGE_NOT_ENABLED', `language "${asked}" is not enabled on this site`, [
        { field: 'language', message: `must be one of ${site.settings().languages.join(', ')}` },
      ]);
    return asked;
  }
  const code = fromFile.toLowerCase().split(/[-_]/)[0] ?? '';
  return site.isLanguage(code) ? code : site.settings().defaultLanguage;
}

/**
 * One run of an import, whatever the source: the report, the sections, tags, authors and media
 * it has met, and the writing of each article with its import-map entry and redirects (or, in a
 * dry run, only the checks).
 */
export class ImportRun {
  readonly report: ImportReport;
  private readonly sections = new Map<string, string>();
  private readonly tags = new Set<string>();
  private readonly authors = new Set<string>();
  private readonly media = new Map<string, Media | null>();

  constructor(
    private readonly deps: ImportDeps,
    /** The import map's name for the source, e.g. "wordpress:https://old.example". */
    readonly source: string,
    readonly language: string,
    readonly dryRun: boolean,
  ) {
    this.report = emptyReport(dryRun);
  }

  finish(): ImportReport {
    this.report.tags = this.tags.size;
    this.report.authors = this.authors.size;
    return this.report;
  }

  /** True (and counted) when the source's item became an article in an earlier run. */
  async importedBefore(sourceId: string): Promise<boolean> {
    if (!(await this.deps.ledger.mapped(this.source, 'article', sourceId))) return false;
    this.report.articles.alreadyImported++;
    return true;
  }

  /** Writes (or in a dry run checks) one article; a failure is reported under `title`, never thrown. */
  async write(
    title: string,
    sourceId: string,
    input: NewArticleInput & { status: 'published' | 'draft' },
    oldPaths: readonly string[],
    notes: readonly Unconverted[],
  ): Promise<void> {
    try {
      if (this.dryRun) {
        validate(newArticleSchema, input);
        this.report.redirects += new Set(oldPaths).size;
      } else {
        const created = await this.deps.ledger.createArticle(input, {
          source: this.source,
          sourceId,
          oldPaths: [...new Set(oldPaths)],
        });
        this.report.redirects += created.redirects;
      }
      this.report.articles[input.status]++;
      for (const t of input.tags ?? []) this.tags.add(t.toLowerCase());
      for (const a of input.authors ?? []) this.authors.add(a.name);
      for (const n of notes) this.report.unconverted.push({ title, what: n.what });
    } catch (e) {
      this.report.failed.push({ title, reason: reasonOf(e) });
    }
  }

  fail(title: string, reason: string): void {
    this.report.failed.push({ title, reason });
  }

  skip(title: string, reason: string): void {
    this.report.skipped.push({ title, reason });
  }

  note(title: string, what: string): void {
    this.report.unconverted.push({ title, what });
  }

  standfirst(html: string, notes: Unconverted[]): string | null {
    const text = plainText(html);
    if (text.length <= MAX_STANDFIRST) return text || null;
    notes.push({ what: `excerpt shortened to ${MAX_STANDFIRST} characters` });
    return `${text.slice(0, MAX_STANDFIRST - 1).trimEnd()}…`;
  }

  tagsOf(names: readonly string[], notes: Unconverted[]): string[] {
    const unique = [...new Set(names.map((n) => n.trim().slice(0, 80)).filter(Boolean))];
    if (unique.length > MAX_TAGS)
      notes.push({ what: `${unique.length - MAX_TAGS} tags over ${MAX_TAGS} left out` });
    return unique.slice(0, MAX_TAGS);
  }

  /** The slug of the section named `name` (slug from `slugHint`), created in the import's language if missing. */
  async section(slugHint: string, name: string): Promise<string> {
    // Section slugs hold 100 characters.
    let slug = (slugify(slugHint || name) || 'uncategorized').slice(0, 90).replace(/-+$/, '');
    if (reservedSectionSlugs.has(slug)) slug = `${slug}-news`;
    const known = this.sections.get(slug);
    if (known) return known;
    const { taxonomy, site } = this.deps;
    if (!(await taxonomy.section(slug))) {
      const names = this.language === site.settings().defaultLanguage ? {} : { [this.language]: { name } };
      if (!this.dryRun) await taxonomy.createSection({ slug, name, names });
      this.report.sectionsCreated.push(slug);
    }
    this.sections.set(slug, slug);
    return slug;
  }

  /**
   * The media item for a file under `dir` at `rel` (or, failing that, at each of `fallbacks`):
   * imported before, or uploaded now. Null when no such file is there (listed as missing) or in a
   * dry run (counted). `rel` never leaves `dir`.
   */
  async mediaFromFolder(
    dir: string,
    rel: string,
    alt: string,
    title: string,
    fallbacks: readonly string[] = [],
  ): Promise<Media | null> {
    const root = resolve(dir);
    for (const candidate of [rel, ...fallbacks]) {
      const reused = await this.known(candidate);
      if (reused !== undefined) return reused;
      const path = resolve(root, candidate);
      if (!path.startsWith(root + sep)) break; // "../" in an address never leaves the folder
      const bytes = await readFile(path).catch((e: unknown) => {
        const code = (e as NodeJS.ErrnoException | null)?.code;
        if (code === 'ENOENT' || code === 'EISDIR') return null;
        throw e;
      });
      if (bytes) return this.upload(candidate, bytes, basename(path), alt, title, rel);
    }
    this.report.missingImages.push({ title, file: rel });
    return null;
  }

  /**
   * The media item for bytes the importer fetched itself (`key` names them in the import map).
   * `fetchBytes` runs only when the key was not imported before; null from it means the file is missing.
   */
  async mediaFromBytes(
    key: string,
    fetchBytes: () => Promise<Buffer | null>,
    filename: string,
    alt: string,
    title: string,
  ): Promise<Media | null> {
    const reused = await this.known(key);
    if (reused !== undefined) return reused;
    let bytes: Buffer | null;
    try {
      bytes = await fetchBytes();
    } catch (e) {
      this.report.unconverted.push({ title, what: `image ${key}: ${reasonOf(e)}` });
      this.media.set(key, null);
      return null;
    }
    if (!bytes) {
      this.report.missingImages.push({ title, file: key });
      return null;
    }
    return this.upload(key, bytes, filename, alt, title, key);
  }

  keptAtOldAddress(): void {
    this.report.images.keptAtOldAddress++;
  }

  /** A media item met earlier in this run or imported in an earlier one; undefined when neither. */
  private async known(key: string): Promise<Media | null | undefined> {
    if (this.media.has(key)) return this.media.get(key) ?? null;
    const mappedId = await this.deps.ledger.mapped(this.source, 'media', key);
    const mapped = mappedId ? await this.deps.media.find(mappedId) : null;
    if (!mapped) return undefined;
    this.report.images.reused++;
    this.media.set(key, mapped);
    return mapped;
  }

  private async upload(
    key: string,
    bytes: Buffer,
    filename: string,
    alt: string,
    title: string,
    shownAs: string,
  ): Promise<Media | null> {
    if (this.dryRun) {
      this.report.images.imported++;
      this.media.set(key, null);
      return null;
    }
    try {
      const m = await this.deps.media.upload({ bytes, filename, alt: alt.slice(0, 500), uploadedBy: null });
      await this.deps.ledger.recordMedia(this.source, key, m.id);
      this.report.images.imported++;
      this.media.set(key, m);
      return m;
    } catch (e) {
      this.report.unconverted.push({ title, what: `image ${shownAs}: ${reasonOf(e)}` });
      this.media.set(key, null);
      return null;
    }
  }
}
