import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, parseDatabaseUrl } from './config.ts';

const fails = (env: Record<string, string>) => {
  try {
    loadConfig(env);
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigError');
};

describe('loadConfig', () => {
  it('has working defaults: port 3000 on 127.0.0.1, SQLite, demo on', () => {
    const c = loadConfig({});
    expect(c.port).toBe(3000);
    expect(c.host).toBe('127.0.0.1');
    expect(c.database).toEqual({ kind: 'sqlite', filename: './data/newsdesk.sqlite' });
    expect(c.demo).toBe(true);
    expect(c.site).toEqual({});
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '8080',
      HOST: '0.0.0.0',
      DATABASE_URL: 'postgres://u@db:5432/news',
      SITE_NAME: 'Caspian Daily',
      SITE_URL: 'https://news.example.com/',
      SITE_TIMEZONE: 'Europe/Moscow',
      SITE_LANGUAGES: 'ru, en',
      NEWSDESK_DEMO: '0',
      LOG_LEVEL: 'warn',
      TRUST_PROXY: '1',
    });
    expect(c).toMatchObject({
      port: 8080,
      host: '0.0.0.0',
      database: { kind: 'postgres', connectionString: 'postgres://u@db:5432/news' },
      site: {
        name: 'Caspian Daily',
        baseUrl: 'https://news.example.com',
        timeZone: 'Europe/Moscow',
        languages: ['ru', 'en'],
        defaultLanguage: 'ru',
      },
      demo: false,
      logLevel: 'warn',
      trustProxy: 1,
    });
  });

  it('WEBHOOK_ALLOW_PRIVATE: private webhook targets refused unless set', () => {
    expect(loadConfig({}).webhooks).toEqual({ allowPrivate: false });
    expect(loadConfig({ WEBHOOK_ALLOW_PRIVATE: '1' }).webhooks).toEqual({ allowPrivate: true });
    expect(fails({ WEBHOOK_ALLOW_PRIVATE: 'sometimes' })).toBe(
      'Invalid configuration: WEBHOOK_ALLOW_PRIVATE="sometimes" must be 0 or 1',
    );
  });

  it('TRUST_PROXY: 0, a hop count, or the proxies’ addresses — never "every hop"', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '0' }).trustProxy).toBe(false);
    expect(loadConfig({ TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8,::1,fd00::/8,loopback' }).trustProxy).toEqual([
      '127.0.0.1',
      '10.0.0.0/8',
      '::1',
      'fd00::/8',
      'loopback',
    ]);
    expect(fails({ TRUST_PROXY: 'true' })).toMatch(
      /^Invalid configuration: TRUST_PROXY="true" would trust every hop and let any client choose its address/,
    );
    expect(fails({ TRUST_PROXY: '10.0.0.0/8,proxy.internal' })).toMatch(
      /^Invalid configuration: TRUST_PROXY="10\.0\.0\.0\/8,proxy\.internal" must be 0, the number of proxies .*"proxy\.internal" is neither$/,
    );
    expect(fails({ TRUST_PROXY: '10.0.0.0/33' })).toMatch(/TRUST_PROXY=.*"10\.0\.0\.0\/33" is neither/);
    expect(fails({ TRUST_PROXY: '99' })).toMatch(/TRUST_PROXY="99" must be at most 20 proxies/);
  });

  it('stops with one line naming the variable and its value', () => {
    expect(fails({ PORT: 'eighty' })).toMatch(/^Invalid configuration: PORT="eighty" /);
    expect(fails({ PORT: '70000' })).toMatch(/^Invalid configuration: PORT="70000" /);
    expect(fails({ SITE_TIMEZONE: 'Mars/Olympus' })).toBe(
      'Invalid configuration: SITE_TIMEZONE="Mars/Olympus" must be an IANA time zone such as Asia/Baku',
    );
    expect(fails({ SITE_URL: 'news.example.com' })).toMatch(/^Invalid configuration: SITE_URL=/);
    expect(fails({ SITE_LANGUAGES: 'en,English' })).toMatch(
      /^Invalid configuration: SITE_LANGUAGES=.*BCP 47/,
    );
    expect(fails({ SITE_LANGUAGES: 'en,ru', SITE_DEFAULT_LANGUAGE: 'az' })).toMatch(
      /SITE_DEFAULT_LANGUAGE="az" must be one of SITE_LANGUAGES \(en, ru\)/,
    );
    expect(fails({ NEWSDESK_DEMO: 'maybe' })).toMatch(/NEWSDESK_DEMO="maybe" must be 0 or 1/);
    expect(fails({ DATABASE_URL: 'mysql://localhost/db' })).toMatch(/^DATABASE_URL: unsupported scheme/);
    for (const m of [fails({ PORT: 'x' }), fails({ LOG_LEVEL: 'loud' })]) expect(m).not.toContain('\n');
  });

  it('sends mail to the log by default, or through SMTP when asked', () => {
    expect(loadConfig({}).mail).toEqual({
      transport: 'log',
      smtpUrl: null,
      from: 'Newsdesk <newsdesk@localhost>',
    });
    expect(loadConfig({ SITE_NAME: 'Caspian Daily', SITE_URL: 'https://news.example.com' }).mail?.from).toBe(
      'Caspian Daily <newsdesk@news.example.com>',
    );
    expect(
      loadConfig({
        MAIL_TRANSPORT: 'smtp',
        SMTP_URL: 'smtps://newsroom:secret@mail.example.com:465',
        MAIL_FROM: 'Newsroom <newsroom@example.com>',
      }).mail,
    ).toEqual({
      transport: 'smtp',
      smtpUrl: 'smtps://newsroom:secret@mail.example.com:465',
      from: 'Newsroom <newsroom@example.com>',
    });
    expect(fails({ MAIL_TRANSPORT: 'pigeon' })).toBe(
      'Invalid configuration: MAIL_TRANSPORT="pigeon" must be log or smtp',
    );
    expect(fails({ MAIL_TRANSPORT: 'smtp' })).toBe(
      'Invalid configuration: SMTP_URL is required when MAIL_TRANSPORT=smtp',
    );
    expect(fails({ SMTP_URL: 'http://mail.example.com' })).toMatch(
      /^Invalid configuration: SMTP_URL="http:\/\/mail.example.com" must start with smtp:\/\/ or smtps:\/\//,
    );
    expect(fails({ SMTP_URL: 'smtp://newsroom:secret@mail example' })).toMatch(
      /^Invalid configuration: SMTP_URL="smtp:\/\/newsroom:\*\*\*@mail example" must be a URL/,
    );
    expect(fails({ MAIL_FROM: 'newsroom' })).toMatch(
      /^Invalid configuration: MAIL_FROM="newsroom" must be an address/,
    );
  });
  it('shares counters through Redis only when REDIS_URL is set', () => {
    expect(loadConfig({}).redis).toBeNull();
    expect(loadConfig({ REDIS_URL: 'redis://127.0.0.1:6379' }).redis).toEqual({
      url: 'redis://127.0.0.1:6379',
      prefix: 'newsdesk:',
    });
    expect(loadConfig({ REDIS_URL: 'rediss://cache:6380/2', REDIS_PREFIX: 'site-a:' }).redis).toEqual({
      url: 'rediss://cache:6380/2',
      prefix: 'site-a:',
    });
    expect(fails({ REDIS_URL: 'http://cache' })).toBe(
      'Invalid configuration: REDIS_URL="http://cache" must start with redis:// or rediss://',
    );
    expect(fails({ REDIS_URL: 'redis://:hunter2@cache:6379', REDIS_PREFIX: 'a b' })).toMatch(
      /^Invalid configuration: REDIS_PREFIX="a b" must be 1–40/,
    );
  });

  it('keeps media beside the SQLite file, up to 10 MiB and 50 megapixels per upload, unless told otherwise', () => {
    expect(loadConfig({}).media).toEqual({
      dir: 'data/media',
      maxBytes: 10 * 1024 * 1024,
      maxPixels: 50_000_000,
    });
    expect(loadConfig({ DATABASE_URL: 'sqlite:/var/lib/newsdesk/site.db' }).media?.dir).toBe(
      '/var/lib/newsdesk/media',
    );
    expect(loadConfig({ DATABASE_URL: 'postgres://u@db:5432/news' }).media?.dir).toBe('./data/media');
    expect(
      loadConfig({ MEDIA_DIR: '/srv/shared/media', MEDIA_MAX_BYTES: '2097152', MEDIA_MAX_PIXELS: '24000000' })
        .media,
    ).toEqual({
      dir: '/srv/shared/media',
      maxBytes: 2 * 1024 * 1024,
      maxPixels: 24_000_000,
    });
    expect(fails({ MEDIA_MAX_PIXELS: '1000' })).toBe(
      'Invalid configuration: MEDIA_MAX_PIXELS="1000" must be at least 1000000 (1 megapixel)',
    );
    expect(fails({ MEDIA_MAX_PIXELS: '4e8' })).toMatch(
      /^Invalid configuration: MEDIA_MAX_PIXELS="4e8" must be at most/,
    );
    expect(fails({ MEDIA_MAX_BYTES: 'lots' })).toMatch(/^Invalid configuration: MEDIA_MAX_BYTES="lots" /);
    expect(fails({ MEDIA_MAX_BYTES: '1.5' })).toBe(
      'Invalid configuration: MEDIA_MAX_BYTES="1.5" must be a whole number of bytes',
    );
    expect(fails({ MEDIA_MAX_BYTES: '10' })).toBe(
      'Invalid configuration: MEDIA_MAX_BYTES="10" must be at least 1024 bytes',
    );
  });

  it('bounds PostgreSQL connections and shutdown, each configurable', () => {
    const c = loadConfig({});
    expect(c.databaseTimeouts).toEqual({
      connectMs: 5_000,
      statementMs: 30_000,
      queryMs: 35_000,
      idleInTransactionMs: 60_000,
      idleMs: 10_000,
    });
    expect(c.shutdownTimeoutMs).toBe(10_000);
    expect(
      loadConfig({
        DATABASE_CONNECT_TIMEOUT_MS: '1000',
        DATABASE_STATEMENT_TIMEOUT_MS: '2000',
        DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '0',
        DATABASE_IDLE_TIMEOUT_MS: '500',
        SHUTDOWN_TIMEOUT_MS: '3000',
      }),
    ).toMatchObject({
      databaseTimeouts: {
        connectMs: 1000,
        statementMs: 2000,
        queryMs: 7000,
        idleInTransactionMs: 0,
        idleMs: 500,
      },
      shutdownTimeoutMs: 3000,
    });
    expect(loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '0' }).databaseTimeouts?.queryMs).toBe(0);
    expect(
      loadConfig({ DATABASE_STATEMENT_TIMEOUT_MS: '1000', DATABASE_QUERY_TIMEOUT_MS: '1500' })
        .databaseTimeouts?.queryMs,
    ).toBe(1500);
    expect(fails({ DATABASE_CONNECT_TIMEOUT_MS: 'soon' })).toBe(
      'Invalid configuration: DATABASE_CONNECT_TIMEOUT_MS="soon" must be a number of milliseconds',
    );
    expect(fails({ DATABASE_STATEMENT_TIMEOUT_MS: '-1' })).toBe(
      'Invalid configuration: DATABASE_STATEMENT_TIMEOUT_MS="-1" must be 0 (off) or more milliseconds',
    );
    expect(fails({ DATABASE_QUERY_TIMEOUT_MS: '20000' })).toBe(
      'Invalid configuration: DATABASE_QUERY_TIMEOUT_MS="20000" must be longer than DATABASE_STATEMENT_TIMEOUT_MS (which must then not be 0)',
    );
    expect(fails({ SHUTDOWN_TIMEOUT_MS: '10' })).toBe(
      'Invalid configuration: SHUTDOWN_TIMEOUT_MS="10" must be at least 1000 (a second)',
    );
  });
});

