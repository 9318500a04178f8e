import type { Kysely } from 'kysely';
import type { Database } from '../database.ts';
import type { DB } from '../schema.ts';
import { createSearchIndex, type SearchIndex } from '../search/index.ts';
import { ArticleRepository } from './article.repository.ts';
import { ArticleListRepository } from './article-list.repository.ts';
export type { PendingChange } from './pending-change.repository.ts';
import { LanguageRepository, SettingsRepository } from './settings.repository.ts';
import { PersonRepository, SectionRepository, TagRepository } from './taxonomy.repository.ts';
import { TaxonomyDeskRepository } from './taxonomy-desk.repository.ts';
import { ViewRepository } from './view.repository.ts';
import { ApiKeyRepository } from './api-key.repository.ts';
import { OutboxRepository } from './outbox.repository.ts';
import { WebhookRepository } from './webhook.repository.ts';
import { AnalysisRepository } from './analysis.repository.ts';
import { BodyMemo } from './body-memo.ts';
import { StoryRepository } from './story.repository.ts';
import { AccountRepository } from './account.repository.ts';
import { MediaRepository } from './media.repository.ts';
import { FrontpageRepository } from './frontpage.repository.ts';
import { PendingChangeRepository } from './pending-change.repository.ts';
import { RevisionRepository } from './revision.repository.ts';
import { TwoFactorRepository } from './two-factor.repository.ts';
import { RedirectRepository } from './redirect.repository.ts';
import { ImportMapRepository } from './import-map.repository.ts';
import { WireRepository } from './wire.repository.ts';
import { LiveBlogRepository } from './live-blog.repository.ts';

export interface Repositories {
  /** One article: its writes, slugs, relations, translations. */
  articles: ArticleRepository;
  /** Articles in lists: readers' listings, search hits, sitemaps, the newsroom's list. */
  listings: ArticleListRepository;
  sections: SectionRepository;
  tags: TagRepository;
  people: PersonRepository;
  /** Sections and tags with all their names, as the newsroom's settings screen edits them. */
  taxonomyDesk: TaxonomyDeskRepository;
  settings: SettingsRepository;
  languages: LanguageRepository;
  views: ViewRepository;
  apiKeys: ApiKeyRepository;
  outbox: OutboxRepository;
  webhooks: WebhookRepository;
  analysis: AnalysisRepository;
  stories: StoryRepository;
  accounts: AccountRepository;
  media: MediaRepository;
  revisions: RevisionRepository;
  frontpage: FrontpageRepository;
  pending: PendingChangeRepository;
  twoFactor: TwoFactorRepository;
  /** Old addresses (imported permalinks) answering 301 to articles. */
  redirects: RedirectRepository;
  /** What imports created from each source item (idempotent, resumable imports). */
  importMap: ImportMapRepository;
  /** Wire sources, their polling state, and the items they delivered. */
  wire: WireRepository;
  /** Live blogs and their entries. */
  live: LiveBlogRepository;
  /** The full-text index of articles (FTS5 or tsvector), written in the same transactions. */
  search: SearchIndex;
}

export function createRepositories(
  db: Kysely<DB>,
  kind: Database['kind'],
  onOutboxAdded: () => void = () => {},
  bodies: BodyMemo = new BodyMemo(),
): Repositories {
  return {
    articles: new ArticleRepository(db, kind, bodies),
    listings: new ArticleListRepository(db, kind, bodies),
    sections: new SectionRepository(db),
    tags: new TagRepository(db),
    people: new PersonRepository(db),
    taxonomyDesk: new TaxonomyDeskRepository(db),
    settings: new SettingsRepository(db),
    languages: new LanguageRepository(db),
    views: new ViewRepository(db),
    apiKeys: new ApiKeyRepository(db),
    outbox: new OutboxRepository(db, onOutboxAdded),
    webhooks: new WebhookRepository(db),
    analysis: new AnalysisRepository(db, kind),
    stories: new StoryRepository(db),
    accounts: new AccountRepository(db),
    media: new MediaRepository(db),
    revisions: new RevisionRepository(db),
    frontpage: new FrontpageRepository(db, kind),
    pending: new PendingChangeRepository(db),
    twoFactor: new TwoFactorRepository(db),
    redirects: new RedirectRepository(db),
    importMap: new ImportMapRepository(db),
    wire: new WireRepository(db),
    live: new LiveBlogRepository(db),
    search: createSearchIndex(kind, db),
  };
}

/** Repositories and the search index, plus a way to run several writes atomically. */
export interface Store {
  repos: Repositories;
  /** Runs `work` in one transaction: every repository it is given writes inside it. */
  transaction<T>(work: (repos: Repositories) => Promise<T>): Promise<T>;
  /**
   * Calls `listener` whenever outbox events have been committed (after the transaction that
   * wrote them, never before), so the dispatcher can run at once instead of at its next tick.
   */
  onEventsCommitted(listener: () => void): void;
}

export function createStore({ db, kind }: Pick<Database, 'db' | 'kind'>): Store {
  const listeners: (() => void)[] = [];
  // One memo of parsed bodies for the store: keyed by the stored text, so exact in any transaction.
  const bodies = new BodyMemo();
  const committed = (): void => {
    for (const listener of listeners) listener();
  };
  return {
    // Outside a transaction a write commits by itself.
    repos: createRepositories(db, kind, committed, bodies),
    transaction: async (work) => {
      const wrote = { events: false };
      const result = await db
        .transaction()
        .execute((trx) => work(createRepositories(trx, kind, () => (wrote.events = true), bodies)));
      if (wrote.events) committed();
      return result;
    },
    onEventsCommitted: (listener) => {
      listeners.push(listener);
    },
  };
}

export type { ArticleRecord, TranslationRef } from './article.repository.ts';
export type { ListFilter, NewsroomFilter, NewsroomItem, SitemapEntry } from './article-list.repository.ts';
export type { ApiKey } from './api-key.repository.ts';
export type { Delivery, DeliveryStatus, Webhook } from './webhook.repository.ts';
export type { EntityKind, EntityRef } from './story.repository.ts';
export type { ReaderInputs, ReaderSource, ReaderStamp } from './analysis.repository.ts';
export type { User } from './account.repository.ts';
export type { TwoFactorCredential } from './two-factor.repository.ts';
export type { RedirectTarget } from './redirect.repository.ts';
export type { ImportKind } from './import-map.repository.ts';
export type { WireItem, WireItemFilter } from './wire.repository.ts';
export type { MediaPage } from './media.repository.ts';
export type { FrontpageReading, SlotAssignment } from './frontpage.repository.ts';
