import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FORGOT_PER_ADDRESS, SIGNIN_PER_ADDRESS } from '../../src/admin/routes.tsx';
import { loadConfig } from '../../src/config/config.ts';
import { createTestApp, type TestApp } from '../utils/app.ts';
import { ifStarted } from '../utils/if-started.ts';

/**
 * The per-address sign-in and reset limits behind a reverse proxy (TRUST_PROXY). A client may
 * put anything into X-Forwarded-For; only what the trusted proxies appended counts. These tests
 * are about whose address a request has, not about storage, so SQLite alone is enough.
 */
const FORM = { 'content-type': 'application/x-www-form-urlencoded' };
const PROXY = '10.0.0.2';

/** Posts to the route as a client that makes up a new X-Forwarded-For every time. */
async function rotating(app: TestApp, url: string, times: number, from: Partial<InjectOptions> = {}) {
  const codes: number[] = [];
  for (let i = 0; i < times; i++) {
    const res = await app.server.inject({
      method: 'POST',
      url,
      remoteAddress: PROXY,
      ...from,
      // What the proxy sends on: the client's made-up entry, then the address it really came from.
      headers: { ...FORM, 'x-forwarded-for': `198.51.100.${i}, 203.0.113.9` },
      payload: 'email=a%40b.c&password=x',
    });
    codes.push(res.statusCode);
  }
  return codes;
}

describe('TRUST_PROXY=1: one proxy in front of the app', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp('sqlite', { trustProxy: loadConfig({ TRUST_PROXY: '1' }).trustProxy });
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('a client rotating X-Forwarded-For still hits the per-address sign-in limit', async () => {
    const codes = await rotating(app, '/admin/signin', SIGNIN_PER_ADDRESS + 2);
    // No CSRF token: refused with 403, but counted against the address the proxy saw.
    expect(codes.slice(0, SIGNIN_PER_ADDRESS).every((c) => c === 403)).toBe(true);
    expect(codes.slice(SIGNIN_PER_ADDRESS)).toEqual([429, 429]);
  });

  it('… and the per-address reset limit', async () => {
    const codes = await rotating(app, '/admin/forgot', FORGOT_PER_ADDRESS + 2);
    expect(codes.slice(FORGOT_PER_ADDRESS)).toEqual([429, 429]);
  });

  it('another client behind the same proxy has its own count', async () => {
    const res = await app.server.inject({
      method: 'POST',
      url: '/admin/signin',
      remoteAddress: PROXY,
      headers: { ...FORM, 'x-forwarded-for': '203.0.113.10' },
      payload: 'x=y',
    });
    expect(res.statusCode).toBe(403);
  });
});

describe('TRUST_PROXY as a list of proxy addresses', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await createTestApp('sqlite', {
      trustProxy: loadConfig({ TRUST_PROXY: '127.0.0.1, 10.0.0.0/8' }).trustProxy,
    });
  });
  afterAll(async () => ifStarted(app)?.dispose());

  it('an untrusted peer has its X-Forwarded-For ignored: rotating it does not escape the limit', async () => {
    const codes = await rotating(app, '/admin/signin', SIGNIN_PER_ADDRESS + 1, {
      remoteAddress: '203.0.113.77',
    });
    expect(codes.slice(0, SIGNIN_PER_ADDRESS).every((c) => c === 403)).toBe(true);
    expect(codes.at(-1)).toBe(429);
  });

  it('through trusted proxies the client is the first untrusted hop from the right, whichever proxy', async () => {
    const via = (proxy: string) =>
      app.server.inject({
        method: 'POST',
        url: '/admin/forgot',
        remoteAddress: proxy,
        // made-up entry, the real client, then an inner proxy of the list
        headers: { ...FORM, 'x-forwarded-for': `198.51.100.${proxy.length}, 203.0.113.9, 10.0.0.7` },
        payload: 'email=a%40b.c',
      });
    const codes: number[] = [];
    for (let i = 0; i < FORGOT_PER_ADDRESS + 1; i++)
      codes.push((await via(i % 2 ? '10.0.0.2' : '127.0.0.1')).statusCode);
    expect(codes.at(-1)).toBe(429);
  });
});
