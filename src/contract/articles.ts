import { z } from 'zod';
import { articleFieldsSchema, featuredImageSchema } from '../domain/article.ts';
import { articleStatuses, type ArticleStatus } from '../domain/statuses.ts';
import { articleBodySchema } from '../domain/body.ts';
import { workflowActions } from '../domain/workflow.ts';
import { frontpageLayoutSchema } from '../domain/frontpage.ts';
import { isoDateTime } from './wire.ts';

/** The admin API's article bodies and answers, as the server checks them and the newsroom app reads them. */

export type { ArticleStatus };
export type WorkflowAction = (typeof workflowActions)[number];

const wireDateTime = z.iso.datetime({ offset: true, error: 'must be an ISO 8601 date-time' });
export const versionField = z.number({ error: 'is required (the version you started from)' }).int().min(1);

/** The article fields an editor sends: the domain's fields, with times as ISO 8601 text. */
const editableFields = articleFieldsSchema
  .pick({
    headline: true,
    standfirst: true,
    slug: true,
    sectionSlug: true,
    tags: true,
    authors: true,
    sources: true,
    featuredImage: true,
    breaking: true,
  })
  .extend({ breakingUntil: wireDateTime.nullable() });

/** A body arrives as the editor's HTML (sanitised and read into blocks) or as blocks. */
const bodyFields = {
  // Bounded by the request's 1 MiB anyway; the blocks it gives are held to the body's limits.
  bodyHtml: z.string().max(1_000_000).optional(),
  body: articleBodySchema.optional(),
};

/** POST /admin/api/articles: a new draft needs a language, a headline and a section. */
export const createArticleBody = articleFieldsSchema
  .pick({ language: true })
  .extend(editableFields.shape)
  .extend(bodyFields)
  .partial({
    standfirst: true,
    slug: true,
    tags: true,
    authors: true,
    sources: true,
    featuredImage: true,
    breaking: true,
    breakingUntil: true,
  })
  .strict();

/** PUT /admin/api/articles/:id: any editable fields, and the version the edit started from. */
export const saveArticleBody = z
  .object({ version: versionField })
  .extend(editableFields.shape)
  .extend(bodyFields)
  .partial()
  .required({ version: true })
  .strict();
export type SaveArticleBody = z.input<typeof saveArticleBody>;

export const transitionBody = z
  .object({
    action: z.enum(workflowActions),
    version: versionField,
    scheduledAt: wireDateTime.optional(),
    note: z.string().max(2000).optional(),
  })
  .strict();
export const versionBody = z.object({ version: versionField }).strict();
export const publishChangesBody = versionBody.extend({ minor: z.boolean().default(false) }).strict();
export const translationBody = z.object({ language: z.string().min(2).max(35) }).strict();
export const frontpageSlotBody = z.object({ articleId: z.string().min(1).max(64).nullable() }).strict();

const byline = z.object({ name: z.string(), role: z.string().nullable() });
export type Byline = z.output<typeof byline>;
const source = z.object({ outlet: z.string(), citing: z.string().nullable(), url: z.string().nullable() });
export type Source = z.output<typeof source>;
export type ImageFields = z.output<typeof featuredImageSchema>;
const section = z.object({ slug: z.string(), name: z.string() });
const owner = z.object({ id: z.string(), name: z.string() }).nullable();

/** An article as the editor sees it (every article endpoint that changes one answers with it). */
export const editorArticleSchema = z.object({
  id: z.string(),
  version: z.number().int(),
  status: z.enum(articleStatuses),
  language: z.string(),
  translationGroupId: z.string(),
  headline: z.string(),
  standfirst: z.string().nullable(),
  slug: z.string(),
  section,
  tags: z.array(z.string()),
  authors: z.array(byline),
  sources: z.array(source),
  body: articleBodySchema,
  bodyHtml: z.string(),
  featuredImage: featuredImageSchema.nullable(),
  breaking: z.boolean(),
  /** When the breaking flag ends, null for the site's default. */
  breakingUntil: isoDateTime.nullable(),
  owner,
  createdAt: isoDateTime,
  modifiedAt: isoDateTime,
  publishedAt: isoDateTime.nullable(),
  updatedAt: isoDateTime.nullable(),
  scheduledAt: isoDateTime.nullable(),
  corrections: z.array(z.object({ text: z.string(), createdAt: isoDateTime })),
  /** `headline` is null for someone else's draft (its author and editors see it). */
  translations: z.array(
    z.object({
      id: z.string(),
      language: z.string(),
      headline: z.string().nullable(),
      status: z.enum(articleStatuses),
    }),
  ),
  /** Edits to a live article that readers do not see yet (Update publishes them). */
  pending: z
    .object({ savedAt: isoDateTime, by: z.string().nullable(), submittedAt: isoDateTime.nullable() })
    .nullable(),
  publicUrl: z.string().nullable(),
  previewUrl: z.string(),
  allowedActions: z.array(z.enum(workflowActions)),
  canEdit: z.boolean(),
  canPublish: z.boolean(),
});
export type EditorArticle = z.output<typeof editorArticleSchema>;

