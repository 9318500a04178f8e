import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import type { TrustProxy } from '../config/config.ts';
import { fastifyTrustProxy } from './trust-proxy.ts';
import { z } from 'zod';

/** What a route sees as the client's address and protocol under each TRUST_PROXY setting. */
async function seen(setting: TrustProxy, remoteAddress: string, forwardedFor: string) {
  const app = Fastify({ trustProxy: fastifyTrustProxy(setting) });
  app.get('/', async (request) => ({ ip: request.ip, protocol: request.protocol }));
  try {
    const res = await app.inject({
      url: '/',
      remoteAddress,
      headers: { 'x-forwarded-for': forwardedFor, 'x-forwarded-proto': 'https' },
    });
    return z.object({ ip: z.string(), protocol: z.string() }).parse(res.json());
  } finally {
    await app.close();
  }
}

describe('TRUST_PROXY → the client address Fastify reports', () => {
  it('0: the socket peer, X-Forwarded-* ignored', async () => {
    expect(await seen(false, '10.0.0.2', '198.51.100.1')).toEqual({ ip: '10.0.0.2', protocol: 'http' });
  });

  it('a hop count takes that many proxies off the right, never the client’s own entries', async () => {
    expect(await seen(1, '10.0.0.2', '198.51.100.1, 203.0.113.9')).toEqual({
      ip: '203.0.113.9',
      protocol: 'https',
    });
    expect(await seen(2, '10.0.0.2', '198.51.100.1, 203.0.113.9, 10.0.0.7')).toMatchObject({
      ip: '203.0.113.9',
    });
    // Fewer entries than hops: the leftmost there is.
    expect(await seen(2, '10.0.0.2', '203.0.113.9')).toMatchObject({ ip: '203.0.113.9' });
  });

  it('a list trusts only those peers, and every listed hop in the chain', async () => {
    const list = ['127.0.0.1', '10.0.0.0/8'];
    expect(await seen(list, '10.0.0.2', '198.51.100.1, 203.0.113.9, 10.0.0.7')).toEqual({
      ip: '203.0.113.9',
      protocol: 'https',
    });
    expect(await seen(list, '203.0.113.50', '198.51.100.1')).toEqual({
      ip: '203.0.113.50',
      protocol: 'http',
    });
  });
});
