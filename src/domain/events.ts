/** Events the platform announces to webhooks and acts on after commit (cache purge, analysis). */
export const articleEventTypes = ['article.published', 'article.updated', 'article.unpublished'] as const;
export type ArticleEventType = (typeof articleEventTypes)[number];

export interface ArticleEventPayload {
  id: string;
  language: string;
  slug: string;
  sectionSlug: string;
  headline: string;
  tagSlugs: string[];
  authorSlugs: string[];
  publishedAt: string | null;
  updatedAt: string | null;
}

export interface ArticleEvent {
  id: string;
  type: ArticleEventType;
  occurredAt: Date;
  article: ArticleEventPayload;
}
