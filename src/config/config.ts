import { dirname, join } from 'node:path';
import { z } from 'zod';
import { isAddressOrRange } from '../lib/network-address.ts';
import { DEFAULT_MEDIA_MAX_PIXELS } from '../domain/media.ts';

/** Memory for rendered reader pages, by default (PAGE_CACHE_BYTES). */
export const DEFAULT_PAGE_CACHE_BYTES = 64 * 1024 * 1024;

/** Article writes (saves, autosaves, workflow moves) per account and minute, by default. */
export const DEFAULT_SAVES_PER_MINUTE = 60;

/** Environment → typed configuration. Every variable is documented in README.md ("Configuration"). */
const languageCode = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as en, az or pt-BR');

const boolFlag = z
  .enum(['0', '1', 'true', 'false', 'yes', 'no'], { message: 'must be 0 or 1' })
  .transform((v) => v === '1' || v === 'true' || v === 'yes');

const MAX_PROXY_HOPS = 20;
const TRUST_PROXY_FORMS =
  'must be 0, the number of proxies in front of the app (1, 2 …) or a comma-separated list of their addresses or CIDRs (127.0.0.1,10.0.0.0/8)';

/** TRUST_PROXY: 0 (none), a hop count, or the proxies' addresses; "trust every hop" is refused. */
const trustProxy = z
  .string()
  .trim()
  .transform((raw, ctx): TrustProxy => {
    const v = raw.toLowerCase();
    if (['0', 'false', 'no'].includes(v)) return false;
    if (['true', 'yes'].includes(v)) {
      ctx.addIssue({
        code: 'custom',
        message:
          'would trust every hop and let any client choose its address; give the number of proxies in front of the app (1, 2 …) or their addresses',
      });
      return z.NEVER;
    }
    if (/^\d+$/.test(v)) {
      const hops = Number(v);
      if (hops <= MAX_PROXY_HOPS) return hops;
      ctx.addIssue({ code: 'custom', message: `must be at most ${MAX_PROXY_HOPS} proxies` });
      return z.NEVER;
    }
    const entries = raw.split(',').map((e) => e.trim());
    const bad = entries.find((e) => !isAddressOrRange(e));
    if (bad === undefined) return entries;
    ctx.addIssue({ code: 'custom', message: `${TRUST_PROXY_FORMS}; "${bad}" is neither` });
    return z.NEVER;
  });

