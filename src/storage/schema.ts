import type { Generated, Selectable } from 'kysely';

/** Table shapes as stored. Rows never leave storage/: repositories map them to domain objects. */
export interface SettingsTable {
  key: string;
  value: string;
}
export interface LanguagesTable {
  code: string;
  name: string;
  is_default: number;
  position: number;
}
export interface SectionsTable {
  id: string;
  slug: string;
  name: string;
  description: string | null;
  color: string | null;
  position: number;
}
export interface TagsTable {
  id: string;
  slug: string;
  name: string;
}
export interface PeopleTable {
  id: string;
  slug: string;
  name: string;
  role: string | null;
  bio: string | null;
  photo_url: string | null;
  created_at: string;
  /** 'person' or 'organization' (0020). */
  kind: Generated<string>;
  /** The portrait's alt text per language, JSON `{ "en": "…" }` (0023). */
  photo_alt: string | null;
}
export interface ArticlesTable {
  id: string;
  translation_group_id: string;
  language: string;
  slug: string;
  section_id: string;
  headline: string;
  standfirst: string | null;
  body_json: string;
  body_text: string;
  status: string;
  breaking: number;
  created_at: string;
  published_at: string | null;
  updated_at: string | null;
  modified_at: string;
  version: Generated<number>;
  owner_id: string | null;
  scheduled_at: string | null;
  featured_image: string | null;
  /** When the breaking flag stops showing (null: not breaking, or not yet published). */
  breaking_until: string | null;
}
/** Edits to a live article waiting for Update or Discard (one per article). */
export interface PendingChangesTable {
  article_id: string;
  /** JSON: the ArticleSnapshot the editor is working on. */
  snapshot: string;
  base_version: number;
  user_id: string | null;
  created_at: string;
  updated_at: string;
  submitted_at: string | null;
}
export interface RevisionsTable {
  id: string;
  article_id: string;
  version: number;
  user_id: string | null;
  action: string;
  snapshot: string;
  created_at: string;
}
export interface FrontpageSlotsTable {
  language: string;
  slot: string;
  article_id: string;
  set_by: string | null;
  set_at: string;
}
export interface ArticleSlugsTable {
  language: string;
  slug: string;
  article_id: string;
  created_at: string;
}
export interface ArticleTagsTable {
  article_id: string;
  tag_id: string;
  position: number;
}
export interface ArticleAuthorsTable {
  article_id: string;
  person_id: string;
  position: number;
}
export interface ArticleSourcesTable {
  id: string;
  article_id: string;
  position: number;
  outlet: string;
  citing: string | null;
  url: string | null;
}
export interface CorrectionsTable {
  id: string;
  article_id: string;
  text: string;
  created_at: string;
}

export interface SectionNamesTable {
  section_id: string;
  language: string;
  name: string;
  description: string | null;
}
export interface TagNamesTable {
  tag_id: string;
  language: string;
  name: string;
}

export interface ArticleViewsTable {
  article_id: string;
  day: string;
  views: number;
}

export interface ApiKeysTable {
  id: string;
  name: string;
  key_hash: string;
  prefix: string;
  rate_limit: number;
  created_at: string;
  last_used_at: string | null;
  revoked_at: string | null;
}

export interface OutboxEventsTable {
  id: string;
  type: string;
  article_id: string | null;
  payload: string;
  created_at: string;
  processed_at: string | null;
  locked_until: string | null;
}
export interface WebhooksTable {
  id: string;
  url: string;
  events: string;
  secret: string;
  active: number;
  created_at: string;
}
export interface WebhookDeliveriesTable {
  id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  body: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  locked_until: string | null;
  last_status_code: number | null;
  last_error: string | null;
  last_response: string | null;
  created_at: string;
  delivered_at: string | null;
}

export interface ArticleAnalysisTable {
  article_id: string;
  input_hash: string;
  result: string;
  analyzed_at: string;
}

export interface ArticleEntitiesTable {
  article_id: string;
  kind: string;
  slug: string;
  name: string;
  /** 1 when an editor approved the entity for readers (or made it). */
  approved: Generated<number>;
  /** The analyser's confidence in percent (0–100). */
  confidence_pct: Generated<number>;
}
export interface EntityAliasesTable {
  article_id: string;
  kind: string;
  /** The slug of a form the text used ("mikhaila-evdokimova"). */
  alias: string;
  /** The base form's slug ("mikhail-evdokimov"). */
  slug: string;
}
export interface AnalysisApprovalsTable {
  article_id: string;
  item_key: string;
  approved_by: string | null;
  approved_at: string;
}
export interface AnalysisDisplayTable {
  article_id: string;
  hidden: number;
  changed_by: string | null;
  changed_at: string;
}
export interface StoryArticlesTable {
  article_id: string;
  story_id: string;
}

