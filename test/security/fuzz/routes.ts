/** Which routes the fuzz suite covers, and the names it gives them. */
import type { RegisteredRoute } from '../../../src/app.ts';

/** Routes that are not fuzzed, each with the reason. */
export const EXCLUDED: Record<string, string> = {
  // A hijacked Server-Sent Events answer never ends, so inject() would wait for ever; its input
  // (the id) is checked by the same code as the polling route's, tested in live-reader.int.test.ts.
  'GET /live/:id/stream': 'an unending Server-Sent Events answer: inject() would wait indefinitely',
  'GET /live/:id/entries':
    'no page links it (the live script constructs it); malformed ids and times are tested in live-reader.int.test.ts',
};

/** A route's name in maps and reports: `GET /admin/api/articles/:id`. */
export const routeKey = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

/** The routes the fuzz sends requests to: every registered route that is not excluded. */
export const fuzzedRoutes = (routes: RegisteredRoute[]) => routes.filter((r) => !EXCLUDED[routeKey(r)]);
