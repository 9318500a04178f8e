import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { ListFilter } from '../services/articles/article-reader.ts';
import Negotiator from 'negotiator';
import type { Article, ArticleSummary } from '../domain/article.ts';
import { calendarDateInZone, formatLongDate, formatMonthYear, zonedTimeToInstant } from '../lib/dates.ts';
import { parsePageParam, type Page } from '../lib/pagination.ts';
import { IMMUTABLE_ASSET_CACHE, cacheFor } from '../http/caching.ts';
import type { Alternate, PageContext } from './components/Layout.tsx';
import { ArticlePage } from './pages/ArticlePage.tsx';
import { ErrorPage } from './pages/ErrorPage.tsx';
import { FrontPage } from './pages/FrontPage.tsx';
import { ListingPage } from './pages/ListingPage.tsx';
import { SearchPage } from './pages/SearchPage.tsx';
import { StoryPage, TopicPage } from './pages/StoryPages.tsx';
import { entityKinds, type EntityKind } from '../services/stories/story.service.ts';
import { isAppError } from '../domain/errors.ts';
import { renderDocument, sendPage } from './render.ts';
import { registerFeedRoutes, feedPaths } from './feed-routes.tsx';
import type { SiteDeps } from './deps.ts';
import { registerSitemapRoutes } from './sitemap-routes.ts';
import { absolute, paths } from './urls.ts';

/** The cookie that remembers a language chosen with the switcher. */
export const LANGUAGE_COOKIE = 'nd_lang';

type Req<P = Record<string, string>> = FastifyRequest<{
  Params: P;
  Querystring: { page?: string; to?: string };
}>;

/** The reader site: handlers validate, ask a service, build the view, render, send. */
export interface SiteRenderers {
  /** The article page's HTML as a reader would get it, whatever the article's status. */
  renderArticle(article: Article): Promise<string>;
}

/**
 * Where the language switcher may send a reader: a path inside that language on this site, as the
 * URL parser writes it (percent-encoding what a Location header cannot carry: control characters,
 * line breaks, spaces, lone surrogates), else null. Never another site: never an open redirect.
 */
export function switchTarget(language: string, to: unknown): string | null {
  if (typeof to !== 'string' || to.length > 2000 || !to.startsWith(`/${language}/`)) return null;
  const origin = 'http://site.invalid';
  let url: URL;
  try {
    url = new URL(to, origin);
  } catch {
    return null;
  }
  if (url.origin !== origin || !url.pathname.startsWith(`/${language}/`)) return null;
  return `${url.pathname}${url.search}${url.hash}`;
}

