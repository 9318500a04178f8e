/** Public URL paths of the reader site: the only place that knows their shape (the site renders them, purging invalidates them). */
export const paths = {
  front: (lang: string, page = 1) => (page > 1 ? `/${lang}/?page=${page}` : `/${lang}/`),
  section: (lang: string, section: string, page = 1) =>
    `/${lang}/${section}/${page > 1 ? `?page=${page}` : ''}`,
  article: (lang: string, section: string, slug: string) => `/${lang}/${section}/${slug}`,
  /** A live blog's entries as an Atom feed. */
  liveFeed: (lang: string, section: string, slug: string) => `/${lang}/${section}/${slug}/live.xml`,
  story: (lang: string, id: string) => `/${lang}/story/${id}`,
  topic: (lang: string, kind: string, slug: string) => `/${lang}/topic/${kind}/${slug}`,
  latest: (lang: string, page = 1) => `/${lang}/latest/${page > 1 ? `?page=${page}` : ''}`,
  archive: (lang: string, year: number, month?: number, day?: number, page = 1) =>
    `/${lang}/${[year, month, day]
      .filter((x) => x !== undefined)
      .map((x) => String(x).padStart(2, '0'))
      .join('/')}/${page > 1 ? `?page=${page}` : ''}`,
  tag: (lang: string, tag: string, page = 1) => `/${lang}/tag/${tag}${page > 1 ? `?page=${page}` : ''}`,
  // Callers spread parsed query objects whose optional fields may be undefined: left out here.
  search: (lang: string, params: Record<string, string | number | undefined> = {}) => {
    const qs = new URLSearchParams(
      Object.entries(params)
        .filter(([, v]) => v !== '' && v !== 1 && v !== undefined)
        .map(([k, v]) => [k, String(v)]),
    ).toString();
    return `/${lang}/search${qs ? `?${qs}` : ''}`;
  },
  author: (lang: string, person: string, page = 1) =>
    `/${lang}/author/${person}${page > 1 ? `?page=${page}` : ''}`,
};

export const absolute = (baseUrl: string, path: string): string => `${baseUrl.replace(/\/+$/, '')}${path}`;
