import type { FastifyInstance, FastifyRequest } from 'fastify';
import { AppError, type FieldIssue } from '../domain/errors.ts';

/**
 * Text coming in, checked in one place for every route (reader site, Content API, newsroom):
 * request bodies must be valid UTF-8 (never silently "repaired" with U+FFFD), and no string —
 * in a JSON body (keys too), a form, the query string or the path — may hold a NUL character
 * (PostgreSQL cannot store one) or half of a surrogate pair (not a character at all). JSON is
 * also kept shallow: nothing the API takes nests deeper than a few levels.
 */

/** The deepest nesting of arrays and objects a JSON body may have (an article body needs 6). */
export const MAX_JSON_DEPTH = 32;
/** The largest JSON, text or form body any route takes unless it says otherwise (bytes). */
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const refuse = (issue: FieldIssue): AppError =>
  new AppError('VALIDATION_FAILED', `${issue.field}: ${issue.message}`, [issue]);

/** With the u flag a surrogate pair is one character: only halves on their own match. */
const LONE_SURROGATE = /\p{Cs}/u;

/** What is wrong with a string, or null: a NUL character, or a lone surrogate. */
export function textProblem(value: string): string | null {
  if (value.includes('\u0000')) return 'must not contain NUL characters';
  if (LONE_SURROGATE.test(value)) return 'must be valid Unicode (it holds half of a surrogate pair)';
  return null;
}

/** The first string (value or key) in a parsed value that is not acceptable text, with its path. */
export function findBadText(value: unknown, root: string): FieldIssue | null {
  const stack: { value: unknown; path: string }[] = [{ value, path: root }];
  const at = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));
  for (let next = stack.pop(); next; next = stack.pop()) {
    const { value: v, path } = next;
    if (typeof v === 'string') {
      const problem = textProblem(v);
      if (problem) return { field: path || 'body', message: problem };
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push({ value: item, path: at(path, i) }));
    } else if (v !== null && typeof v === 'object') {
      for (const [key, item] of Object.entries(v)) {
        const problem = textProblem(key);
        if (problem) return { field: path || 'body', message: `keys ${problem}` };
        stack.push({ value: item, path: at(path, key) });
      }
    }
  }
  return null;
}

/** How deeply arrays and objects nest in JSON text (brackets inside strings do not count). */
export function jsonDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) deepest = Math.max(deepest, ++depth);
    else if (c === 0x5d || c === 0x7d) depth--;
  }
  return deepest;
}

/** Bytes as UTF-8 text, or a 400 naming the field when they are not valid UTF-8. */
export function decodeUtf8(bytes: Uint8Array, field: string): string {
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw refuse({ field, message: 'must be valid UTF-8 text' });
  }
}

/** A percent-encoded URL component decoded strictly ('+' as a space when `plus`), or a 400. */
function decodeComponent(raw: string, field: string, plus: boolean): string {
  try {
    return decodeURIComponent(plus ? raw.replace(/\+/g, ' ') : raw);
  } catch {
    throw refuse({ field, message: 'must be valid percent-encoded UTF-8' });
  }
}

/** Reads `a=1&b=2` strictly: pairs in order, keys and values decoded, each checked. */
export function parsePairs(text: string, root: string, plus = true): [string, string][] {
  const pairs: [string, string][] = [];
  for (const part of text.split('&')) {
    if (!part) continue;
    const eq = part.indexOf('=');
    const rawKey = eq === -1 ? part : part.slice(0, eq);
    // The field is named by its key as far as it can be read, for a clear answer.
    const loose = rawKey.replace(/%[0-9a-f]{2}/gi, '');
    const key = decodeComponent(rawKey, root ? `${root}.${loose}` : loose || root, plus);
    const field = root ? `${root}.${key}` : key;
    const keyProblem = textProblem(key);
    if (keyProblem) throw refuse({ field: root || 'query', message: `keys ${keyProblem}` });
    const value = eq === -1 ? '' : decodeComponent(part.slice(eq + 1), field, plus);
    const problem = textProblem(value);
    if (problem) throw refuse({ field, message: problem });
    pairs.push([key, value]);
  }
  return pairs;
}

