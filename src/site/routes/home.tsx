import type { Article } from '../../domain/article.ts';
import { pageCount } from '../../lib/pagination.ts';
import { FrontPage } from '../pages/FrontPage.tsx';
import { PER_ROW, planFront } from '../pages/front/plan.ts';
import { sendPage } from '../render.ts';
import { paths } from '../urls.ts';
import { sendNotFound } from './answers.tsx';
import { feedPaths } from '../feed-model.tsx';
import { outOfRange } from './listing-page.tsx';
import { listingPage } from './query.ts';
import type { SiteHandler, SiteKit } from './site-kit.ts';

/** `/en` → `/en/`: a language's front page has one address. */
export const frontPageSlash =
  (kit: SiteKit): SiteHandler<{ lang: string }> =>
  async (request, reply) => {
    if (!kit.deps.site.isLanguage(request.params.lang)) return sendNotFound(kit, reply);
    const q = request.url.indexOf('?');
    return reply.redirect(`${paths.front(request.params.lang)}${q === -1 ? '' : request.url.slice(q)}`, 301);
  };

/** How many running live blogs the front page links at most. */
const LIVE_LINKS = 5;

/** The language's published live blogs whose coverage runs; a closed one drops off (its close purges this page). */
async function liveNow(kit: SiteKit, lang: string): Promise<{ headline: string; href: string }[]> {
  const ids = await kit.deps.live.runningIds(50);
  const articles = await Promise.all(ids.map((id) => kit.deps.reader.byId(id)));
  return articles
    .filter((a): a is Article => a !== null && a.status === 'published' && a.language === lang)
    .slice(0, LIVE_LINKS)
    .map((a) => ({ headline: a.headline, href: paths.article(lang, a.section.slug, a.slug) }));
}

/** How many of the newest stories page 1 reads for its top grid and section rows (one query with the page). */
const FRONT_WINDOW = 40;

/** A language's front page: the breaking strip, editors' picks, the top stories, section rows, the latest, most read. */
export const frontPage =
  (kit: SiteKit): SiteHandler<{ lang: string }> =>
  async (request, reply) => {
    const { reader, views } = kit.deps;
    const { lang } = request.params;
    const pageNo = listingPage(request.query);
    if (!kit.deps.site.isLanguage(lang) || pageNo === null) return sendNotFound(kit, reply, lang);
    const pageSize = kit.pageSize();
    // Page 1 reads a window of the newest stories in the same query as its page of the latest.
    const first = pageNo === 1;
    const [listed, breaking, mostRead, front, live] = await Promise.all([
      reader.list(
        { language: lang },
        first ? 1 : pageNo,
        first ? Math.max(pageSize, FRONT_WINDOW) : pageSize,
      ),
      reader.list({ language: lang, breaking: true }, 1, 1),
      views.mostRead(lang),
      first ? reader.frontpage(lang) : Promise.resolve(null),
      first ? liveNow(kit, lang) : Promise.resolve([]),
    ]);
    const latest = first
      ? {
          ...listed,
          items: listed.items.slice(0, pageSize),
          pageSize,
          pageCount: pageCount(listed.total, pageSize),
        }
      : listed;
    if (outOfRange(latest)) return sendNotFound(kit, reply, lang);
    const ctx = await kit.context(lang);
    // "Section rows": each chosen section's newest, read for itself (it may be older than the window).
    const chosen =
      front?.layout.template === 'section-rows'
        ? await Promise.all(
            front.layout.sections
              .map((slug) => ctx.sections.find((x) => x.slug === slug))
              .filter((x) => x !== undefined)
              .map(async (section) => ({
                section,
                stories: await reader.latest(
                  { language: lang, sectionId: section.id },
                  PER_ROW + front.layout.slots,
                ),
              })),
          )
        : [];
    return sendPage(
      reply,
      <FrontPage
        ctx={ctx}
        page={latest}
        plan={front ? planFront({ ...front, recent: listed.items, sections: ctx.sections, chosen }) : null}
        breaking={breaking.items[0] ?? null}
        mostRead={mostRead}
        today={kit.today()}
        feeds={feedPaths(paths.front(lang))}
        live={live}
      />,
    );
  };
