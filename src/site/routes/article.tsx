import type { VNode } from 'preact';
import type { Article, ArticleSummary } from '../../domain/article.ts';
import type { ArticleSurroundings, TranslationRef } from '../../services/articles/article-reader.ts';
import type { Alternate } from '../components/page-context.ts';
import { arrangeEntries } from '../../domain/live-blog.ts';
import type { LiveBlogView } from '../components/LiveBlog.tsx';
import { ArticlePage } from '../pages/ArticlePage.tsx';
import { sendPage } from '../render.ts';
import { paths } from '../urls.ts';
import { sendGone, sendNotFound, sendNotFoundOrSlash } from './answers.tsx';
import type { SiteHandler, SiteKit } from './site-kit.ts';

/** hreflang alternates of a story: every published language version, and the x-default one. */
function storyAlternates(
  kit: SiteKit,
  article: Article,
  translations: readonly TranslationRef[],
): { alternates: Alternate[]; xDefault: string } {
  const { site } = kit.deps;
  const order = site.settings().languages;
  const versions = translations
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
}

/** Its translations and story, read apart (the newsroom's preview; a reader's lookup brings them). */
async function surroundingsOf(kit: SiteKit, a: Article): Promise<ArticleSurroundings> {
  const { reader, stories } = kit.deps;
  const [translations, storyId] = await Promise.all([reader.translations(a), stories.storyOf(a.id)]);
  return { translations, storyId };
}

/**
 * The article's live blog, when it is one: its coverage and entries as the page shows them. An
 * article the lookup already knows is no live blog costs no query.
 */
async function liveView(
  kit: SiteKit,
  articleId: string,
  isLive: boolean | undefined,
): Promise<LiveBlogView | null> {
  if (isLive === false) return null;
  const blog = await kit.deps.live.find(articleId);
  if (!blog) return null;
  const entries = await kit.deps.live.entries(articleId);
  // The page's script asks for changes after the newest it shows (deletions included).
  const cursor = entries.reduce(
    (max, e) => (e.updatedAt.toISOString() > max ? e.updatedAt.toISOString() : max),
    '',
  );
  return { blog, cursor, ...arrangeEntries(entries) };
}

/**
 * An article page as readers see it (also the newsroom's preview of an unpublished article).
 * `known` is what the lookup already read with the article, so the page does not ask again.
 */
export async function articleView(kit: SiteKit, a: Article, known?: ArticleSurroundings): Promise<VNode> {
  const { reader, views, stories } = kit.deps;
  const lang = a.language;
  const surroundings = known ? Promise.resolve(known) : surroundingsOf(kit, a);
  const [related, around, ctx, mostRead, { facts, story }, live] = await Promise.all([
    reader.latestInSectionAndSite(lang, a.section.id, 5),
    surroundings,
    kit.context(lang),
    views.mostRead(lang),
    // Only what the newsroom let through (storyFacts setting, approvals, the article's hide flag);
    // the article's reading and its story's in one query.
    surroundings.then((s) => stories.forArticlePage(a, s.storyId, lang)),
    surroundings.then((s) => liveView(kit, a.id, s.liveBlog)),
  ]);
  const languages = storyAlternates(kit, a, around.translations);
  const inSection: ArticleSummary[] = related.section.filter((r) => r.id !== a.id).slice(0, 4);
  // Alone in its section: the sidebar offers the site's latest instead of an empty box (read in the
  // same statement as the section's).
  const others = inSection.length ? inSection : related.site.filter((r) => r.id !== a.id).slice(0, 4);
  return (
    <ArticlePage
      ctx={ctx}
      article={a}
      related={others}
      relatedFrom={inSection.length ? 'section' : 'site'}
      mostRead={mostRead.filter((m) => m.id !== a.id)}
      facts={facts}
      story={story && story.articles.length > 1 ? story : null}
      alternates={languages.alternates}
      xDefault={languages.xDefault}
      live={live}
    />
  );
}

/** `/en/world/<slug>`: the article, or where it moved (301), or that it is gone (410) or missing (404). */
export const articlePage =
  (kit: SiteKit): SiteHandler<{ lang: string; section: string; slug: string }> =>
  async (request, reply) => {
    const { lang, section, slug } = request.params;
    if (!kit.deps.site.isLanguage(lang)) return sendNotFound(kit, reply);
    const found = await kit.deps.reader.lookup(lang, section, slug);
    switch (found.kind) {
      case 'missing':
        return sendNotFoundOrSlash(kit, request, reply, lang);
      case 'gone':
        return sendGone(kit, reply, lang);
      case 'moved':
        return reply.redirect(paths.article(lang, found.article.section.slug, found.article.slug), 301);
      case 'found':
        // The page changes when the article does (and with listings around it; the ETag covers those).
        reply.header('last-modified', found.article.modifiedAt.toUTCString());
        return sendPage(reply, await articleView(kit, found.article, found.around));
    }
  };
