import { z } from 'zod';
import { withSafeUrls, type Article } from '../../domain/article.ts';
import { editorArticleSchema, type EditorArticle as EditorArticleJson } from '../../contract/articles.ts';
import { dataOf } from '../../contract/wire.ts';
import { articleBodySchema, type Block } from '../../domain/body.ts';
import { AppError } from '../../domain/errors.ts';
import type { SnapshotDiff } from '../../domain/revisions.ts';
import type { EditorArticle } from '../../services/newsroom/editor-view.ts';
import type { NewsroomService } from '../../services/newsroom/newsroom.service.ts';
import { validate } from '../../services/validate.ts';
import { articleAction } from './article-action.ts';

/** What the endpoints answering with the editor's view need: the newsroom, and the public URLs. */
export interface EditorDeps {
  newsroom: NewsroomService;
  /** The public URL of a published article. */
  articleUrl(article: Article): string;
}

/** What the article endpoints answer with: `{data: EditorArticle}`. */
export const editorAnswer = dataOf(editorArticleSchema);

const iso = (d: Date | null) => (d ? d.toISOString() : null);

/**
 * The editor's HTML reader and writer (sanitize-html, htmlparser2), loaded on the newsroom's
 * first article request: a start serving readers never compiles them.
 */
export const bodyHtml = () => import('../../services/articles/body-html.ts');

/** An article as the editor sees it, on the wire (the contract's EditorArticle). */
export async function serializeEditorArticle(
  v: EditorArticle,
  deps: Pick<EditorDeps, 'articleUrl'>,
): Promise<EditorArticleJson> {
  const { blocksToHtml } = await bodyHtml();
  const a = v.article;
  // Editable fields come from what the editor works on (a live article's pending version), with
  // what the URL policy allows, so saving them back never trips over an old address.
  const e = withSafeUrls(v.editing);
  return {
    id: a.id,
    version: a.version,
    status: a.status,
    language: a.language,
    translationGroupId: a.translationGroupId,
    headline: e.headline,
    standfirst: e.standfirst,
    slug: e.slug,
    section: v.editingSection,
    tags: e.tags,
    authors: e.authors.map((p) => ({ name: p.name, role: p.role })),
    sources: e.sources,
    body: e.body,
    bodyHtml: blocksToHtml(e.body),
    featuredImage: e.featuredImage,
    breaking: e.breaking,
    breakingUntil: e.breaking ? (e.breakingUntil ?? null) : null,
    owner: v.owner,
    createdAt: a.createdAt.toISOString(),
    modifiedAt: a.modifiedAt.toISOString(),
    publishedAt: iso(a.publishedAt),
    updatedAt: iso(a.updatedAt),
    scheduledAt: iso(a.scheduledAt),
    corrections: a.corrections.map((c) => ({ text: c.text, createdAt: c.createdAt.toISOString() })),
    translations: v.translations.map((t) => ({
      id: t.id,
      language: t.language,
      headline: t.headline,
      status: t.status,
    })),
    pending: v.pending
      ? {
          savedAt: v.pending.savedAt.toISOString(),
          by: v.pending.by,
          submittedAt: iso(v.pending.submittedAt),
        }
      : null,
    publicUrl: a.status === 'published' ? deps.articleUrl(a) : null,
    previewUrl: `/admin/api/articles/${a.id}/preview`,
    allowedActions: v.allowedActions,
    canEdit: v.canEdit,
    canPublish: v.canPublish,
  };
}

/** Article endpoints that act through the newsroom service and answer with the editor's view. */
export const editorAction = (deps: Pick<EditorDeps, 'articleUrl'>) =>
  articleAction({ answer: async (v: EditorArticle) => ({ data: await serializeEditorArticle(v, deps) }) });

/** Article endpoints that answer with a comparison of two versions. */
export const diffAction = articleAction({ answer: (data: SnapshotDiff) => ({ data }) });

/** The body of a create or save: blocks as sent, or blocks from `bodyHtml`; never both. */
export async function bodyOf(input: { bodyHtml?: string | undefined; body?: unknown }) {
  if (input.bodyHtml !== undefined && input.body !== undefined)
    throw new AppError('VALIDATION_FAILED', 'send either body or bodyHtml, not both', [
      { field: 'bodyHtml', message: 'send either body or bodyHtml, not both' },
    ]);
  if (input.bodyHtml !== undefined) {
    const { htmlToBlocks } = await bodyHtml();
    // The blocks the HTML gives are held to the body's limits; a refusal names bodyHtml.
    const blocks = validate(z.object({ bodyHtml: articleBodySchema }), {
      bodyHtml: htmlToBlocks(input.bodyHtml),
    }).bodyHtml;
    return { body: blocks };
  }
  return input.body !== undefined ? { body: input.body as Block[] } : {};
}
