import type { TrustProxy } from '../config/config.ts';

type FastifyTrustProxy = false | string[] | ((address: string, hop: number) => boolean);

/**
 * TRUST_PROXY as Fastify's `trustProxy`. Fastify ignores a bare number (since 5.12 it fails
 * closed: a hop count cannot tell a proxy from a client that reaches the app directly), so a hop
 * count becomes a function trusting the socket peer and the N-1 entries nearest to it; the
 * client is then the Nth X-Forwarded-For entry from the right, the one the outermost proxy wrote.
 */
export function fastifyTrustProxy(setting: TrustProxy): FastifyTrustProxy {
  if (typeof setting !== 'number') return setting;
  const hops = setting;
  return (_address, hop) => hop < hops;
}
