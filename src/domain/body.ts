import { z } from 'zod';
import { embedProviderOf, embedProviders } from '../lib/embeds.ts';
import { isSafeUrl, urlSchema } from './urls.ts';

/**
 * An article body is a list of structured blocks, not HTML: it renders safely to any output
 * (page, feed, API), and its plain text feeds search and analysis. Inline runs carry marks and links.
 */
export const inlineSchema = z.object({
  text: z.string().min(1),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: urlSchema('link').optional(),
});
export type Inline = z.infer<typeof inlineSchema>;

/** The embed allowlist lives in lib/ so the newsroom app in the browser shares it. */
export { embedProviderOf, embedProviders, embedUrlOf, type EmbedProvider } from '../lib/embeds.ts';

/** The YouTube video id of a watch, short or embed URL. */
export function youtubeId(url: string): string | null {
  try {
    const u = new URL(url);
    const id = u.hostname.endsWith('youtu.be')
      ? u.pathname.slice(1)
      : (u.searchParams.get('v') ?? /^\/(?:embed|shorts|live)\/([^/]+)/.exec(u.pathname)?.[1] ?? '');
    return /^[A-Za-z0-9_-]{6,20}$/.test(id) ? id : null;
  } catch {
    return null;
  }
}

const inlines = z.array(inlineSchema).min(1, 'must not be empty');

export const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), content: inlines }),
  z.object({ type: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), content: inlines }),
  z.object({ type: z.literal('quote'), content: inlines, cite: z.string().max(300).optional() }),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(inlines).min(1) }),
  z.object({
    type: z.literal('image'),
    src: urlSchema('image'),
    alt: z.string().max(500),
    caption: z.string().max(1000).optional(),
    credit: z.string().max(300).optional(),
    width: z.number().int().positive().optional(),
    height: z.number().int().positive().optional(),
    /** Set when the image comes from the media library (its variants give the srcset). */
    mediaId: z.uuid().optional(),
  }),
  z
    .object({
      type: z.literal('embed'),
      provider: z.enum(embedProviders),
      url: urlSchema('embed'),
      caption: z.string().max(1000).optional(),
    })
    .superRefine((b, ctx) => {
      const provider = embedProviderOf(b.url);
      if (provider && provider !== b.provider)
        ctx.addIssue({ code: 'custom', path: ['url'], message: `is a ${provider} URL, not ${b.provider}` });
    }),
]);
export type Block = z.infer<typeof blockSchema>;

/**
 * The largest article body: 2,000 blocks, 200,000 characters of text (some 30,000 words,
 * longer than any news story) in at most 10,000 differently formatted runs. Saving, indexing and analysing a body takes time in
 * proportion to its length, and all of it happens while other readers wait.
 */
export const MAX_BODY_BLOCKS = 2_000;
export const MAX_BODY_CHARACTERS = 200_000;
/** Runs of text (each a piece with its own bold, italic or link): each costs far more than a character. */
export const MAX_BODY_RUNS = 10_000;

const runsIn = (b: Block): number =>
  b.type === 'list'
    ? b.items.reduce((n, item) => n + item.length, 0)
    : b.type === 'paragraph' || b.type === 'heading' || b.type === 'quote'
      ? b.content.length
      : 0;

/** An article body within the limits (it may be empty: drafts start so). */
export const articleBodySchema = z
  .array(blockSchema)
  .max(MAX_BODY_BLOCKS, `must have at most ${MAX_BODY_BLOCKS} blocks`)
  .superRefine((blocks, ctx) => {
    const runs = blocks.reduce((n, b) => n + runsIn(b), 0);
    if (runs > MAX_BODY_RUNS)
      ctx.addIssue({
        code: 'custom',
        message: `must have at most ${MAX_BODY_RUNS} runs of differently formatted text (it has ${runs})`,
      });
    const characters = bodyToPlainText(blocks).length;
    if (characters > MAX_BODY_CHARACTERS)
      ctx.addIssue({
        code: 'custom',
        message: `must have at most ${MAX_BODY_CHARACTERS} characters of text (it has ${characters})`,
      });
  });
export const bodySchema = articleBodySchema.min(1, 'the body needs at least one block');

const inlineText = (runs: Inline[]): string => runs.map((r) => r.text).join('');

/** Plain text of a body: blocks separated by blank lines, as search and analysis read it. */
export function bodyToPlainText(body: Block[]): string {
  return body
    .map((b) => {
      switch (b.type) {
        case 'paragraph':
        case 'heading':
        case 'quote':
          return inlineText(b.content);
        case 'list':
          return b.items.map(inlineText).join('\n');
        case 'image':
          return [b.caption, b.credit].filter(Boolean).join(' ');
        case 'embed':
          return b.caption ?? '';
      }
    })
    .filter((t) => t.trim() !== '')
    .join('\n\n');
}

/** Whether an embed block may be shown: a policy-safe URL of the provider it names. */
const safeEmbed = (b: Extract<Block, { type: 'embed' }>) =>
  isSafeUrl('embed', b.url) && embedProviderOf(b.url) === b.provider;

const safeRuns = (runs: Inline[]): Inline[] =>
  runs.map((r) => {
    if (r.href === undefined || isSafeUrl('link', r.href)) return r;
    const { href: _dropped, ...rest } = r;
    return rest;
  });

/**
 * A body as it may be shown anywhere: links the URL policy refuses lose their link (the text
 * stays), images and embeds with refused addresses are left out. For bodies stored before the
 * policy; every output (site, feeds, API) passes bodies through this.
 */
export function safeBody(body: Block[]): Block[] {
  // A frozen body is a shared one (the reader's page, see storage's BodyMemo): its pass is made once.
  if (!Object.isFrozen(body)) return safeBlocks(body);
  let safe = safeBodies.get(body);
  if (!safe) {
    safe = freezeBlocks(safeBlocks(body));
    safeBodies.set(body, safe);
    // The pass changes nothing in a body it made.
    safeBodies.set(safe, safe);
  }
  return safe;
}

/** safeBody's results for frozen bodies, by the body (weak: gone with it). */
const safeBodies = new WeakMap<Block[], Block[]>();

/** Blocks frozen all the way down, so a shared result cannot be changed by one of its readers. */
function freezeBlocks(blocks: Block[]): Block[] {
  const freeze = (v: unknown): void => {
    if (v && typeof v === 'object' && !Object.isFrozen(v)) {
      Object.freeze(v);
      for (const x of Object.values(v)) freeze(x);
    }
  };
  freeze(blocks);
  return blocks;
}

function safeBlocks(body: Block[]): Block[] {
  return body.flatMap((b): Block[] => {
    switch (b.type) {
      case 'paragraph':
      case 'heading':
      case 'quote':
        return [{ ...b, content: safeRuns(b.content) }];
      case 'list':
        return [{ ...b, items: b.items.map(safeRuns) }];
      case 'image':
        return isSafeUrl('image', b.src) ? [b] : [];
      case 'embed':
        return safeEmbed(b) ? [b] : [];
    }
  });
}

export const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ text }] });
