import { FrontPage } from '../pages/FrontPage.tsx';
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

/** A language's front page: the breaking strip, editors' picks, the latest, most read. */
export const frontPage =
  (kit: SiteKit): SiteHandler<{ lang: string }> =>
  async (request, reply) => {
    const { reader, views } = kit.deps;
    const { lang } = request.params;
    const pageNo = listingPage(request.query);
    if (!kit.deps.site.isLanguage(lang) || pageNo === null) return sendNotFound(kit, reply, lang);
    const [latest, breaking, mostRead, curated] = await Promise.all([
      reader.list({ language: lang }, pageNo, kit.pageSize()),
      reader.list({ language: lang, breaking: true }, 1, 1),
      views.mostRead(lang),
      pageNo === 1 ? reader.curated(lang) : Promise.resolve([]),
    ]);
    if (outOfRange(latest)) return sendNotFound(kit, reply, lang);
    // Editors' picks lead page 1, in slot order; the latest follow without repeating them.
    const picked = new Set(curated.map((a) => a.id));
    const page = { ...latest, items: [...curated, ...latest.items.filter((a) => !picked.has(a.id))] };
    const ctx = await kit.context(lang);
    return sendPage(
      reply,
      <FrontPage
        ctx={ctx}
        page={page}
        breaking={breaking.items[0] ?? null}
        mostRead={mostRead}
        today={kit.today()}
        feeds={feedPaths(paths.front(lang))}
      />,
    );
  };
