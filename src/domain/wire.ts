import { z } from 'zod';

/** The formats a wire source can deliver; `folder` reads files an agency drops into a directory. */
export const wireKinds = ['rss', 'atom', 'ninjs', 'newsml-g2', 'folder'] as const;
export type WireKind = (typeof wireKinds)[number];

/** Polling is never more often than a minute, nor rarer than a day. */
export const MIN_INTERVAL_SECONDS = 60;
export const MAX_INTERVAL_SECONDS = 86_400;

const credentialsSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('basic'),
    user: z
      .string()
      .min(1, 'name the user')
      .max(200)
      .refine((u) => !u.includes(':'), 'must not contain ":"'),
    password: z.string().min(1, 'give the password').max(500),
  }),
  z.object({ kind: z.literal('bearer'), token: z.string().min(8, 'at least 8 characters').max(1500) }),
]);
export type WireCredentials = z.infer<typeof credentialsSchema>;

/** A new wire source as the admin or `newsdesk wire add` gives it. */
export const newWireSourceSchema = z
  .object({
    name: z.string().trim().min(1, 'give the source a name').max(200),
    kind: z.enum(wireKinds),
    location: z.string().trim().min(1, 'give a URL or a folder').max(2000),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a language code such as en or az'),
    section: z.string().trim().min(1).max(200).optional(),
    intervalSeconds: z
      .number()
      .int('must be whole seconds')
      .min(MIN_INTERVAL_SECONDS, `at least ${MIN_INTERVAL_SECONDS} seconds`)
      .max(MAX_INTERVAL_SECONDS, `at most ${MAX_INTERVAL_SECONDS} seconds`)
      .default(300),
    credentials: credentialsSchema.optional(),
    agency: z.string().trim().min(1).max(200).optional(),
    enabled: z.boolean().default(true),
  })
  .superRefine((s, ctx) => {
    if (s.kind === 'folder') {
      if (/^[a-z][a-z0-9+.-]*:\/\//i.test(s.location))
        ctx.addIssue({
          code: 'custom',
          path: ['location'],
          message: 'a folder source takes a path, not a URL',
        });
      if (s.credentials)
        ctx.addIssue({
          code: 'custom',
          path: ['credentials'],
          message: 'a folder source takes no credentials',
        });
      return;
    }
    let u: URL | null = null;
    try {
      u = new URL(s.location);
    } catch {
      ctx.addIssue({ code: 'custom', path: ['location'], message: 'must be an absolute http(s) URL' });
      return;
    }
    if (u.protocol !== 'http:' && u.protocol !== 'https:')
      ctx.addIssue({ code: 'custom', path: ['location'], message: 'must be http:// or https://' });
    if (u.username || u.password)
      ctx.addIssue({
        code: 'custom',
        path: ['location'],
        message: 'put credentials in --basic/--bearer, not in the URL',
      });
  });
export type NewWireSource = z.input<typeof newWireSourceSchema>;

/** How a source is doing: what the desk shows beside it. */
export interface WireHealth {
  lastSuccessAt: Date | null;
  /** The last failure in words ("timed out after 10 s"), cleared by a success. */
  lastError: string | null;
  lastErrorAt: Date | null;
  /** Failures in a row; the back-off grows with them. */
  failures: number;
  nextPollAt: Date;
}

export interface WireSource {
  id: string;
  name: string;
  kind: WireKind;
  location: string;
  language: string;
  sectionId: string | null;
  intervalSeconds: number;
  credentials: WireCredentials | null;
  /** The agency's name, cited as "<outlet>, citing <agency>"; null when the source is not an agency. */
  agency: string | null;
  enabled: boolean;
  createdAt: Date;
  /** Conditional GET validators of the last answer. */
  etag: string | null;
  lastModified: string | null;
  health: WireHealth;
}

/** Credentials as they may be shown: the kind and a hint, never the secret. */
export function maskCredentials(c: WireCredentials | null): string {
  if (!c) return 'none';
  if (c.kind === 'basic') return `basic ${c.user}:••••`;
  return `bearer ${c.token.slice(0, 4)}••••`;
}

export const wireItemStates = ['new', 'seen', 'spiked'] as const;
export type WireItemState = (typeof wireItemStates)[number];
