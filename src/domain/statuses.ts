/** Where an article stands. Apart from the schemas (no zod here), so the browser app can list them cheaply. */
export const articleStatuses = ['draft', 'in_review', 'scheduled', 'published', 'unpublished'] as const;
export type ArticleStatus = (typeof articleStatuses)[number];