export interface AnalysisCorrectionsTable {
  id: string;
  article_id: string;
  correction: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  email: string;
  name: string;
  role: string;
  password_hash: string;
  created_at: string;
  disabled_at: string | null;
  /** The byline (people.id) this account writes under, once the newsroom gave it a profile (0020). */
  person_id: string | null;
}
export interface SessionsTable {
  token_hash: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  expires_at: string;
}
export interface AuditLogTable {
  id: string;
  user_id: string | null;
  action: string;
  target: string | null;
  details: string | null;
  at: string;
}
/** One-time invitation and password-reset links (only the token's SHA-256 is stored). */
export interface AccountTokensTable {
  token_hash: string;
  purpose: string;
  user_id: string | null;
  email: string | null;
  name: string | null;
  role: string | null;
  created_by: string | null;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface MediaTable {
  id: string;
  filename: string;
  format: string;
  mime_type: string;
  bytes: number;
  width: number;
  height: number;
  alt: Generated<string>;
  caption: string | null;
  credit: string | null;
  uploaded_by: string | null;
  created_at: string;
  storage_key: string;
  /** JSON: the variants made (file, format, width, height, bytes). */
  variants: string;
  /** Folded file name, alt text, caption and credit, searched with LIKE on both databases. */
  search_text: string;
}
/** An account's TOTP secret; `enabled_at` is null while enrolment awaits its first code. */
export interface TwoFactorTable {
  user_id: string;
  secret: string;
  created_at: string;
  enabled_at: string | null;
  /** The last time step whose code was accepted (replay protection). */
  last_step: number | null;
}
/** One-time recovery codes, by SHA-256 hash. */
export interface RecoveryCodesTable {
  user_id: string;
  code_hash: string;
  created_at: string;
  used_at: string | null;
}
/** An old address that answers 301 to an article (imports' former permalinks). */
export interface RedirectsTable {
  path: string;
  article_id: string;
  created_at: string;
}
/** What an importer made from an item of a source, so a second run creates nothing twice. */
export interface ImportMapTable {
  source: string;
  kind: string;
  source_id: string;
  target_id: string;
  created_at: string;
}
/** Agency feeds and folders the wire desk polls (0023). */
export interface WireSourcesTable {
  id: string;
  name: string;
  kind: string;
  location: string;
  language: string;
  section_id: string | null;
  interval_seconds: number;
  auth_kind: Generated<string>;
  auth_secret: string | null;
  is_agency: Generated<number>;
  agency_name: string | null;
  enabled: Generated<number>;
  created_at: string;
  etag: string | null;
  last_modified: string | null;
  last_success_at: string | null;
  last_error: string | null;
  last_error_at: string | null;
  failures: Generated<number>;
  next_poll_at: string;
  locked_until: string | null;
}
/** One item of a wire source, stored once by (source, GUID) (0023). */
export interface WireItemsTable {
  id: string;
  source_id: string;
  guid: string;
  headline: string;
  body_json: string;
  body_text: string;
  original: string;
  url: string | null;
  language: string;
  byline: string | null;
  located: string | null;
  subjects_json: string;
  published_at: string | null;
  received_at: string;
  signature: string;
  dup_group: string;
  state: Generated<string>;
  article_id: string | null;
  used_by: string | null;
  story_id: string | null;
  reading_json: string | null;
}

export interface DB {
  settings: SettingsTable;
  languages: LanguagesTable;
  sections: SectionsTable;
  tags: TagsTable;
  people: PeopleTable;
  articles: ArticlesTable;
  article_slugs: ArticleSlugsTable;
  article_tags: ArticleTagsTable;
  article_authors: ArticleAuthorsTable;
  article_sources: ArticleSourcesTable;
  corrections: CorrectionsTable;
  section_names: SectionNamesTable;
  tag_names: TagNamesTable;
  article_views: ArticleViewsTable;
  api_keys: ApiKeysTable;
  outbox_events: OutboxEventsTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  article_analysis: ArticleAnalysisTable;
  article_entities: ArticleEntitiesTable;
  story_articles: StoryArticlesTable;
  analysis_corrections: AnalysisCorrectionsTable;
  analysis_approvals: AnalysisApprovalsTable;
  analysis_display: AnalysisDisplayTable;
  entity_aliases: EntityAliasesTable;
  users: UsersTable;
  sessions: SessionsTable;
  audit_log: AuditLogTable;
  account_tokens: AccountTokensTable;
  media: MediaTable;
  revisions: RevisionsTable;
  frontpage_slots: FrontpageSlotsTable;
  pending_changes: PendingChangesTable;
  two_factor: TwoFactorTable;
  recovery_codes: RecoveryCodesTable;
  redirects: RedirectsTable;
  import_map: ImportMapTable;
  wire_sources: WireSourcesTable;
  wire_items: WireItemsTable;
  live_blogs: LiveBlogsTable;
  live_entries: LiveEntriesTable;
  live_entry_revisions: LiveEntryRevisionsTable;
}

export interface LiveBlogsTable {
  article_id: string;
  started_at: string;
  ended_at: string | null;
  created_by: string | null;
}
export interface LiveEntriesTable {
  id: string;
  article_id: string;
  author_id: string | null;
  author_name: string;
  body_json: string;
  body_text: string;
  pinned: number;
  closing: number;
  version: number;
  created_at: string;
  updated_at: string;
  deleted_at: string | null;
}
export interface LiveEntryRevisionsTable {
  id: string;
  entry_id: string;
  version: number;
  user_id: string | null;
  action: string;
  body_json: string;
  created_at: string;
}

export type ArticleRow = Selectable<ArticlesTable>;
