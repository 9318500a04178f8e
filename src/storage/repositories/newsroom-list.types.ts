/** The newsroom's article list: its filter and one row of it (ArticleListRepository). */
import type { ArticleStatus } from '../../domain/article.ts';

export interface NewsroomFilter {
  status?: ArticleStatus;
  language?: string;
  sectionSlug?: string;
  authorSlug?: string;
  /** Only articles this account owns (contributors and authors see their own). */
  ownerId?: string;
  /** Last changed at or after / before. */
  from?: Date;
  until?: Date;
  /** Words in the headline, standfirst or slug. */
  text?: string;
}
export interface NewsroomItem {
  id: string;
  headline: string;
  status: ArticleStatus;
  language: string;
  breaking: boolean;
  section: { slug: string; name: string };
  authors: string[];
  owner: { id: string; name: string } | null;
  modifiedAt: Date;
  publishedAt: Date | null;
  scheduledAt: Date | null;
  /** A live article with edits readers do not see yet: 'saved', or 'submitted' for review. */
  pendingChanges: 'saved' | 'submitted' | null;
}
