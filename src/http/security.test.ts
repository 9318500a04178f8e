import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { registerSecurityHeaders } from './security.ts';

let app: FastifyInstance | undefined;
afterEach(async () => app?.close());

async function headersWith(options: { scriptHashes: string[]; https: boolean }) {
  app = Fastify({ logger: false });
  await registerSecurityHeaders(app, options);
  app.get('/', async () => 'ok');
  const res = await app.inject({ method: 'GET', url: '/' });
  return res.headers;
}

/** The CSP as directive → values. */
const directives = (csp: unknown): Record<string, string> =>
  Object.fromEntries(
    String(csp)
      .split(';')
      .map((d) => d.trim())
      .filter(Boolean)
      .map((d) => {
        const [name, ...values] = d.split(/\s+/);
        return [name!, values.join(' ')];
      }),
  );

describe('security headers', () => {
  it('allows scripts only from the site and the inline scripts whose hashes it lists', async () => {
    const csp = directives(
      (await headersWith({ scriptHashes: ["'sha256-abc='", "'sha256-def='"], https: false }))[
        'content-security-policy'
      ],
    );
    expect(csp['script-src']).toBe("'self' 'sha256-abc=' 'sha256-def='");
    expect(csp['default-src']).toBe("'self'");
    expect(csp['object-src']).toBe("'none'");
    expect(csp['frame-src']).toBe('https://www.youtube-nocookie.com');
    expect(csp['frame-ancestors']).toBe("'self'");
    expect(csp['style-src']).toBe("'self'");
    expect(csp).not.toHaveProperty('upgrade-insecure-requests');
  });

  it('over HTTPS: HSTS for six months and insecure requests upgraded; over HTTP neither', async () => {
    const https = await headersWith({ scriptHashes: [], https: true });
    expect(https['strict-transport-security']).toBe('max-age=15552000; includeSubDomains');
    expect(directives(https['content-security-policy'])).toHaveProperty('upgrade-insecure-requests');
    await app?.close();
    const http = await headersWith({ scriptHashes: [], https: false });
    expect(http['strict-transport-security']).toBeUndefined();
  });

  it('sends the referrer only as an origin elsewhere, forbids sniffing, and embeds from others still work', async () => {
    const h = await headersWith({ scriptHashes: [], https: false });
    expect(h['referrer-policy']).toBe('strict-origin-when-cross-origin');
    expect(h['x-content-type-options']).toBe('nosniff');
    expect(h['cross-origin-embedder-policy']).toBeUndefined();
  });
});