describe('limits per account', () => {
  it('allows 60 article saves per account and minute unless SAVES_PER_MINUTE says otherwise', () => {
    expect(loadConfig({}).limits).toEqual({ articleSavesPerMinute: 60 });
    expect(loadConfig({ SAVES_PER_MINUTE: '20' }).limits).toEqual({ articleSavesPerMinute: 20 });
    expect(fails({ SAVES_PER_MINUTE: '0' })).toBe(
      'Invalid configuration: SAVES_PER_MINUTE="0" must be at least 1',
    );
    expect(fails({ SAVES_PER_MINUTE: 'many' })).toMatch(/SAVES_PER_MINUTE="many" must be a number/);
  });
});

describe('parseDatabaseUrl', () => {
  it('understands sqlite paths, memory and postgres URLs', () => {
    expect(parseDatabaseUrl('sqlite:/var/lib/newsdesk/site.db')).toEqual({
      kind: 'sqlite',
      filename: '/var/lib/newsdesk/site.db',
    });
    expect(parseDatabaseUrl('file:data/x.sqlite')).toEqual({ kind: 'sqlite', filename: 'data/x.sqlite' });
    expect(parseDatabaseUrl('./x.sqlite')).toEqual({ kind: 'sqlite', filename: './x.sqlite' });
    expect(parseDatabaseUrl(':memory:')).toEqual({ kind: 'sqlite', filename: ':memory:' });
    expect(parseDatabaseUrl('postgresql://a@b/c')).toEqual({
      kind: 'postgres',
      connectionString: 'postgresql://a@b/c',
    });
  });
});
