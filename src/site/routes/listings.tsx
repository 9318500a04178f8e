import { jsonLdScript, profilePageLd } from '../../feeds/structured-data.ts';
import { publicUrl } from '../../domain/urls.ts';
import { AuthorCard } from '../pages/AuthorCard.tsx';
import { absolute, paths } from '../urls.ts';
import { sendNotFound, sendNotFoundOrSlash } from './answers.tsx';
import { sendArchive } from './archive.ts';
import { feedPaths } from '../feed-model.tsx';
import { sendListing } from './listing-page.tsx';
import type { SiteHandler, SiteKit } from './site-kit.ts';

const YEAR = /^\d{4}$/;

/** `/en/world` → `/en/world/`, `/en/latest` → `/en/latest/`: listings end with a slash (trailing-slash.ts). */
export const listingSlash =
  (kit: SiteKit): SiteHandler<{ lang: string; section: string }> =>
  async (request, reply) => {
    const { site, taxonomy } = kit.deps;
    const { lang, section } = request.params;
    if (!site.isLanguage(lang) || !(await taxonomy.section(section)))
      return sendNotFoundOrSlash(kit, request, reply, lang);
    const q = request.url.indexOf('?');
    return reply.redirect(`${paths.section(lang, section)}${q === -1 ? '' : request.url.slice(q)}`, 301);
  };

/** `/en/world/`: a section's articles; `/en/2025/` (a year in the section's place) is a year's archive. */
export const sectionPage =
  (kit: SiteKit): SiteHandler<{ lang: string; section: string }> =>
  async (request, reply) => {
    const { lang } = request.params;
    if (YEAR.test(request.params.section))
      return sendArchive(kit, reply, lang, request.query, [request.params.section]);
    const { site, taxonomy } = kit.deps;
    const section = site.isLanguage(lang) ? await taxonomy.section(request.params.section, lang) : null;
    if (!section) return sendNotFoundOrSlash(kit, request, reply, lang);
    return sendListing(kit, reply, lang, request.query, { sectionId: section.id }, () => ({
      title: section.name,
      path: (l, n) => paths.section(l, section.slug, n),
      description: section.description,
      intro: section.description ? <p class="page-intro">{section.description}</p> : null,
      currentSection: section.slug,
      feeds: feedPaths(paths.section(lang, section.slug)),
      layout: 'portal',
    }));
  };

/** `/en/latest/`: every published article, newest first. */
export const latestPage =
  (kit: SiteKit): SiteHandler<{ lang: string }> =>
  async (request, reply) =>
    sendListing(kit, reply, request.params.lang, request.query, {}, (ctx) => ({
      title: ctx.t('latest'),
      path: (l, n) => paths.latest(l, n),
      feeds: feedPaths(paths.front(request.params.lang)),
    }));

/** `/en/tag/<slug>` */
export const tagPage =
  (kit: SiteKit): SiteHandler<{ lang: string; slug: string }> =>
  async (request, reply) => {
    const { lang } = request.params;
    const tag = kit.deps.site.isLanguage(lang)
      ? await kit.deps.taxonomy.tag(request.params.slug, lang)
      : null;
    if (!tag) return sendNotFound(kit, reply, lang);
    const name = await tagNameIn(kit, tag.id, lang, tag.name);
    const borrowedFrom = name.language;
    return sendListing(kit, reply, lang, request.query, { tagId: tag.id }, (ctx) => ({
      title: ctx.t('tagTitle', { name: name.name }),
      // A name borrowed from another language says so (lang=…), for readers and screen readers.
      heading: borrowedFrom
        ? ctx
            .t('tagTitle', { name: '\u0000' })
            .split('\u0000')
            .flatMap((part, i) => (i === 0 ? [part] : [<span lang={borrowedFrom}>{name.name}</span>, part]))
        : undefined,
      path: (l, n) => paths.tag(l, tag.slug, n),
      feeds: feedPaths(paths.tag(lang, tag.slug)),
      layout: 'portal',
    }));
  };

/**
 * The tag's name in `lang`; without one, its name in the site's default language (else any),
 * with that language (`language`) so the page can mark it.
 */
async function tagNameIn(
  kit: SiteKit,
  tagId: string,
  lang: string,
  fallback: string,
): Promise<{ name: string; language: string | null }> {
  const names = await kit.deps.taxonomy.tagNames(tagId);
  const own = names.find((n) => n.language === lang);
  if (own) return { name: own.name, language: null };
  const other = names.find((n) => n.language === kit.deps.site.settings().defaultLanguage) ?? names[0];
  return other ? { name: other.name, language: other.language } : { name: fallback, language: null };
}

/** `/en/author/<slug>`: the person's card, then their articles. */
export const authorPage =
  (kit: SiteKit): SiteHandler<{ lang: string; slug: string }> =>
  async (request, reply) => {
    const { lang } = request.params;
    const person = kit.deps.site.isLanguage(lang)
      ? await kit.deps.taxonomy.person(request.params.slug)
      : null;
    if (!person) return sendNotFound(kit, reply, lang);
    return sendListing(kit, reply, lang, request.query, { personId: person.id }, (ctx) => ({
      title: person.name,
      path: (l, n) => paths.author(l, person.slug, n),
      description: person.bio,
      intro: <AuthorCard person={person} language={lang} />,
      head: (
        <script
          type="application/ld+json"
          dangerouslySetInnerHTML={{
            __html: jsonLdScript(
              profilePageLd({
                kind: person.kind,
                name: person.name,
                url: absolute(ctx.site.baseUrl, paths.author(lang, person.slug)),
                jobTitle: person.role,
                description: person.bio,
                image: publicUrl('image', ctx.site.baseUrl, person.photoUrl),
              }),
            ),
          }}
        />
      ),
      feeds: feedPaths(paths.author(lang, person.slug)),
      layout: 'portal',
    }));
  };
