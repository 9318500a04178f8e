/** Which routes the fuzz suite covers, and the names it gives them. */
import type { RegisteredRoute } from '../../../src/app.ts';

/** Routes that are not fuzzed, each with the reason. */
export const EXCLUDED: Record<string, string> = {};

/** A route's name in maps and reports: `GET /admin/api/articles/:id`. */
export const routeKey = (r: { method: string; url: string }) => `${r.method} ${r.url}`;

/** The routes the fuzz sends requests to: every registered route that is not excluded. */
export const fuzzedRoutes = (routes: RegisteredRoute[]) => routes.filter((r) => !EXCLUDED[routeKey(r)]);
