/** The fuzz suite's verdict: what is wrong with an answer, and the report of all that was. */
import type { LightMyRequestResponse } from 'fastify';
import { z } from 'zod';
import { errorCatalog, type ErrorCode } from '../../../src/domain/errors.ts';
import { BASE, type LogLine } from './target.ts';

/** One request sent and what came of it. */
export interface Outcome {
  route: string;
  method: string;
  url: string;
  identity: string;
  body: string;
  status: number;
  /** What is wrong with the answer; empty when nothing is. */
  problem: string;
  /** The errors the server logged meanwhile. */
  error: string;
}

const isApi = (path: string) => /^\/(api\/v1|api\/views|admin\/api)(\/|$)/.test(path);

/** An error answer as far as the verdict reads it: any shape may come back, so nothing is assumed. */
const errorShape = z.object({ error: z.object({ code: z.unknown(), message: z.unknown() }).optional() });
const inCatalog = (code: unknown): code is ErrorCode =>
  typeof code === 'string' && Object.hasOwn(errorCatalog, code);

/** A long text cut for a report, with its length. */
export const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n)}…(${s.length})` : s);

/**
 * What is wrong with an answer (empty when nothing is): anything but 2xx, 3xx or 4xx; an API error
 * that is not JSON with a code from the catalog, its status and a message.
 */
export function problemWith(url: string, res: LightMyRequestResponse): string {
  if (res.statusCode >= 500) return `status ${res.statusCode}`;
  if (res.statusCode < 200) return `status ${res.statusCode}`;
  const type = String(res.headers['content-type'] ?? '');
  // The path as it reached the router (inject resolves dot segments like a browser would).
  const path = new URL(url, BASE).pathname;
  if (res.statusCode >= 400 && (isApi(path) || type.startsWith('application/json'))) {
    if (!type.startsWith('application/json')) return `error answer is ${type || 'untyped'}, not JSON`;
    if (!res.body) return '';
    const error = errorShape.safeParse(res.json()).data?.error;
    const code = error?.code;
    if (!inCatalog(code)) return `error code ${String(code)} is not in the catalog`;
    if (errorCatalog[code].status !== res.statusCode) return `${code} answered with ${res.statusCode}`;
    if (typeof error?.message !== 'string') return 'error without a message';
  }
  return '';
}

/** The errors in a stretch of the server's log: type, message and the top of the stack. */
export function errorsIn(logged: readonly LogLine[]): string {
  return logged
    .filter((l) => l.err)
    .map(
      (l) => `${l.err!.type}: ${l.err!.message}\n${(l.err!.stack ?? '').split('\n').slice(1, 6).join('\n')}`,
    )
    .join('\n---\n');
}

/** The failures grouped by route and problem, each with a count and its first example. */
export function failureReport(outcomes: readonly Outcome[]): string[] {
  const grouped = new Map<string, Outcome[]>();
  for (const f of outcomes.filter((x) => x.problem))
    grouped.set(`${f.route}: ${f.problem}`, [...(grouped.get(`${f.route}: ${f.problem}`) ?? []), f]);
  return [...grouped.entries()].map(([k, list]) => {
    const e = list[0]!;
    return `${k} ×${list.length}\n  e.g. ${e.method} ${short(e.url, 300)} as ${e.identity}${e.body ? `, body ${e.body}` : ''}\n  ${e.error.split('\n').join('\n  ')}`;
  });
}

/** How often each route answered each status, a line per route (for FUZZ_VERBOSE). */
export function statusCounts(outcomes: readonly Outcome[]): string {
  const counts = new Map<string, Record<string, number>>();
  for (const o of outcomes) {
    const c = counts.get(o.route) ?? {};
    c[o.status] = (c[o.status] ?? 0) + 1;
    counts.set(o.route, c);
  }
  return [...counts.entries()].map(([r, c]) => `${r} ${JSON.stringify(c)}`).join('\n');
}
