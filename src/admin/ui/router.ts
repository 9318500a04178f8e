/** The admin app's screens and their URLs (each one is also served by the server as the app shell). */
export type Route =
  | { name: 'articles'; search: URLSearchParams }
  | { name: 'new' }
  | { name: 'editor'; id: string }
  | { name: 'frontpage' }
  | { name: 'media' }
  | { name: 'storySettings' }
  | { name: 'siteSettings' }
  | { name: 'taxonomySettings' }
  | { name: 'notFound' };

export function parseRoute(pathname: string, search = ''): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/admin/articles' || path === '/admin')
    return { name: 'articles', search: new URLSearchParams(search) };
  if (path === '/admin/articles/new') return { name: 'new' };
  const id = /^\/admin\/articles\/([^/]+)$/.exec(path)?.[1];
  if (id !== undefined) return { name: 'editor', id: decodeURIComponent(id) };
  if (path === '/admin/frontpage') return { name: 'frontpage' };
  if (path === '/admin/media') return { name: 'media' };
  if (path === '/admin/settings/story') return { name: 'storySettings' };
  if (path === '/admin/settings/site') return { name: 'siteSettings' };
  if (path === '/admin/settings/sections') return { name: 'taxonomySettings' };
  return { name: 'notFound' };
}

type Listener = () => void;
const listeners = new Set<Listener>();
/** Asked before leaving a screen (unsaved changes); false stays. */
let guard: (() => boolean) | null = null;

export function onNavigate(l: Listener): () => void {
  listeners.add(l);
  return () => listeners.delete(l);
}

export function setLeaveGuard(g: (() => boolean) | null): void {
  guard = g;
}

export function navigate(url: string, replace = false): void {
  if (!replace && guard && !guard()) return;
  if (replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  for (const l of listeners) l();
  if (!replace) window.scrollTo(0, 0);
}

/** Same-origin links to the app's screens navigate without a page load. */
export function interceptLinks(root: HTMLElement): void {
  root.addEventListener('click', (e) => {
    if (e.defaultPrevented || e.button !== 0 || e.metaKey || e.ctrlKey || e.shiftKey || e.altKey) return;
    const a = (e.target as Element).closest('a');
    if (!a || a.target || a.hasAttribute('download') || a.origin !== location.origin) return;
    if (parseRoute(a.pathname).name === 'notFound' || a.pathname === '/admin') return;
    e.preventDefault();
    navigate(a.pathname + a.search);
  });
  window.addEventListener('popstate', () => {
    for (const l of listeners) l();
  });
}
