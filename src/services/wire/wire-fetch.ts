import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import ipaddr from 'ipaddr.js';
import type { WireCredentials } from '../../domain/wire.ts';
import { nonPublicKind, parseIpLiteral } from '../../lib/network-address.ts';

const ALLOW_HINT =
  'wire sources are fetched from public addresses only (WIRE_ALLOW_PRIVATE lists exceptions)';

/** A fetch that failed; `message` says why in words the desk shows as the source's last error. */
export class WireFetchError extends Error {
  override name = 'WireFetchError';
}

/**
 * WIRE_ALLOW_PRIVATE: host names and addresses/CIDRs the operator allows although they are not
 * public (an agency's feed on the office network, a test server on 127.0.0.1).
 */
export class WireAllowList {
  private readonly hosts = new Set<string>();
  private readonly ranges: [ipaddr.IPv4 | ipaddr.IPv6, number][] = [];

  constructor(entries: readonly string[]) {
    for (const raw of entries) {
      const e = raw.trim().toLowerCase();
      if (!e) continue;
      if (ipaddr.isValidCIDR(e)) this.ranges.push(ipaddr.parseCIDR(e));
      else if (ipaddr.isValid(e)) {
        const ip = ipaddr.parse(e);
        this.ranges.push([ip, ip.kind() === 'ipv4' ? 32 : 128]);
      } else this.hosts.add(e.replace(/\.$/, ''));
    }
  }

  /** Why connecting to `address` for `host` is refused, or null when it is allowed. */
  problem(host: string, address: string): string | null {
    const kind = nonPublicKind(address);
    if (kind === null) return null;
    if (this.hosts.has(host.toLowerCase().replace(/\.$/, ''))) return null;
    const ip = ipaddr.process(address);
    if (this.ranges.some(([net, bits]) => ip.kind() === net.kind() && ip.match(net, bits))) return null;
    return `${host} is ${address}, ${kind}; ${ALLOW_HINT}`;
  }
}

/** A lookup that keeps only the addresses the allow-list permits, so the socket connects to one that was checked. */
function checkedLookup(allow: WireAllowList, resolve: LookupFunction): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (err, found) => {
      if (err) {
        callback(err, '', 0);
        return;
      }
      const all = typeof found === 'string' ? [] : found;
      const allowed = all.filter((a) => allow.problem(hostname, a.address) === null);
      const [chosen] = allowed;
      if (!chosen) {
        const first = all[0];
        callback(
          new WireFetchError(
            first ? (allow.problem(hostname, first.address) ?? '') : `${hostname} has no address`,
          ),
          '',
          0,
        );
      } else if (options.all) callback(null, allowed);
      else callback(null, chosen.address, chosen.family);
    });
  };
}

export interface WireFetchLimits {
  allow: WireAllowList;
  /** For the whole exchange, body included. */
  timeoutMs: number;
  maxBytes: number;
  maxRedirects: number;
  lookup?: LookupFunction;
}

export const defaultWireLimits = (allow: WireAllowList): WireFetchLimits => ({
  allow,
  timeoutMs: 20_000,
  maxBytes: 20 * 1024 * 1024,
  maxRedirects: 5,
});

export interface ConditionalRequest {
  etag: string | null;
  lastModified: string | null;
  credentials: WireCredentials | null;
}

export type WireFetchResult =
  | { status: 'not-modified' }
  | { status: 'ok'; body: string; etag: string | null; lastModified: string | null };

interface Answer {
  res: IncomingMessage;
}

function authorization(c: WireCredentials): string {
  return c.kind === 'basic'
    ? `Basic ${Buffer.from(`${c.user}:${c.password}`).toString('base64')}`
    : `Bearer ${c.token}`;
}

/**
 * Fetches a feed with a conditional GET. Only http(s); every address connected to — the first
 * and each redirect's, checked after DNS resolution — must be public or allowed; redirects are
 * followed at most `maxRedirects` times; the body may not pass `maxBytes`; the whole exchange is
 * bounded by `timeoutMs`. Credentials go to the source's own origin only, never across a redirect.
 */
export async function fetchWire(
  location: string,
  req: ConditionalRequest,
  limits: WireFetchLimits,
): Promise<WireFetchResult> {
  const signal = AbortSignal.timeout(limits.timeoutMs);
  const origin = new URL(location).origin;
  const lookup = checkedLookup(limits.allow, limits.lookup ?? dnsLookup);
  let url = location;
  try {
    for (let hop = 0; ; hop++) {
      const u = new URL(url);
      if (u.protocol !== 'http:' && u.protocol !== 'https:')
        throw new WireFetchError(`${url}: only http:// and https:// are fetched`);
      const literal = parseIpLiteral(u.hostname);
      if (literal) {
        const problem = limits.allow.problem(u.hostname, literal.toString());
        if (problem) throw new WireFetchError(problem);
      }
      const headers: Record<string, string> = {
        'user-agent': 'Newsdesk wire poller',
        accept:
          'application/rss+xml, application/atom+xml, application/xml, application/json, text/xml, */*;q=0.5',
        'accept-encoding': 'identity',
      };
      if (req.etag) headers['if-none-match'] = req.etag;
      if (req.lastModified) headers['if-modified-since'] = req.lastModified;
      if (req.credentials && u.origin === origin) headers.authorization = authorization(req.credentials);
      const { res } = await send(u, headers, lookup, signal);
      const status = res.statusCode ?? 0;
      const next = res.headers.location;
      if (status >= 300 && status < 400 && status !== 304 && next) {
        res.resume();
        if (hop >= limits.maxRedirects)
          throw new WireFetchError(`more than ${limits.maxRedirects} redirects (last to ${next})`);
        url = new URL(next, u).toString();
        continue;
      }
      if (status === 304) {
        res.resume();
        return { status: 'not-modified' };
      }
      if (status < 200 || status >= 300) {
        res.resume();
        throw new WireFetchError(
          `the server answered ${status}${res.statusMessage ? ` ${res.statusMessage}` : ''}`,
        );
      }
      const body = await readBody(res, limits.maxBytes);
      const header = (h: string | string[] | undefined) => (typeof h === 'string' ? h : null);
      return {
        status: 'ok',
        body,
        etag: header(res.headers.etag),
        lastModified: header(res.headers['last-modified']),
      };
    }
  } catch (e) {
    if (signal.aborted) throw new WireFetchError(`timed out after ${Math.round(limits.timeoutMs / 1000)} s`);
    if (e instanceof WireFetchError) throw e;
    const err = e as NodeJS.ErrnoException;
    throw new WireFetchError(err.code ? `${err.code}: ${err.message}` : err.message);
  }
}

function send(
  u: URL,
  headers: Record<string, string>,
  lookup: LookupFunction,
  signal: AbortSignal,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = u.protocol === 'https:' ? httpsRequest : httpRequest;
    const r = request(u, { method: 'GET', headers, agent: false, lookup, signal }, (res) => resolve({ res }));
    r.on('error', reject);
    r.end();
  });
}

function readBody(res: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(res.headers['content-length'] ?? 0);
  if (declared > maxBytes) {
    res.destroy();
    return Promise.reject(new WireFetchError(`the answer is larger than ${maxBytes} bytes`));
  }
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    res.on('data', (c: Buffer) => {
      size += c.length;
      if (size > maxBytes) {
        res.destroy();
        reject(new WireFetchError(`the answer is larger than ${maxBytes} bytes`));
        return;
      }
      chunks.push(c);
    });
    res.on('end', () => resolve(new TextDecoder('utf-8', { fatal: false }).decode(Buffer.concat(chunks))));
    res.on('error', reject);
  });
}