export function registerSiteRoutes(app: FastifyInstance, deps: SiteDeps): SiteRenderers {
  const { site, reader, taxonomy } = deps;

  const context = async (language: string): Promise<PageContext> => ({
    site: site.settings(),
    languages: site.languages(),
    language,
    t: deps.messages.translator(language),
    sections: await taxonomy.sections(language),
    assets: deps.assets,
  });
  const today = () => calendarDateInZone(deps.clock.now(), site.settings().timeZone);
  const pageSize = () => site.settings().pageSize;

  const notFound = async (reply: FastifyReply, language?: string) => {
    const lang = language && site.isLanguage(language) ? language : site.settings().defaultLanguage;
    return sendPage(
      reply,
      <ErrorPage ctx={await context(lang)} kind="not-found" />,
      404,
      'public, max-age=60',
    );
  };
  /** A page number past the end (or malformed) is a missing page, not an empty one. */
  const outOfRange = (page: Page<unknown>) => page.page > 1 && page.page > page.pageCount;

  /** hreflang alternates of a story: every published language version, and the x-default one. */
  const storyAlternates = async (
    article: Article,
  ): Promise<{ alternates: Alternate[]; xDefault: string }> => {
    const order = site.settings().languages;
    const versions = (await reader.translations(article))
      .filter((v) => site.isLanguage(v.language))
      .sort((a, b) => order.indexOf(a.language) - order.indexOf(b.language));
    const alternates = versions.map((v) => ({
      language: v.language,
      href: paths.article(v.language, v.sectionSlug, v.slug),
    }));
    const preferred = alternates.find((a) => a.language === site.settings().defaultLanguage) ?? alternates[0];
    return {
      alternates,
      xDefault: preferred?.href ?? paths.article(article.language, article.section.slug, article.slug),
    };
  };

  /** An article page as readers see it (also the newsroom's preview of an unpublished article). */
  const articleView = async (a: Article) => {
    const lang = a.language;
    const [related, languages, ctx, mostRead, facts, storyId] = await Promise.all([
      reader.list({ language: lang, sectionId: a.section.id }, 1, 5),
      storyAlternates(a),
      context(lang),
      deps.views.mostRead(lang),
      // Only what the newsroom let through (storyFacts setting, approvals, the article's hide flag).
      deps.analysis.readerFacts(a),
      deps.stories.storyOf(a.id),
    ]);
    const story = storyId ? await deps.stories.story(storyId, lang) : null;
    const others: ArticleSummary[] = related.items.filter((r) => r.id !== a.id).slice(0, 4);
    return (
      <ArticlePage
        ctx={ctx}
        article={a}
        related={others}
        mostRead={mostRead.filter((m) => m.id !== a.id)}
        facts={facts}
        story={story && story.articles.length > 1 ? story : null}
        alternates={languages.alternates}
        xDefault={languages.xDefault}
      />
    );
  };

  registerFeedRoutes(app, deps);
  registerSitemapRoutes(app, deps);

  app.setNotFoundHandler(async (request, reply) => {
    const first = request.url.split('/')[1]?.split('?')[0];
    return notFound(reply, first);
  });

  app.get('/assets/*', async (request, reply) => {
    const asset = deps.assets.files.get(request.url.split('?')[0]!);
    if (!asset) return notFound(reply);
    cacheFor(reply, IMMUTABLE_ASSET_CACHE);
    return reply.type(asset.contentType).send(asset.body);
  });

  /** `/` sends a reader to the language chosen before, else the browser's, else the site default. */
  app.get('/', async (request, reply) => {
    const settings = site.settings();
    const chosen = request.cookies[LANGUAGE_COOKIE];
    let language = chosen && site.isLanguage(chosen) ? chosen : undefined;
    if (!language && request.headers['accept-language']) {
      const ordered = [
        settings.defaultLanguage,
        ...settings.languages.filter((l) => l !== settings.defaultLanguage),
      ];
      language = new Negotiator(request).languages(ordered)[0];
    }
    reply.header('vary', 'Accept-Language, Cookie').header('cache-control', 'private, no-cache');
    return reply.redirect(paths.front(language ?? settings.defaultLanguage), 302);
  });

  /** The switcher's links: remember the choice for a year, then go to the page in that language. */
  app.get('/lang/:code', async (request: Req<{ code: string }>, reply) => {
    const { code } = request.params;
    if (!site.isLanguage(code)) return notFound(reply);
    const target = switchTarget(code, request.query.to) ?? paths.front(code);
    reply.setCookie(LANGUAGE_COOKIE, code, {
      path: '/',
      maxAge: 365 * 24 * 3600,
      sameSite: 'lax',
      httpOnly: true,
      secure: site.settings().baseUrl.startsWith('https:'),
    });
    reply.header('cache-control', 'no-store');
    return reply.redirect(target, 302);
  });

  /** The view beacon: an article id as text; answers 204 either way, so it reveals nothing. */
  app.post('/api/views', { bodyLimit: 100 }, async (request, reply) => {
    const id = typeof request.body === 'string' ? request.body.trim() : '';
    if (/^[0-9a-f-]{36}$/.test(id)) await deps.views.record(id, request.ip);
    return reply.code(204).header('cache-control', 'no-store').send();
  });

  app.get('/:lang', async (request: Req<{ lang: string }>, reply) => {
    if (!site.isLanguage(request.params.lang)) return notFound(reply);
    return reply.redirect(paths.front(request.params.lang), 301);
  });

  app.get('/:lang/', async (request: Req<{ lang: string }>, reply) => {
    const { lang } = request.params;
    const pageNo = parsePageParam(request.query.page);
    if (!site.isLanguage(lang) || pageNo === null) return notFound(reply, lang);
    const [latest, breaking, mostRead, curated] = await Promise.all([
      reader.list({ language: lang }, pageNo, pageSize()),
      reader.list({ language: lang, breaking: true }, 1, 1),
      deps.views.mostRead(lang),
      pageNo === 1 ? reader.curated(lang) : Promise.resolve([]),
    ]);
    if (outOfRange(latest)) return notFound(reply, lang);
    // Editors' picks lead page 1, in slot order; the latest follow without repeating them.
    const picked = new Set(curated.map((a) => a.id));
    const page = { ...latest, items: [...curated, ...latest.items.filter((a) => !picked.has(a.id))] };
    const ctx = await context(lang);
    return sendPage(
      reply,
      <FrontPage
        ctx={ctx}
        page={page}
        breaking={breaking.items[0] ?? null}
        mostRead={mostRead}
        today={today()}
        feeds={feedPaths(paths.front(lang))}
      />,
    );
  });

  app.get('/:lang/:section', async (request: Req<{ lang: string; section: string }>, reply) => {
    const { lang, section } = request.params;
    if (site.isLanguage(lang) && /^\d{4}$/.test(section)) return reply.redirect(`/${lang}/${section}/`, 301);
    if (!site.isLanguage(lang) || !(await taxonomy.section(section))) return notFound(reply, lang);
    return reply.redirect(paths.section(lang, section), 301);
  });

  /**
   * Section, tag, author, latest and archive pages share one shape: a filter over published
   * articles in a language, a page number, and a listing page whose URL `path` gives.
   */
  const listing = async (
    reply: FastifyReply,
    lang: string,
    rawPage: string | undefined,
    filter: Omit<ListFilter, 'language'>,
    spec: (ctx: PageContext) => {
      title: string;
      path: (language: string, page?: number) => string;
      description?: string | null;
      intro?: ComponentChildren;
      currentSection?: string;
      feeds?: { rss: string; atom: string; json: string };
    },
  ) => {
    const pageNo = parsePageParam(rawPage);
    if (!site.isLanguage(lang) || pageNo === null) return notFound(reply, lang);
    const page = await reader.list({ language: lang, ...filter }, pageNo, pageSize());
    if (outOfRange(page)) return notFound(reply, lang);
    const ctx = await context(lang);
    const s = spec(ctx);
    return sendPage(
      reply,
      <ListingPage
        ctx={ctx}
        title={s.title}
        description={s.description ?? null}
        intro={s.intro}
        canonical={absolute(ctx.site.baseUrl, s.path(lang, page.page))}
        alternates={ctx.languages.map((l) => ({ language: l.code, href: s.path(l.code) }))}
        currentSection={s.currentSection}
        feeds={s.feeds}
        page={page}
        href={(n) => s.path(lang, n)}
        today={today()}
      />,
    );
  };

  app.get('/:lang/:section/', async (request: Req<{ lang: string; section: string }>, reply) => {
    const { lang } = request.params;
    if (/^\d{4}$/.test(request.params.section))
      return archive(request, reply, lang, [request.params.section]);
    const section = site.isLanguage(lang) ? await taxonomy.section(request.params.section, lang) : null;
    if (!section) return notFound(reply, lang);
    return listing(reply, lang, request.query.page, { sectionId: section.id }, () => ({
      title: section.name,
      path: (l, n) => paths.section(l, section.slug, n),
      description: section.description,
      intro: section.description ? <p class="page-intro">{section.description}</p> : null,
      currentSection: section.slug,
      feeds: feedPaths(paths.section(lang, section.slug)),
    }));
  });

  /** Date archives: /en/2025/, /en/2025/11/, /en/2025/11/21/ — days in the site's time zone. */
  const archive = async (
    request: Req<Record<string, string>>,
    reply: FastifyReply,
    lang: string,
    parts: string[],
  ) => {
    // The language first: the date label below is formatted in it (Intl throws on a bad tag).
    if (!site.isLanguage(lang) || !parts.every((p, i) => (i === 0 ? /^\d{4}$/ : /^\d{2}$/).test(p)))
      return notFound(reply, lang);
    const [year, month, day] = parts.map(Number) as [number, number | undefined, number | undefined];
    const tz = site.settings().timeZone;
    if (year < 1900 || year > 2200 || (month !== undefined && (month < 1 || month > 12)))
      return notFound(reply, lang);
    if (
      day !== undefined &&
      (day < 1 || new Date(Date.UTC(year, month! - 1, day)).getUTCMonth() !== month! - 1)
    ) {
      return notFound(reply, lang);
    }
    const from = zonedTimeToInstant(year, month ?? 1, day ?? 1, 0, 0, tz);
    const until =
      day !== undefined
        ? zonedTimeToInstant(year, month!, day + 1, 0, 0, tz)
        : month !== undefined
          ? zonedTimeToInstant(year, month + 1, 1, 0, 0, tz)
          : zonedTimeToInstant(year + 1, 1, 1, 0, 0, tz);
    const label =
      day !== undefined
        ? formatLongDate(from, lang, tz)
        : month !== undefined
          ? formatMonthYear(year, month, lang)
          : String(year);
    return listing(reply, lang, request.query.page, { from, until }, (ctx) => ({
      title: ctx.t('archiveTitle', { date: label }),
      path: (l, n) => paths.archive(l, year, month, day, n),
    }));
  };

  app.get('/:lang/latest/', async (request: Req<{ lang: string }>, reply) =>
    listing(reply, request.params.lang, request.query.page, {}, (ctx) => ({
      title: ctx.t('latest'),
      path: (l, n) => paths.latest(l, n),
      feeds: feedPaths(paths.front(request.params.lang)),
    })),
  );
  app.get(
    '/:lang/:year/:month/',
    async (request: Req<{ lang: string; year: string; month: string }>, reply) =>
      archive(request, reply, request.params.lang, [request.params.year, request.params.month]),
  );
  app.get(
    '/:lang/:year/:month/:day/',
    async (request: Req<{ lang: string; year: string; month: string; day: string }>, reply) =>
      archive(request, reply, request.params.lang, [
        request.params.year,
        request.params.month,
        request.params.day,
      ]),
  );

  app.get('/:lang/story/:id', async (request: Req<{ lang: string; id: string }>, reply) => {
    const { lang, id } = request.params;
    if (!site.isLanguage(lang) || !/^[0-9a-f-]{36}$/.test(id)) return notFound(reply, lang);
    const story = await deps.stories.story(id, lang);
    if (!story) return notFound(reply, lang);
    return sendPage(reply, <StoryPage ctx={await context(lang)} story={story} today={today()} />);
  });

  app.get(
    '/:lang/topic/:kind/:slug',
    async (request: Req<{ lang: string; kind: string; slug: string }>, reply) => {
      const { lang, kind, slug } = request.params;
      if (!site.isLanguage(lang) || !entityKinds.includes(kind as EntityKind)) return notFound(reply, lang);
      const topic = await deps.stories.topic(kind as EntityKind, slug, lang);
      if (!topic) {
        // An address made from another case of a name ("mikhaila-evdokimova") leads to its base form's.
        const base = await deps.stories.topicAlias(kind as EntityKind, slug, lang);
        if (base) return reply.redirect(paths.topic(lang, kind, base), 301);
        return notFound(reply, lang);
      }
      return sendPage(reply, <TopicPage ctx={await context(lang)} topic={topic} today={today()} />);
    },
  );

  app.get(
    '/:lang/search',
    async (
      request: FastifyRequest<{ Params: { lang: string }; Querystring: Record<string, unknown> }>,
      reply,
    ) => {
      const { lang } = request.params;
      if (!site.isLanguage(lang)) return notFound(reply);
      const str = (v: unknown) => (typeof v === 'string' ? v : '');
      const form = {
        q: str(request.query.q),
        section: str(request.query.section),
        from: str(request.query.from),
        to: str(request.query.to),
      };
      const page =
        parsePageParam(request.query.page === undefined ? undefined : str(request.query.page)) ?? 1;
      let results = null;
      let invalidFields: string[] = [];
      if (form.q.trim()) {
        try {
          results = await deps.search.search({
            q: form.q,
            language: lang,
            page,
            ...(form.section ? { section: form.section } : {}),
            ...(form.from ? { from: form.from } : {}),
            ...(form.to ? { to: form.to } : {}),
          });
        } catch (e) {
          if (!isAppError(e) || e.code !== 'VALIDATION_FAILED') throw e;
          invalidFields = e.issues.map((i) => i.field);
        }
      }
      const ctx = await context(lang);
      return sendPage(
        reply,
        <SearchPage
          ctx={ctx}
          form={form}
          results={results}
          invalidFields={invalidFields}
          href={(n) => paths.search(lang, { ...form, page: n })}
        />,
        invalidFields.length ? 400 : 200,
        'public, max-age=60, s-maxage=120',
      );
    },
  );

  app.get('/:lang/tag/:slug', async (request: Req<{ lang: string; slug: string }>, reply) => {
    const { lang } = request.params;
    const tag = site.isLanguage(lang) ? await taxonomy.tag(request.params.slug, lang) : null;
    if (!tag) return notFound(reply, lang);
    return listing(reply, lang, request.query.page, { tagId: tag.id }, (ctx) => ({
      title: ctx.t('tagTitle', { name: tag.name }),
      path: (l, n) => paths.tag(l, tag.slug, n),
      feeds: feedPaths(paths.tag(lang, tag.slug)),
    }));
  });

  app.get('/:lang/author/:slug', async (request: Req<{ lang: string; slug: string }>, reply) => {
    const { lang } = request.params;
    const person = site.isLanguage(lang) ? await taxonomy.person(request.params.slug) : null;
    if (!person) return notFound(reply, lang);
    return listing(reply, lang, request.query.page, { personId: person.id }, () => ({
      title: person.name,
      path: (l, n) => paths.author(l, person.slug, n),
      description: person.bio,
      intro: (
        <div class="author-card">
          {person.role ? <p class="role">{person.role}</p> : null}
          {person.bio ? <p>{person.bio}</p> : null}
        </div>
      ),
      feeds: feedPaths(paths.author(lang, person.slug)),
    }));
  });

  app.get(
    '/:lang/:section/:slug',
    async (request: Req<{ lang: string; section: string; slug: string }>, reply) => {
      const { lang, section, slug } = request.params;
      if (!site.isLanguage(lang)) return notFound(reply);
      const found = await reader.lookup(lang, section, slug);
      switch (found.kind) {
        case 'missing':
          return notFound(reply, lang);
        case 'gone':
          return sendPage(
            reply,
            <ErrorPage ctx={await context(lang)} kind="gone" />,
            410,
            'public, max-age=300',
          );
        case 'moved':
          return reply.redirect(paths.article(lang, found.article.section.slug, found.article.slug), 301);
        case 'found': {
          // The page changes when the article does (and with listings around it; the ETag covers those).
          reply.header('last-modified', found.article.modifiedAt.toUTCString());
          return sendPage(reply, await articleView(found.article));
        }
      }
    },
  );
  return { renderArticle: async (a) => renderDocument(await articleView(a)) };
}
