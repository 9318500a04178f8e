import type { Article, FeaturedImage } from '../../domain/article.ts';
import { paragraph } from '../../domain/body.ts';
import { zonedTimeToInstant } from '../../lib/dates.ts';
import type { ArticleWriter } from '../../services/articles/article-writer.ts';
import type { SiteService } from '../../services/site/site.service.ts';
import { headlineFromText, parseTextArticle } from './parse-text-article.ts';

export interface TextImportOptions {
  language: string;
  sectionSlug: string;
  headline?: string;
  standfirst?: string;
  tags?: string[];
  /** Imported copy is published by default: it was published by its outlet already. */
  status?: 'draft' | 'published';
  translationGroupId?: string;
  /** The picture at the top (the demo's seed brings one). */
  featuredImage?: FeaturedImage;
}

/** Date-only captures are placed at local noon, so nearby time zones keep the same calendar day. */
const DEFAULT_HOUR = 12;

export class TextImporter {
  constructor(
    private readonly writer: ArticleWriter,
    private readonly site: SiteService,
  ) {}

  /** Parses and stores one article; a malformed file throws before anything is written. */
  async import(text: string, options: TextImportOptions): Promise<Article> {
    const parsed = parseTextArticle(text);
    const { year, month, day, hour, minute } = parsed.date;
    const publishedAt = zonedTimeToInstant(
      year,
      month,
      day,
      hour ?? DEFAULT_HOUR,
      minute ?? 0,
      this.site.settings().timeZone,
    );
    const sources = [...parsed.sources];
    // The last line names who published the copy; record it as the source unless it is us.
    if (
      parsed.publisher !== this.site.settings().name &&
      !sources.some((s) => s.outlet === parsed.publisher)
    ) {
      sources.unshift({ outlet: parsed.publisher, citing: null, url: null });
    }
    const status = options.status ?? 'published';
    return this.writer.create({
      language: options.language,
      translationGroupId: options.translationGroupId,
      headline: options.headline ?? parsed.headline ?? headlineFromText(parsed.paragraphs[0]),
      standfirst: options.standfirst ?? null,
      sectionSlug: options.sectionSlug,
      tags: options.tags ?? [],
      body: parsed.paragraphs.map(paragraph),
      sources,
      status,
      publishedAt: status === 'published' ? publishedAt : null,
      ...(options.featuredImage ? { featuredImage: options.featuredImage } : {}),
    });
  }
}