function isTimeZone(tz: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** A duration in milliseconds from 0 (off) to a day. */
const duration = z.coerce
  .number({ message: 'must be a number of milliseconds' })
  .int('must be a whole number of milliseconds')
  .min(0, 'must be 0 (off) or more milliseconds')
  .max(86_400_000, 'must be at most 86400000 (a day)');
const millis = (fallback: number) => duration.default(fallback);

const envSchema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_URL: z.string().min(1).default('sqlite:./data/newsdesk.sqlite'),
    DATABASE_CONNECT_TIMEOUT_MS: millis(5_000),
    DATABASE_STATEMENT_TIMEOUT_MS: millis(30_000),
    DATABASE_QUERY_TIMEOUT_MS: duration.optional(),
    DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: millis(60_000),
    DATABASE_IDLE_TIMEOUT_MS: millis(10_000),
    SHUTDOWN_TIMEOUT_MS: z.coerce
      .number({ message: 'must be a number of milliseconds' })
      .int('must be a whole number of milliseconds')
      .min(1_000, 'must be at least 1000 (a second)')
      .max(600_000, 'must be at most 600000 (ten minutes)')
      .default(10_000),
    SITE_NAME: z.string().trim().min(1).max(120).optional(),
    SITE_URL: z
      .url('must be an absolute URL such as https://news.example.com')
      .refine((u) => /^https?:\/\//.test(u), 'must start with http:// or https://')
      .optional(),
    SITE_TIMEZONE: z.string().refine(isTimeZone, 'must be an IANA time zone such as Asia/Baku').optional(),
    SITE_LANGUAGES: z
      .string()
      .transform((s) =>
        s
          .split(',')
          .map((x) => x.trim())
          .filter(Boolean),
      )
      .pipe(z.array(languageCode).min(1, 'must list at least one language'))
      .optional(),
    SITE_DEFAULT_LANGUAGE: languageCode.optional(),
    NEWSDESK_DEMO: boolFlag.default(true),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    TRUST_PROXY: trustProxy.default(false),
    MEDIA_DIR: z.string().trim().min(1).optional(),
    MEDIA_MAX_BYTES: z.coerce
      .number({ message: 'must be a number of bytes' })
      .int('must be a whole number of bytes')
      .min(1024, 'must be at least 1024 bytes')
      .max(1024 * 1024 * 1024, 'must be at most 1073741824 bytes (1 GiB)')
      .default(10 * 1024 * 1024),
    MEDIA_MAX_PIXELS: z.coerce
      .number({ message: 'must be a number of pixels' })
      .int('must be a whole number of pixels')
      .min(1_000_000, 'must be at least 1000000 (1 megapixel)')
      .max(268_402_689, 'must be at most 268402689 (16383 × 16383)')
      .default(DEFAULT_MEDIA_MAX_PIXELS),
    SAVES_PER_MINUTE: z.coerce
      .number({ message: 'must be a number of saves' })
      .int('must be a whole number of saves')
      .min(1, 'must be at least 1')
      .max(10_000, 'must be at most 10000')
      .default(DEFAULT_SAVES_PER_MINUTE),
    CACHE_PURGE_URL: z
      .url('must be an absolute URL such as http://varnish:6081')
      .refine((u) => /^https?:\/\//.test(u), 'must start with http:// or https://')
      .optional(),
    WEBHOOK_ALLOW_PRIVATE: boolFlag.default(false),
    WIRE_ALLOW_PRIVATE: z
      .string()
      .trim()
      .transform((v, ctx) => {
        const entries = v
          .split(',')
          .map((e) => e.trim())
          .filter(Boolean);
        const bad = entries.find((e) => !/^[a-z0-9.-]+$/i.test(e) && !isAddressOrRange(e));
        if (bad)
          ctx.addIssue({ code: 'custom', message: `"${bad}" is neither a host name nor an address or CIDR` });
        return entries;
      })
      .default([]),
    PAGE_CACHE_BYTES: z.coerce
      .number({ message: 'must be a number of bytes' })
      .int('must be a whole number of bytes')
      .min(0, 'must be 0 (off) or more bytes')
      .max(16 * 1024 * 1024 * 1024, 'must be at most 17179869184 bytes (16 GiB)')
      .default(DEFAULT_PAGE_CACHE_BYTES),
    PAGE_CACHE_MAX_AGE_MS: millis(60_000),
    LIVE_MAX_STREAMS: z.coerce
      .number({ message: 'must be a number of streams' })
      .int('must be a whole number of streams')
      .min(0, 'must be 0 (readers poll) or more streams')
      .max(100_000, 'must be at most 100000')
      .default(5_000),
    LIVE_HEARTBEAT_MS: millis(25_000),
    REDIS_URL: z
      .url('must be a URL such as redis://127.0.0.1:6379')
      .refine((u) => /^rediss?:\/\//.test(u), 'must start with redis:// or rediss://')
      .optional(),
    REDIS_PREFIX: z
      .string()
      .regex(/^[\w:.-]{1,40}$/, 'must be 1–40 letters, digits, or : . _ -')
      .default('newsdesk:'),
    MAIL_TRANSPORT: z.enum(['log', 'smtp'], { message: 'must be log or smtp' }).default('log'),
    SMTP_URL: z
      .url('must be a URL such as smtp://user:password@mail.example.com:587')
      .refine((u) => /^smtps?:\/\//.test(u), 'must start with smtp:// or smtps://')
      .optional(),
    MAIL_FROM: z
      .string()
      .trim()
      .regex(
        /^(?:[^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/,
        'must be an address such as newsroom@example.com or "Newsroom <newsroom@example.com>"',
      )
      .optional(),
  })
  .superRefine((env, ctx) => {
    const query = env.DATABASE_QUERY_TIMEOUT_MS;
    const statement = env.DATABASE_STATEMENT_TIMEOUT_MS;
    if (query !== undefined && query > 0 && (statement === 0 || query <= statement)) {
      // The server cancels a slow statement cleanly; the client giving up first leaves it running.
      ctx.addIssue({
        code: 'custom',
        path: ['DATABASE_QUERY_TIMEOUT_MS'],
        message: 'must be longer than DATABASE_STATEMENT_TIMEOUT_MS (which must then not be 0)',
      });
    }
    if (env.MAIL_TRANSPORT === 'smtp' && !env.SMTP_URL) {
      ctx.addIssue({
        code: 'custom',
        path: ['SMTP_URL'],
        message: 'is required when MAIL_TRANSPORT=smtp',
      });
    }
    const langs = env.SITE_LANGUAGES;
    if (langs && env.SITE_DEFAULT_LANGUAGE && !langs.includes(env.SITE_DEFAULT_LANGUAGE)) {
      ctx.addIssue({
        code: 'custom',
        path: ['SITE_DEFAULT_LANGUAGE'],
        message: `must be one of SITE_LANGUAGES (${langs.join(', ')})`,
      });
    }
  });

export type DatabaseConfig =
  { kind: 'sqlite'; filename: string } | { kind: 'postgres'; connectionString: string };

/** Site identity given by the operator; values left unset fall back to stored or built-in settings. */
export interface SiteOverrides {
  name?: string;
  baseUrl?: string;
  timeZone?: string;
  languages?: string[];
  defaultLanguage?: string;
}

/** Bounds on PostgreSQL connections, in milliseconds (0 = off); SQLite ignores them. */
export interface DatabaseTimeouts {
  connectMs: number;
  statementMs: number;
  queryMs: number;
  idleInTransactionMs: number;
  idleMs: number;
}

/**
 * Whose X-Forwarded-* headers are believed: nobody's (false), the last N hops counted from the
 * app (a hop count, for an app reachable only through its proxies), or peers by address.
 */
export type TrustProxy = false | number | string[];

export interface Config {
  port: number;
  host: string;
  database: DatabaseConfig;
  /** PostgreSQL timeouts (DATABASE_*_TIMEOUT_MS); the storage layer's defaults when unset. */
  databaseTimeouts?: DatabaseTimeouts;
  /** How long SIGTERM waits for requests in flight before cutting them (SHUTDOWN_TIMEOUT_MS). */
  shutdownTimeoutMs?: number;
  site: SiteOverrides;
  demo: boolean;
  logLevel: string;
  trustProxy: TrustProxy;
  /** Where PURGE requests for changed pages go (a CDN or cache in front of the app); none when unset. */
  cachePurgeUrl?: string | null;
  /**
   * Redis shared by several instances for rate limits, sign-in lockouts and the "most read"
   * reload filter; each process counts on its own when unset.
   */
  redis?: { url: string; prefix: string } | null;
  /** How invitations and password-reset links go out; the log when unset. */
  mail?: MailConfig;
  /** WEBHOOK_ALLOW_PRIVATE: webhooks may go to loopback, private and link-local addresses (refused when unset). */
  webhooks?: { allowPrivate: boolean };
  /** WIRE_ALLOW_PRIVATE: hosts and addresses/CIDRs wire sources may be fetched from although not public. */
  wire?: { allowPrivate: string[] };
  /** The media library's files and upload limit; `defaultMediaConfig` when unset. */
  media?: MediaConfig;
  /** Limits per account (SAVES_PER_MINUTE); the defaults when unset. */
  limits?: LimitsConfig;
  /** The rendered-page cache (PAGE_CACHE_BYTES, PAGE_CACHE_MAX_AGE_MS); off when unset or 0 bytes. */
  pageCache?: PageCacheConfig;
  /** Live blogs' reader streams (LIVE_MAX_STREAMS, LIVE_HEARTBEAT_MS); the defaults when unset. */
  live?: { maxStreams: number; heartbeatMs: number };
}

export interface PageCacheConfig {
  /** Memory the rendered pages may take; 0 turns the cache off. */
  maxBytes: number;
  /** Pages older than this are rendered again even if no purge named them. */
  maxAgeMs: number;
}

export interface LimitsConfig {
  /** Article writes (saves, autosaves, workflow moves) one account may make per minute. */
  articleSavesPerMinute: number;
}

export interface MediaConfig {
  /** Where uploaded images and their variants are stored (a shared disk for several instances). */
  dir: string;
  /** The largest upload accepted, in bytes. */
  maxBytes: number;
  /** The most pixels an image may have (it is refused before decoding); DEFAULT_MEDIA_MAX_PIXELS when unset. */
  maxPixels?: number;
}

/** Media beside the SQLite file (`./data/media` for the default database), else `./data/media`. */
export function defaultMediaConfig(database: DatabaseConfig): MediaConfig {
  const dir =
    database.kind === 'sqlite' && database.filename !== ':memory:'
      ? join(dirname(database.filename), 'media')
      : './data/media';
  return { dir, maxBytes: 10 * 1024 * 1024, maxPixels: DEFAULT_MEDIA_MAX_PIXELS };
}

/** MAIL_TRANSPORT, SMTP_URL and MAIL_FROM. */
export interface MailConfig {
  transport: 'log' | 'smtp';
  smtpUrl: string | null;
  from: string;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export function parseDatabaseUrl(url: string): DatabaseConfig {
  if (/^postgres(ql)?:\/\//.test(url)) return { kind: 'postgres', connectionString: url };
  if (url === ':memory:' || url === 'sqlite::memory:') return { kind: 'sqlite', filename: ':memory:' };
  const m = /^(?:sqlite|file):(.+)$/.exec(url);
  if (m?.[1]) return { kind: 'sqlite', filename: m[1].replace(/^\/\/(?=\/)/, '') };
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) {
    throw new ConfigError(`DATABASE_URL: unsupported scheme in "${url}" (use sqlite:PATH or postgres://…)`);
  }
  return { kind: 'sqlite', filename: url };
}

/** The sender's domain when MAIL_FROM is unset: the site's host name, else localhost. */
function mailDomain(baseUrl: string | undefined): string {
  const host = baseUrl ? new URL(baseUrl).hostname : 'localhost';
  return /^[\d.]+$|:/.test(host) ? 'localhost' : host;
}

/** Reads configuration from the environment; throws ConfigError with one line naming the variable. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const relevant = Object.fromEntries(
    Object.entries(env).filter(([k, v]) => v !== undefined && v !== '' && k in envSchema.shape),
  );
  const parsed = envSchema.safeParse(relevant);
  if (!parsed.success) {
    // A failed parse has at least one issue; the error's own summary stands in if not.
    const issue = parsed.error.issues[0] ?? { path: [], message: parsed.error.message };
    const key = String(issue.path[0] ?? 'environment');
    // A password inside a URL (SMTP_URL, DATABASE_URL, REDIS_URL) never reaches the log.
    const value = relevant[key]?.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:/@]*):[^@/]*@/i, '$1:***@');
    throw new ConfigError(
      `Invalid configuration: ${key}${value !== undefined ? `="${value}"` : ''} ${issue.message}`,
    );
  }
  const e = parsed.data;
  const database = parseDatabaseUrl(e.DATABASE_URL);
  const site: SiteOverrides = {};
  if (e.SITE_NAME) site.name = e.SITE_NAME;
  if (e.SITE_URL) site.baseUrl = e.SITE_URL.replace(/\/+$/, '');
  if (e.SITE_TIMEZONE) site.timeZone = e.SITE_TIMEZONE;
  if (e.SITE_LANGUAGES) site.languages = e.SITE_LANGUAGES;
  if (e.SITE_DEFAULT_LANGUAGE) site.defaultLanguage = e.SITE_DEFAULT_LANGUAGE;
  if (site.languages && !site.defaultLanguage) site.defaultLanguage = site.languages[0];
  return {
    port: e.PORT,
    host: e.HOST,
    database,
    databaseTimeouts: {
      connectMs: e.DATABASE_CONNECT_TIMEOUT_MS,
      statementMs: e.DATABASE_STATEMENT_TIMEOUT_MS,
      // Unset: the server's bound plus 5 s, so PostgreSQL cancels first and the client only
      // gives up on a connection that stopped answering.
      queryMs:
        e.DATABASE_QUERY_TIMEOUT_MS ??
        (e.DATABASE_STATEMENT_TIMEOUT_MS ? e.DATABASE_STATEMENT_TIMEOUT_MS + 5_000 : 0),
      idleInTransactionMs: e.DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS,
      idleMs: e.DATABASE_IDLE_TIMEOUT_MS,
    },
    shutdownTimeoutMs: e.SHUTDOWN_TIMEOUT_MS,
    site,
    demo: e.NEWSDESK_DEMO,
    logLevel: e.LOG_LEVEL,
    trustProxy: e.TRUST_PROXY,
    cachePurgeUrl: e.CACHE_PURGE_URL ?? null,
    redis: e.REDIS_URL ? { url: e.REDIS_URL, prefix: e.REDIS_PREFIX } : null,
    webhooks: { allowPrivate: e.WEBHOOK_ALLOW_PRIVATE },
    wire: { allowPrivate: e.WIRE_ALLOW_PRIVATE },
    mail: {
      transport: e.MAIL_TRANSPORT,
      smtpUrl: e.SMTP_URL ?? null,
      from: e.MAIL_FROM ?? `${site.name ?? 'Newsdesk'} <newsdesk@${mailDomain(site.baseUrl)}>`,
    },
    media: {
      dir: e.MEDIA_DIR ?? defaultMediaConfig(database).dir,
      maxBytes: e.MEDIA_MAX_BYTES,
      maxPixels: e.MEDIA_MAX_PIXELS,
    },
    limits: { articleSavesPerMinute: e.SAVES_PER_MINUTE },
    pageCache: { maxBytes: e.PAGE_CACHE_BYTES, maxAgeMs: e.PAGE_CACHE_MAX_AGE_MS },
    live: { maxStreams: e.LIVE_MAX_STREAMS, heartbeatMs: e.LIVE_HEARTBEAT_MS },
  };
}
