import type { Kysely } from 'kysely';
import type { DB } from '../schema.ts';

/** Where an old address leads: the article's address parts, and whether readers may see it. */
export interface RedirectTarget {
  articleId: string;
  language: string;
  sectionSlug: string;
  slug: string;
  published: boolean;
}

/** Old addresses (paths as `normalizeRedirectPath` writes them) that answer 301 to an article. */
export class RedirectRepository {
  constructor(private readonly db: Kysely<DB>) {}

  /** Adds the addresses for an article; one already taken keeps its first article (false). */
  async add(paths: readonly string[], articleId: string, at: Date): Promise<number> {
    let added = 0;
    for (const path of new Set(paths)) {
      const r = await this.db
        .insertInto('redirects')
        .values({ path, article_id: articleId, created_at: at.toISOString() })
        .onConflict((oc) => oc.column('path').doNothing())
        .executeTakeFirst();
      added += Number(r.numInsertedOrUpdatedRows ?? 0n);
    }
    return added;
  }

  /** The article an old address leads to, with what its current address is made of. */
  async find(path: string): Promise<RedirectTarget | null> {
    const r = await this.db
      .selectFrom('redirects')
      .innerJoin('articles', 'articles.id', 'redirects.article_id')
      .innerJoin('sections', 'sections.id', 'articles.section_id')
      .select([
        'articles.id as articleId',
        'articles.language',
        'articles.slug',
        'articles.status',
        'sections.slug as sectionSlug',
      ])
      .where('redirects.path', '=', path)
      .executeTakeFirst();
    if (!r) return null;
    return {
      articleId: r.articleId,
      language: r.language,
      sectionSlug: r.sectionSlug,
      slug: r.slug,
      published: r.status === 'published',
    };
  }

  async countFor(articleId: string): Promise<number> {
    const r = await this.db
      .selectFrom('redirects')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('article_id', '=', articleId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