/** A form body as an object; a key sent more than once gives an array (as @fastify/formbody did). */
export function parseForm(text: string): Record<string, string | string[]> {
  // No prototype: a key such as "constructor" must find nothing inherited.
  const out = Object.create(null) as Record<string, string | string[]>;
  for (const [key, value] of parsePairs(text, '')) {
    const prev = out[key];
    out[key] = prev === undefined ? value : Array.isArray(prev) ? [...prev, value] : [prev, value];
  }
  return out;
}

/** Checks the path and query of a request URL: strict UTF-8, no NUL, fields named. */
function checkUrl(request: FastifyRequest): void {
  const url = request.raw.url ?? '/';
  const q = url.indexOf('?');
  const path = q === -1 ? url : url.slice(0, q);
  const params = (request.params ?? {}) as Record<string, unknown>;
  for (const [name, value] of Object.entries(params)) {
    if (typeof value !== 'string') continue;
    const problem = textProblem(value);
    if (problem) throw refuse({ field: name === '*' ? 'path' : name, message: problem });
  }
  // Also what no route parameter covers (a 404, a static path).
  for (const segment of path.split('/')) {
    const text = decodeComponent(segment, 'path', false);
    const problem = textProblem(text);
    if (problem) throw refuse({ field: 'path', message: problem });
  }
  if (q !== -1) parsePairs(url.slice(q + 1), '');
}

/**
 * Replaces Fastify's JSON and plain-text body parsers with strict ones and checks every
 * request's URL before anything reads it. Register before any route.
 */
export function registerInputChecks(app: FastifyInstance): void {
  // The poisoning checks of Fastify's own parser ("__proto__" keys are refused) stay.
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser('application/json', { parseAs: 'buffer' }, (request, body, done) => {
    try {
      const text = decodeUtf8(body as Buffer, 'body');
      if (text.trim() === '') throw refuse({ field: 'body', message: 'must be a JSON value (it is empty)' });
      if (jsonDepth(text) > MAX_JSON_DEPTH)
        throw refuse({ field: 'body', message: `must not nest deeper than ${MAX_JSON_DEPTH} levels` });
      // Called with a callback, the parser answers through it and returns nothing to await.
      void parseJson(request, text, (err: Error | null, value: unknown) => {
        const bad = err ? { field: 'body', message: 'must be valid JSON' } : findBadText(value, '');
        if (bad) done(refuse(bad), undefined);
        else done(null, value);
      });
    } catch (e) {
      done(e as Error, undefined);
    }
  });
  app.addContentTypeParser('text/plain', { parseAs: 'buffer' }, (_request, body, done) => {
    try {
      const text = decodeUtf8(body as Buffer, 'body');
      const problem = textProblem(text);
      if (problem) throw refuse({ field: 'body', message: problem });
      done(null, text);
    } catch (e) {
      done(e as Error, undefined);
    }
  });
  // Synchronous: Fastify passes what a hook throws on as the request's error.
  app.addHook('onRequest', (request, _reply, done) => {
    checkUrl(request);
    done();
  });
}

/**
 * Form bodies (`application/x-www-form-urlencoded`) for the routes of `app`, read strictly: the
 * bytes must be UTF-8 and every key and value valid percent-encoded UTF-8 without NUL.
 */
export function registerFormParser(app: FastifyInstance, bodyLimit: number): void {
  app.addContentTypeParser(
    'application/x-www-form-urlencoded',
    { parseAs: 'buffer', bodyLimit },
    (_request, body, done) => {
      try {
        done(null, parseForm(decodeUtf8(body as Buffer, 'body')));
      } catch (e) {
        done(e as Error, undefined);
      }
    },
  );
}
