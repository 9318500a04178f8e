import type { z } from 'zod';
import { articleFieldsSchema, type Article } from '../../domain/article.ts';
import type { Block } from '../../domain/body.ts';
import type { ArticleSnapshot } from '../../domain/revisions.ts';

/** What an editor may change in an article (language and translation group are fixed at creation). */
export const articleUpdateSchema = articleFieldsSchema
  .pick({
    headline: true,
    standfirst: true,
    slug: true,
    body: true,
    sectionSlug: true,
    tags: true,
    authors: true,
    sources: true,
    featuredImage: true,
    breaking: true,
    breakingUntil: true,
  })
  .partial()
  .strict();
export type ArticleUpdateInput = z.input<typeof articleUpdateSchema>;
export type ArticlePatch = z.output<typeof articleUpdateSchema>;

/** A pending version with a patch applied. */
export function withPatch(base: ArticleSnapshot, patch: ArticlePatch): ArticleSnapshot {
  return {
    ...base,
    ...(patch.headline !== undefined ? { headline: patch.headline } : {}),
    ...(patch.standfirst !== undefined ? { standfirst: patch.standfirst || null } : {}),
    ...(patch.slug !== undefined ? { slug: patch.slug } : {}),
    ...(patch.body !== undefined ? { body: patch.body } : {}),
    ...(patch.sectionSlug !== undefined ? { sectionSlug: patch.sectionSlug } : {}),
    ...(patch.tags !== undefined ? { tags: patch.tags } : {}),
    ...(patch.authors !== undefined ? { authors: patch.authors } : {}),
    ...(patch.sources !== undefined ? { sources: patch.sources } : {}),
    ...(patch.featuredImage !== undefined ? { featuredImage: patch.featuredImage } : {}),
    ...(patch.breaking !== undefined ? { breaking: patch.breaking } : {}),
    ...(patch.breakingUntil !== undefined
      ? { breakingUntil: patch.breakingUntil?.toISOString() ?? null }
      : {}),
  };
}

/** Everything a pending version changes, as a patch to the live article. */
export function patchOf(
  snap: ArticleSnapshot,
  live: Article,
): ArticlePatch & { body: Block[]; featuredImage: ArticleSnapshot['featuredImage'] } {
  return {
    headline: snap.headline,
    standfirst: snap.standfirst,
    ...(snap.slug !== live.slug ? { slug: snap.slug } : {}),
    body: snap.body,
    sectionSlug: snap.sectionSlug,
    tags: snap.tags,
    authors: snap.authors.map((a) => ({ name: a.name, role: a.role })),
    sources: snap.sources,
    featuredImage: snap.featuredImage,
    breaking: snap.breaking,
    breakingUntil: snap.breakingUntil ? new Date(snap.breakingUntil) : null,
  };
}
