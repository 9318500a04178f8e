import type { Article, NewArticleInput } from '../../domain/article.ts';
import type { ImportKind, Store } from '../../storage/repositories/index.ts';
import type { ArticleWriter } from '../articles/article-writer.ts';
import type { Clock } from '../deps.ts';

/**
 * What importers remember about a source: which of its items became which article or media item,
 * and the old addresses that now lead to each article. An article, its map entry and its
 * redirects are written in one transaction, so a run stopped anywhere resumes without doubles.
 */
export class ImportLedger {
  constructor(
    private readonly store: Store,
    private readonly writer: ArticleWriter,
    private readonly clock: Clock,
  ) {}

  /** The id of what `source`'s item became, if it was imported before. */
  mapped(source: string, kind: ImportKind, sourceId: string): Promise<string | null> {
    return this.store.repos.importMap.find(source, kind, sourceId);
  }

  /** Records a media item made from a source's file (the upload has its own transaction). */
  recordMedia(source: string, sourceId: string, mediaId: string): Promise<void> {
    return this.store.repos.importMap.add(source, 'media', sourceId, mediaId, this.clock.now());
  }

  /** Creates the article with its map entry and redirects from `oldPaths`, all or nothing. */
  async createArticle(
    input: NewArticleInput,
    from: { source: string; sourceId: string; oldPaths: readonly string[] },
  ): Promise<{ article: Article; redirects: number }> {
    let redirects = 0;
    const article = await this.writer.create(input, {
      alongside: async (repos, articleId) => {
        const now = this.clock.now();
        await repos.importMap.add(from.source, 'article', from.sourceId, articleId, now);
        redirects = await repos.redirects.add(from.oldPaths, articleId, now);
      },
    });
    return { article, redirects };
  }
}
