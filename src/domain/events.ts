import type { Article } from './article.ts';

/**
 * Events written to the outbox in the same transaction as the change they describe, and acted
 * on after commit by the EventDispatcher: the one place that purges cached pages.
 */

/** Article events, also announced to the webhooks that subscribe to them. */
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

/** Editors changed a front-page slot: the front page in that language changed (not sent to webhooks). */
export interface FrontpageChangedEvent {
  id: string;
  type: 'frontpage.changed';
  occurredAt: Date;
  language: string;
}

/**
 * Editors corrected, approved, withdrew or hid part of a published article's reading: its page,
 * topics and story changed (not sent to webhooks).
 */
export interface ReadingChangedEvent {
  id: string;
  type: 'reading.changed';
  occurredAt: Date;
  article: ArticleEventPayload;
}

/** Admins changed site-wide settings (name, tagline, page size…): every page may show them. */
export interface SiteChangedEvent {
  id: string;
  type: 'site.changed';
  occurredAt: Date;
  /** The settings changed (for logs; every page is purged either way). */
  keys: string[];
}

/**
 * A live blog's entry was posted, edited, deleted, or the coverage closed: its page and feeds
 * changed, and the readers connected to it hear of the entry (not sent to webhooks).
 */
export interface LiveChangedEvent {
  id: string;
  type: 'live.changed';
  occurredAt: Date;
  article: ArticleEventPayload;
  entryId: string;
  change: 'posted' | 'edited' | 'deleted' | 'closed';
}

export type OutboxEvent =
  ArticleEvent | FrontpageChangedEvent | ReadingChangedEvent | SiteChangedEvent | LiveChangedEvent;
export type OutboxEventType = OutboxEvent['type'];

export function isArticleEvent(e: OutboxEvent): e is ArticleEvent {
  return (articleEventTypes as readonly string[]).includes(e.type);
}

/** What an event tells of an article: enough to name the pages it appears on. */
export function payloadOf(a: Article): ArticleEventPayload {
  return {
    id: a.id,
    language: a.language,
    slug: a.slug,
    sectionSlug: a.section.slug,
    headline: a.headline,
    tagSlugs: a.tags.map((t) => t.slug),
    authorSlugs: a.authors.map((p) => p.slug),
    publishedAt: a.publishedAt?.toISOString() ?? null,
    updatedAt: a.updatedAt?.toISOString() ?? null,
  };
}
