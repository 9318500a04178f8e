import type { ArticleFields, EditorArticle } from '../../../../contract/articles.ts';
import { slugify } from '../../../../lib/slug.ts';
import { api, ApiError } from '../../api.ts';
import { t } from '../../i18n.ts';
import { slugFollowsHeadline } from './article-fields.ts';

/** One autosave: what the editor holds, sent to the API (created on the first save, updated after). */

/** What the editor holds when a save starts. */
export interface EditorSnapshot {
  article: EditorArticle | null;
  fields: ArticleFields;
  language: string;
  slugTouched: boolean;
}

/** The body of a create or update: empty bylines and sources left out; breaking only from those who may publish. */
function payloadOf(f: ArticleFields, a: EditorArticle | null): Record<string, unknown> {
  const payload: Record<string, unknown> = {
    headline: f.headline,
    standfirst: f.standfirst?.trim() ? f.standfirst : null,
    sectionSlug: f.sectionSlug,
    tags: f.tags,
    authors: f.authors.filter((x) => x.name.trim()),
    sources: f.sources.filter((x) => x.outlet.trim()),
    bodyHtml: f.bodyHtml,
    featuredImage: f.featuredImage,
  };
  if (a?.canPublish && f.breaking !== a.breaking) payload.breaking = f.breaking;
  if (a?.canPublish && (f.breakingUntil ?? null) !== (a.breakingUntil ?? null))
    payload.breakingUntil = f.breaking ? (f.breakingUntil ?? null) : null;
  return payload;
}

/** Saves the editor's state and answers the article as the server has it now; refused without a headline. */
export async function saveArticle(s: EditorSnapshot): Promise<EditorArticle> {
  const { article: a, fields: f, slugTouched: touched } = s;
  if (!f.headline.trim())
    throw new ApiError(0, 'NOT_READY', t('editor.needHeadline'), [
      { field: 'headline', message: t('editor.needHeadline') },
    ]);
  const payload = payloadOf(f, a);
  if (!a) {
    if (touched && f.slug) payload.slug = f.slug;
    return (await api<{ data: EditorArticle }>('POST', '/articles', { language: s.language, ...payload }))
      .data;
  }
  // The slug follows the headline until someone edits it by hand (or readers have seen it).
  const followed = !touched && !a.publishedAt;
  const wanted = touched
    ? f.slug
    : followed && !slugFollowsHeadline(a.slug, f.headline)
      ? slugify(f.headline)
      : undefined;
  for (let n = 1; ; n++) {
    const slug = wanted && n > 1 ? `${wanted}-${n}` : wanted;
    try {
      const res = await api<{ data: EditorArticle }>('PUT', `/articles/${a.id}`, {
        version: a.version,
        ...payload,
        ...(slug && slug !== a.slug ? { slug } : {}),
      });
      return res.data;
    } catch (e) {
      // A headline's slug already taken by another article: the next free number, as the server does on create.
      const slugTaken = e instanceof ApiError && e.code === 'CONFLICT' && !!e.issueFor('slug');
      if (!slugTaken || touched || n >= 20) throw e;
    }
  }
}
