import { z } from 'zod';
import { storyFactsModes } from '../domain/site.ts';
import { isoDateTime } from './wire.ts';

/**
 * What story intelligence found in an article, as the editor's panel reads it. Only the fields
 * the panel uses are spelled out; facts carry more (offsets, types), which pass through.
 */
const edited = { edited: z.boolean().optional(), confidence: z.number().optional() };
const entity = z.looseObject({
  name: z.string(),
  role: z.string().nullable().optional(),
  mentions: z.array(z.string()),
  ...edited,
});
const quote = z.looseObject({
  text8: z.string(),
  full_text: z.string(),
  speaker: z.string().nullable(),
  kind: z.string(),
  ...edited,
});
const datedEvent = z.looseObject({
  expression: z.string(),
  iso: z.string(),
  description: z.string(),
  ...edited,
});
const conflict = z.looseObject({
  about: z.string(),
  claims: z.array(z.looseObject({ by: z.string(), text: z.string() })),
  ...edited,
});
export const itemKinds = ['person', 'place', 'org', 'equipment', 'quote', 'event', 'conflict'] as const;

export const readingSchema = z.object({
  facts: z.looseObject({
    people: z.array(entity),
    places: z.array(entity),
    orgs: z.array(entity),
    equipment: z.array(entity),
    quotes: z.array(quote),
    events: z.array(datedEvent),
    conflicts: z.array(conflict).optional(),
  }),
  /** True when the reading was made just now from the current text (not yet stored). */
  live: z.boolean(),
  /** Per item of `facts`, in its order: people, places, orgs, equipment, quotes, events, conflicts. */
  items: z.array(
    z.object({
      kind: z.enum(itemKinds),
      key: z.string(),
      confidence: z.number(),
      approved: z.boolean(),
      shown: z.boolean(),
    }),
  ),
  mode: z.enum(storyFactsModes),
  hidden: z.boolean(),
  autoThreshold: z.number(),
  corrections: z.array(
    z.object({ id: z.string(), correction: z.record(z.string(), z.unknown()), createdAt: isoDateTime }),
  ),
});
export type Reading = z.output<typeof readingSchema>;

/** GET/PUT /admin/api/settings/story: what readers see of story intelligence. */
export const storySettingsSchema = z.object({
  storyFacts: z.enum(storyFactsModes),
  modes: z.array(z.enum(storyFactsModes)),
  autoThreshold: z.number(),
});
export type StorySettings = z.output<typeof storySettingsSchema>;
export const storySettingsBody = z.object({ storyFacts: z.enum(storyFactsModes) }).strict();
