import { diffWords } from 'diff';
import type { Article, ArticleStatus, FeaturedImage, SourceCitation } from './article.ts';
import { bodyToPlainText, type Block } from './body.ts';

/** What a revision keeps: every field an editor can change, as it was after that save. */
export interface ArticleSnapshot {
  language: string;
  headline: string;
  standfirst: string | null;
  slug: string;
  sectionSlug: string;
  tags: string[];
  authors: { name: string; role: string | null }[];
  sources: SourceCitation[];
  body: Block[];
  featuredImage: FeaturedImage | null;
  breaking: boolean;
  /** When the breaking flag ends (ISO 8601); absent in revisions kept before breaking news ended. */
  breakingUntil?: string | null;
  status: ArticleStatus;
}

export interface Revision {
  id: string;
  articleId: string;
  /** The article's version this save produced. */
  version: number;
  userId: string | null;
  /** created, saved, restored, submitted, published, scheduled, corrected, unpublished, … */
  action: string;
  snapshot: ArticleSnapshot;
  createdAt: Date;
}

export function snapshotOf(a: Article): ArticleSnapshot {
  return {
    language: a.language,
    headline: a.headline,
    standfirst: a.standfirst,
    slug: a.slug,
    sectionSlug: a.section.slug,
    tags: a.tags.map((t) => t.name),
    authors: a.authors.map((p) => ({ name: p.name, role: p.role })),
    sources: a.sources.map((s) => ({ outlet: s.outlet, citing: s.citing, url: s.url })),
    body: a.body,
    featuredImage: a.featuredImage,
    breaking: a.breaking,
    breakingUntil: a.breakingUntil?.toISOString() ?? null,
    status: a.status,
  };
}

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}
export interface TextPart {
  value: string;
  added?: boolean;
  removed?: boolean;
}
export interface SnapshotDiff {
  fields: FieldChange[];
  /** The body's text, word by word: unchanged, added and removed runs in reading order. */
  body: TextPart[];
  bodyChanged: boolean;
}

const show: Record<string, (s: ArticleSnapshot) => string> = {
  headline: (s) => s.headline,
  standfirst: (s) => s.standfirst ?? '',
  slug: (s) => s.slug,
  section: (s) => s.sectionSlug,
  tags: (s) => s.tags.join(', '),
  authors: (s) => s.authors.map((a) => (a.role ? `${a.name} (${a.role})` : a.name)).join(', '),
  sources: (s) =>
    s.sources
      .map((c) => [c.outlet, c.citing && `citing ${c.citing}`, c.url].filter(Boolean).join(' '))
      .join('; '),
  featuredImage: (s) =>
    s.featuredImage
      ? `${s.featuredImage.src}${s.featuredImage.alt ? ` (alt: ${s.featuredImage.alt})` : ''}`
      : '',
  breaking: (s) => (s.breaking ? 'yes' : 'no'),
  breakingUntil: (s) => (s.breaking ? (s.breakingUntil ?? '') : ''),
  status: (s) => s.status,
  images: (s) =>
    s.body
      .flatMap((b) => (b.type === 'image' ? [`${b.src}${b.alt ? ` (alt: ${b.alt})` : ''}`] : []))
      .join('; '),
};

/** A readable comparison of two revisions: which fields changed, and the body's words. */
export function diffSnapshots(before: ArticleSnapshot, after: ArticleSnapshot): SnapshotDiff {
  const fields = Object.entries(show).flatMap(([field, f]) => {
    const a = f(before);
    const b = f(after);
    return a === b ? [] : [{ field, before: a, after: b }];
  });
  const parts = diffWords(bodyToPlainText(before.body), bodyToPlainText(after.body));
  return {
    fields,
    body: parts.map((p) => ({
      value: p.value,
      ...(p.added ? { added: true } : {}),
      ...(p.removed ? { removed: true } : {}),
    })),
    bodyChanged: parts.some((p) => p.added || p.removed),
  };
}
