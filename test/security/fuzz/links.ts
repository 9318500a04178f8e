/** Real values for the fuzz, harvested from the links in what the app serves. */
import { routeKey } from './routes.ts';
import { BASE, type FuzzTarget } from './target.ts';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

/** Same-site paths in a page, feed or JSON answer (links, form actions, sitemap locations, API urls). */
export function pathsIn(text: string): string[] {
  const found = new Set<string>();
  const re = /(?:href|action|src)="(\/[^"#]*)"|<loc>([^<]+)<\/loc>|"(?:url|previewUrl|publicUrl)":"([^"]+)"/g;
  for (const m of text.matchAll(re)) {
    const raw = (m[1] ?? m[2] ?? m[3] ?? '').replace(/&amp;/g, '&');
    const path = raw.startsWith(BASE) ? raw.slice(BASE.length) : raw;
    if (path.startsWith('/') && !path.startsWith('//')) found.add(path);
  }
  return [...found];
}

/** Adds a value to a list unless an equal one is there already. */
function addOnce<T>(list: T[], value: T) {
  if (!list.some((x) => JSON.stringify(x) === JSON.stringify(value))) list.push(value);
}

/**
 * What real links carry: the values seen for each path parameter, whole parameter sets per route,
 * and query strings per route (the language switcher's ?to=, a search's ?q=…).
 */
export class RealValues {
  readonly pools = new Map<string, Set<string>>();
  readonly paramSets = new Map<string, Record<string, string>[]>();
  readonly queries = new Map<string, Record<string, string>[]>();

  constructor(private readonly target: FuzzTarget) {}

  add(name: string, value: string) {
    if (!this.pools.has(name)) this.pools.set(name, new Set());
    this.pools.get(name)!.add(value);
  }

  /** Learns from the same-site links in a text, for every method a route answers them with. */
  harvest(text: string) {
    const ids = [...this.target.identities.values()].map((i) => i.userId).filter(Boolean);
    for (const link of pathsIn(text)) {
      const [path, search] = [
        link.split('?')[0]!,
        link.includes('?') ? link.slice(link.indexOf('?') + 1) : '',
      ];
      for (const method of METHODS) {
        const route = this.target.routeOf(method, path);
        if (!route) continue;
        const params = this.target.paramsOf(method, path)!;
        // Never aim the fuzz at the accounts it signs in with (it would disable or demote them).
        if (Object.values(params).some((v) => ids.includes(v))) continue;
        for (const [name, value] of Object.entries(params)) this.add(name, value);
        const sets = this.paramSets.get(routeKey(route)) ?? [];
        addOnce(sets, params);
        this.paramSets.set(routeKey(route), sets);
        if (search) {
          const list = this.queries.get(routeKey(route)) ?? [];
          addOnce(list, Object.fromEntries(new URLSearchParams(search)));
          this.queries.set(routeKey(route), list);
        }
      }
    }
  }
}
