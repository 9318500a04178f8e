/** The admin JSON API's shapes as the UI reads them (the server's source of truth: /admin/api/openapi.json). */

export type ArticleStatus = 'draft' | 'in_review' | 'scheduled' | 'published' | 'unpublished';
export const articleStatuses: ArticleStatus[] = [
  'draft',
  'in_review',
  'scheduled',
  'published',
  'unpublished',
];
export type WorkflowAction =
  'submit' | 'return' | 'schedule' | 'unschedule' | 'publish' | 'unpublish' | 'correct';

export interface Me {
  id: string;
  email: string;
  name: string;
  role: 'contributor' | 'author' | 'editor' | 'admin';
  permissions: string[];
}

export interface SiteInfo {
  name: string;
  languages: { code: string; name: string }[];
  defaultLanguage: string;
  sections: { slug: string; name: string }[];
  slots: string[];
  timeZone: string;
  /** How long a breaking flag shows by default, in hours. */
  breakingHours: number;
}

export interface ArticleListItem {
  id: string;
  headline: string;
  status: ArticleStatus;
  language: string;
  section: { slug: string; name: string };
  authors: string[];
  owner: { id: string; name: string } | null;
  breaking: boolean;
  modifiedAt: string;
  publishedAt: string | null;
  scheduledAt: string | null;
  /** A live article's unpublished changes: saved, or submitted for review. */
  pendingChanges: 'saved' | 'submitted' | null;
}

export interface Page<T> {
  data: T[];
  meta: { page: number; pageCount: number; total: number };
}

export interface Byline {
  name: string;
  role: string | null;
}
export interface Source {
  outlet: string;
  citing: string | null;
  url: string | null;
}
export interface ImageFields {
  src: string;
  alt: string;
  caption: string | null;
  credit: string | null;
  width: number | null;
  height: number | null;
  mediaId: string | null;
}

export interface EditorArticle {
  id: string;
  version: number;
  status: ArticleStatus;
  language: string;
  translationGroupId: string;
  headline: string;
  standfirst: string | null;
  slug: string;
  section: { slug: string; name: string };
  tags: string[];
  authors: Byline[];
  sources: Source[];
  bodyHtml: string;
  featuredImage: ImageFields | null;
  breaking: boolean;
  /** When the breaking flag ends (ISO 8601), null for the site's default. */
  breakingUntil: string | null;
  /** Edits to a live article readers do not see yet. */
  pending: { savedAt: string; by: string | null; submittedAt: string | null } | null;
  owner: { id: string; name: string } | null;
  createdAt: string;
  modifiedAt: string;
  publishedAt: string | null;
  updatedAt: string | null;
  scheduledAt: string | null;
  corrections: { text: string; createdAt: string }[];
  /** `headline` is null for someone else's draft (its author and editors see it). */
  translations: { id: string; language: string; headline: string | null; status: ArticleStatus }[];
  publicUrl: string | null;
  previewUrl: string;
  allowedActions: WorkflowAction[];
  canEdit: boolean;
  canPublish: boolean;
}

/** The fields a save sends (PUT /admin/api/articles/:id, with `version`). */
export interface ArticleFields {
  headline: string;
  standfirst: string | null;
  slug?: string;
  sectionSlug: string;
  tags: string[];
  authors: Byline[];
  sources: Source[];
  bodyHtml: string;
  featuredImage: ImageFields | null;
  breaking?: boolean;
  breakingUntil?: string | null;
}

export interface Revision {
  version: number;
  action: string;
  userName: string | null;
  createdAt: string;
}

export interface Diff {
  fields: { field: string; before: unknown; after: unknown }[];
  body: { value: string; added?: boolean; removed?: boolean }[];
}

export interface MediaItem {
  id: string;
  filename: string;
  width: number;
  height: number;
  alt: string;
  caption: string | null;
  credit: string | null;
  createdAt: string;
  url: string;
  variants: { width: number; url: string; format?: string }[];
  image: {
    src: string;
    alt: string;
    width: number;
    height: number;
    mediaId: string;
    caption?: string;
    credit?: string;
  };
}

export interface FrontpageSlot {
  slot: string;
  article: { id: string; headline: string; status: ArticleStatus } | null;
  /** Taken by an article this person may not see yet (someone else's draft). */
  hidden: boolean;
}
