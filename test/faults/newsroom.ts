import { request as httpRequest, type Agent } from 'node:http';
import { createContainer } from '../../src/app.ts';
import { testConfig } from '../utils/app.ts';
import type { TestDatabase } from '../utils/databases.ts';
import { z } from 'zod';

export const PASSWORD = 'correct horse battery staple';

export interface Session {
  cookie: string;
  csrf: string;
}

/**
 * Prepares a database for a spawned server, as an operator would before starting it: schema,
 * a section, an editor with a session (sessions live in the database, so the server accepts
 * the cookie) and, when asked, a webhook.
 */
export async function prepareNewsroom(
  db: TestDatabase,
  options: { webhookUrl?: string } = {},
): Promise<Session & { webhookSecret: string | null }> {
  // The test's receiver listens on 127.0.0.1, as does the spawned server (WEBHOOK_ALLOW_PRIVATE=1).
  const c = await createContainer(testConfig(db, { webhooks: { allowPrivate: true } }));
  try {
    await c.taxonomy.createSection({ slug: 'world', name: 'World', position: 0 });
    await c.accounts.createUser(
      { email: 'editor@example.com', name: 'Eda Editor', role: 'editor', password: PASSWORD },
      null,
    );
    const s = await c.accounts.signIn('editor@example.com', PASSWORD);
    const hook = options.webhookUrl ? await c.webhooks.register({ url: options.webhookUrl }) : null;
    return { cookie: `nd_session=${s.token}`, csrf: s.csrf, webhookSecret: hook?.secret ?? null };
  } finally {
    await c.close();
  }
}

export interface Answer {
  status: number;
  body: string;
  /** The body read as JSON into `schema`'s shape (a body of another shape fails the test). */
  json<S extends z.ZodType>(schema: S): z.output<S>;
}

/** An answer that never came has no body to read. */
const noJson = (): never => {
  throw new Error('no answer: the request failed before the server answered');
};

/**
 * One HTTP request with a bound: a socket error or the bound becomes status 0 (the server did not
 * answer), which is what the fault tests count; it never throws.
 */
export function call(
  base: string,
  method: string,
  path: string,
  options: { session?: Session; json?: unknown; timeoutMs?: number; agent?: Agent } = {},
): Promise<Answer & { error?: string }> {
  const body = options.json === undefined ? undefined : JSON.stringify(options.json);
  return new Promise((resolve) => {
    const req = httpRequest(
      `${base}${path}`,
      {
        method,
        agent: options.agent ?? false,
        headers: {
          ...(options.session
            ? { cookie: options.session.cookie, 'x-csrf-token': options.session.csrf }
            : {}),
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
        },
        timeout: options.timeoutMs ?? 10_000,
      },
      (res) => {
        let text = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => (text += c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: text,
            json: (schema) => schema.parse(JSON.parse(text)),
          }),
        );
        res.on('error', (e) => resolve({ status: 0, body: '', json: noJson, error: e.message }));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timed out')));
    req.on('error', (e) => resolve({ status: 0, body: '', json: noJson, error: e.message }));
    req.end(body);
  });
}

export interface Published {
  id: string;
  slug: string;
  headline: string;
}

/**
 * Writes a draft and publishes it through the admin API, as the newsroom app does. Returns the
 * article when the publish was acknowledged (2xx), else null (refused, 5xx or no answer).
 */
export async function publishArticle(
  base: string,
  session: Session,
  headline: string,
): Promise<Published | null> {
  const created = await call(base, 'POST', '/admin/api/articles', {
    session,
    json: { language: 'en', headline, sectionSlug: 'world', bodyHtml: `<p>${headline}: the full story.</p>` },
  });
  if (created.status !== 201) return null;
  const a = created.json(z.object({ data: z.object({ id: z.string(), version: z.number() }) })).data;
  const published = await call(base, 'POST', `/admin/api/articles/${a.id}/transitions`, {
    session,
    json: { action: 'publish', version: a.version },
  });
  if (published.status < 200 || published.status >= 300) return null;
  const p = published.json(
    z.object({
      data: z.object({ id: z.string(), slug: z.string(), headline: z.string(), status: z.string() }),
    }),
  ).data;
  return p.status === 'published' ? { id: p.id, slug: p.slug, headline: p.headline } : null;
}
