import { lookup as dnsLookup } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import type { LookupFunction } from 'node:net';
import { nonPublicKind, parseIpLiteral } from '../../lib/network-address.ts';

const ALLOW_HINT = 'webhooks go to public addresses only (WEBHOOK_ALLOW_PRIVATE=1 allows others)';

/**
 * Why a webhook may not be sent to this URL, judged from the URL alone, or null: only http(s),
 * and a host written as an address (or `localhost`) must be public unless private targets are
 * allowed. A host name is checked again at delivery, on the addresses it resolves to then.
 */
export function targetProblem(url: string, allowPrivate: boolean): string | null {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return 'must be an absolute URL';
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return 'must be http:// or https://';
  if (allowPrivate) return null;
  const host = u.hostname.toLowerCase().replace(/\.$/, '');
  if (host === 'localhost' || host.endsWith('.localhost')) return `${host} is this machine; ${ALLOW_HINT}`;
  const ip = parseIpLiteral(host);
  const kind = ip && nonPublicKind(host);
  return ip && kind ? `${ip.toString()} is ${kind}; ${ALLOW_HINT}` : null;
}

/** A delivery that policy forbids (not a failure of the receiver): recorded, never retried. */
export class TargetRefused extends Error {
  override name = 'TargetRefused';
}

/**
 * A DNS lookup for the delivery's connection that keeps only public addresses, so that the
 * socket connects to an address that was checked — a name cannot resolve to a public address
 * for a check and to 127.0.0.1 for the connection (DNS rebinding).
 */
export function publicOnlyLookup(resolve: LookupFunction = dnsLookup): LookupFunction {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true }, (err, found) => {
      if (err) {
        callback(err, '', 0);
        return;
      }
      const all = typeof found === 'string' ? [] : found;
      const allowed = all.filter((a) => nonPublicKind(a.address) === null);
      const [chosen] = allowed;
      if (!chosen) {
        const first = all[0];
        const what = first ? `${first.address}, ${nonPublicKind(first.address)}` : 'no address';
        callback(new TargetRefused(`${hostname} resolves to ${what}; ${ALLOW_HINT}`), '', 0);
      } else if (options.all) callback(null, allowed);
      else callback(null, chosen.address, chosen.family);
    });
  };
}

export interface WebhookRequest {
  headers: Record<string, string>;
  body: string;
  timeoutMs: number;
}
export interface WebhookResponse {
  status: number;
  /** The start of the answer (at most 1000 characters), for the delivery log. */
  text: string;
}
/** Posts one delivery; rejects with TargetRefused when policy forbids the target. */
export type WebhookSender = (url: string, request: WebhookRequest) => Promise<WebhookResponse>;

/**
 * Sends webhooks with node:http(s): redirects are never followed (a 3xx is a failed delivery, so
 * a receiver cannot bounce a delivery to an internal address), and unless private targets are
 * allowed the connection only goes to public addresses, checked after DNS resolution.
 */
export function httpWebhookSender(options: {
  allowPrivate: boolean;
  lookup?: LookupFunction;
}): WebhookSender {
  const lookup = options.allowPrivate ? options.lookup : publicOnlyLookup(options.lookup);
  return (url, { headers, body, timeoutMs }) =>
    new Promise<WebhookResponse>((resolve, reject) => {
      const problem = targetProblem(url, options.allowPrivate);
      if (problem) {
        reject(new TargetRefused(problem));
        return;
      }
      const u = new URL(url);
      const send = u.protocol === 'https:' ? httpsRequest : httpRequest;
      const req = send(
        u,
        {
          method: 'POST',
          headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
          agent: false,
          ...(lookup ? { lookup } : {}),
          signal: AbortSignal.timeout(timeoutMs),
        },
        (res: IncomingMessage) => {
          let text = '';
          res.setEncoding('utf8');
          res.on('data', (chunk: string) => {
            text += chunk;
            if (text.length >= 1000) res.destroy(); // the log keeps the start only
          });
          const done = () => resolve({ status: res.statusCode ?? 0, text: text.slice(0, 1000) });
          res.on('end', done);
          res.on('close', done);
          res.on('error', (e) => (text ? done() : reject(e)));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
}
