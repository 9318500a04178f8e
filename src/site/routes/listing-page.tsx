import type { FastifyReply } from 'fastify';
import type { ComponentChildren } from 'preact';
import type { Page } from '../../lib/pagination.ts';
import type { ListFilter } from '../../services/articles/article-reader.ts';
import type { PageContext } from '../components/page-context.ts';
import { ListingPage } from '../pages/ListingPage.tsx';
import { sendPage } from '../render.ts';
import { absolute } from '../urls.ts';
import { sendNotFound } from './answers.tsx';
import { listingPage } from './query.ts';
import type { SiteKit } from './site-kit.ts';

/** A page number past the end (or malformed) is a missing page, not an empty one. */
export const outOfRange = (page: Page<unknown>): boolean => page.page > 1 && page.page > page.pageCount;

/** What a listing shows around its articles; `path` gives its URL in any language and page. */
export interface ListingSpec {
  title: string;
  /** The <h1> when it needs markup; else `title`. */
  heading?: ComponentChildren;
  path: (language: string, page?: number) => string;
  description?: string | null;
  intro?: ComponentChildren;
  currentSection?: string;
  feeds?: { rss: string; atom: string; json: string };
}

/**
 * Section, tag, author, latest and archive pages share one shape: a filter over published
 * articles in a language, the page number from `?page=`, and a listing page described by `spec`.
 */
export async function sendListing(
  kit: SiteKit,
  reply: FastifyReply,
  lang: string,
  query: unknown,
  filter: Omit<ListFilter, 'language'>,
  spec: (ctx: PageContext) => ListingSpec,
): Promise<FastifyReply> {
  const pageNo = listingPage(query);
  if (!kit.deps.site.isLanguage(lang) || pageNo === null) return sendNotFound(kit, reply, lang);
  const page = await kit.deps.reader.list({ language: lang, ...filter }, pageNo, kit.pageSize());
  if (outOfRange(page)) return sendNotFound(kit, reply, lang);
  const ctx = await kit.context(lang);
  const s = spec(ctx);
  return sendPage(
    reply,
    <ListingPage
      ctx={ctx}
      title={s.title}
      heading={s.heading}
      description={s.description ?? null}
      intro={s.intro}
      canonical={absolute(ctx.site.baseUrl, s.path(lang, page.page))}
      alternates={ctx.languages.map((l) => ({ language: l.code, href: s.path(l.code) }))}
      currentSection={s.currentSection}
      feeds={s.feeds}
      page={page}
      href={(n) => s.path(lang, n)}
      today={kit.today()}
    />,
  );
}