/** A row of the newsroom's article list. */
export const articleListItemSchema = z.object({
  id: z.string(),
  headline: z.string(),
  status: z.enum(articleStatuses),
  language: z.string(),
  breaking: z.boolean(),
  section,
  authors: z.array(z.string()),
  owner,
  modifiedAt: isoDateTime,
  publishedAt: isoDateTime.nullable(),
  scheduledAt: isoDateTime.nullable(),
  /** A live article's unpublished changes: saved, or submitted for review. */
  pendingChanges: z.enum(['saved', 'submitted']).nullable(),
});
export type ArticleListItem = z.output<typeof articleListItemSchema>;

export const revisionSchema = z.object({
  version: z.number().int(),
  action: z.string(),
  userName: z.string().nullable(),
  createdAt: isoDateTime,
});
export type Revision = z.output<typeof revisionSchema>;

/** One saved version, whole (GET …/revisions/:version). */
export const revisionSnapshotSchema = z.object({
  version: z.number().int(),
  language: z.string(),
  headline: z.string(),
  standfirst: z.string().nullable(),
  slug: z.string(),
  sectionSlug: z.string(),
  tags: z.array(z.string()),
  authors: z.array(byline),
  sources: z.array(source),
  body: articleBodySchema,
  bodyHtml: z.string(),
  featuredImage: featuredImageSchema.nullable(),
  breaking: z.boolean(),
  breakingUntil: isoDateTime.nullable().optional(),
  status: z.enum(articleStatuses),
});

/** What changed between two versions: fields, and the body word by word. */
export const diffSchema = z.object({
  fields: z.array(z.object({ field: z.string(), before: z.string(), after: z.string() })),
  body: z.array(
    z.object({ value: z.string(), added: z.boolean().optional(), removed: z.boolean().optional() }),
  ),
  bodyChanged: z.boolean(),
});
export type Diff = z.output<typeof diffSchema>;

export const frontpageSlotSchema = z.object({
  slot: z.string(),
  article: z
    .object({
      id: z.string(),
      headline: z.string(),
      status: z.enum(articleStatuses),
      language: z.string(),
      /** A small picture of the featured image, when the article has one. */
      picture: z.object({ src: z.string(), alt: z.string() }).nullable(),
    })
    .nullable(),
  /** Taken by an article this person may not see yet (someone else's draft). */
  hidden: z.boolean(),
  /** When the article was placed here (null for an empty place). */
  placedAt: isoDateTime.nullable(),
  /** What readers see in this place now (the placed article, or the latest news filling it). */
  now: z.object({ id: z.string(), headline: z.string() }).nullable(),
});
export type FrontpageSlot = z.output<typeof frontpageSlotSchema>;

/** A language's front page in the newsroom: its layout (as PUT /frontpage/:language takes it) and places. */
export const frontpageSchema = z.object({
  layout: frontpageLayoutSchema,
  /** The most places a layout may have, and the most section rows it may choose. */
  limits: z.object({ slots: z.number().int(), sectionRows: z.number().int() }),
  slots: z.array(frontpageSlotSchema),
});
export type Frontpage = z.output<typeof frontpageSchema>;
export type FrontpageLayoutBody = z.input<typeof frontpageLayoutSchema>;
export type FrontpageTemplate = FrontpageLayoutBody['template'];
export { frontpageLayoutSchema as frontpageLayoutBody };

type SavedFields = z.output<typeof saveArticleBody>;
/** The fields the editor keeps and saves (PUT /admin/api/articles/:id sends them with `version`). */
export type ArticleFields = Required<
  Pick<
    SavedFields,
    'headline' | 'standfirst' | 'sectionSlug' | 'tags' | 'authors' | 'sources' | 'bodyHtml' | 'featuredImage'
  >
> &
  Pick<SavedFields, 'slug' | 'breaking' | 'breakingUntil'>;
