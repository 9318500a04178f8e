import type { Article } from '../../domain/article.ts';
import { bodyToPlainText } from '../../domain/body.ts';
import { snapshotOf, type ArticleSnapshot } from '../../domain/revisions.ts';
import {
  allowedActions,
  canEdit,
  canPublish,
  canSeeHeadline,
  isLive,
  type Actor,
  type WorkflowAction,
} from '../../domain/workflow.ts';
import { slugify } from '../../lib/slug.ts';
import type { Store, TranslationRef } from '../../storage/repositories/index.ts';

/** A translation as listed beside an article: its headline null when the person may not see it. */
export type TranslationItem = Omit<TranslationRef, 'headline' | 'ownerId'> & { headline: string | null };

/** An article as the editor sees it: the article, where it stands, and what this person may do. */
export interface EditorArticle {
  /** The article as stored: for a live article, what readers see. */
  article: Article;
  /** The fields as the editor works on them: the pending version when there is one. */
  editing: ArticleSnapshot;
  /** The section the editing fields name (the pending version may move the article). */
  editingSection: { slug: string; name: string };
  /** Edits to a live article not yet published with Update, or null. */
  pending: { savedAt: Date; by: string | null; submittedAt: Date | null } | null;
  owner: { id: string; name: string } | null;
  translations: TranslationItem[];
  allowedActions: WorkflowAction[];
  canEdit: boolean;
  canPublish: boolean;
}

/** The section a version names, as stored; the article's own when it names its own or one gone since. */
async function sectionOf(store: Store, article: Article, slug: string) {
  return slug === article.section.slug
    ? article.section
    : ((await store.repos.sections.findBySlug(slug)) ?? article.section);
}

/** The article as this person sees it in the editor: pending version, owner, translations, rights. */
export async function editorView(store: Store, actor: Actor, article: Article): Promise<EditorArticle> {
  const [owner, translations, pending] = await Promise.all([
    article.ownerId ? store.repos.accounts.userById(article.ownerId) : Promise.resolve(null),
    store.repos.articles.listTranslations(article.translationGroupId),
    isLive(article.status) ? store.repos.pending.get(article.id) : Promise.resolve(null),
  ]);
  const editing = pending?.snapshot ?? snapshotOf(article);
  const section = await sectionOf(store, article, editing.sectionSlug);
  return {
    article,
    editing,
    editingSection: { slug: section.slug, name: section.name },
    pending: pending
      ? { savedAt: pending.updatedAt, by: pending.userName, submittedAt: pending.submittedAt }
      : null,
    owner: owner ? { id: owner.id, name: owner.name } : null,
    translations: translations
      .filter((t) => t.id !== article.id)
      .map(({ ownerId, headline, ...t }) => ({
        ...t,
        headline: canSeeHeadline(actor, { ownerId, status: t.status }) ? headline : null,
      })),
    allowedActions: allowedActions(actor, article),
    canEdit: canEdit(actor, article),
    canPublish: canPublish(actor, article),
  };
}

/** The article as the preview shows it: a live article with its pending version applied. */
export async function previewOf(store: Store, v: EditorArticle): Promise<Article> {
  if (!v.pending) return v.article;
  const e = v.editing;
  const section = await sectionOf(store, v.article, e.sectionSlug);
  return {
    ...v.article,
    headline: e.headline,
    standfirst: e.standfirst,
    slug: e.slug,
    body: e.body,
    bodyText: bodyToPlainText(e.body),
    section: { id: section.id, slug: section.slug, name: section.name, color: section.color ?? null },
    tags: e.tags.map(
      (name) => v.article.tags.find((t) => t.name === name) ?? { id: '', slug: slugify(name), name },
    ),
    authors: e.authors.map(
      (p) =>
        v.article.authors.find((x) => x.name === p.name) ?? {
          id: '',
          slug: slugify(p.name),
          name: p.name,
          role: p.role,
        },
    ),
    sources: e.sources,
    featuredImage: e.featuredImage,
    breaking: e.breaking,
    breakingUntil: e.breakingUntil ? new Date(e.breakingUntil) : null,
  };
}
