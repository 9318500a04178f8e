import { z } from 'zod';

/**
 * An article body is a list of structured blocks, not HTML: it renders safely to any output
 * (page, feed, API), and its plain text feeds search and analysis. Inline runs carry marks and links.
 */
const safeHref = z
  .string()
  .max(2000)
  .refine((u) => /^(https?:\/\/|mailto:|\/)/i.test(u), 'must be an http(s), mailto: or site-relative link');

export const inlineSchema = z.object({
  text: z.string().min(1),
  bold: z.boolean().optional(),
  italic: z.boolean().optional(),
  href: safeHref.optional(),
});
export type Inline = z.infer<typeof inlineSchema>;

const inlines = z.array(inlineSchema).min(1, 'must not be empty');

export const blockSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('paragraph'), content: inlines }),
  z.object({ type: z.literal('heading'), level: z.union([z.literal(2), z.literal(3)]), content: inlines }),
  z.object({ type: z.literal('quote'), content: inlines, cite: z.string().max(300).optional() }),
  z.object({ type: z.literal('list'), ordered: z.boolean(), items: z.array(inlines).min(1) }),
  z.object({
    type: z.literal('image'),
    src: safeHref,
    alt: z.string().max(500),
    caption: z.string().max(1000).optional(),
    credit: z.string().max(300).optional(),
    width: z.number().int().positive().optional(),
    height: z.number().int().positive().optional(),
    /** Set when the image comes from the media library (its variants give the srcset). */
    mediaId: z.string().uuid().optional(),
  }),
]);
export type Block = z.infer<typeof blockSchema>;
export const bodySchema = z.array(blockSchema).min(1, 'the body needs at least one block');

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
      }
    })
    .filter((t) => t.trim() !== '')
    .join('\n\n');
}

export const paragraph = (text: string): Block => ({ type: 'paragraph', content: [{ text }] });
