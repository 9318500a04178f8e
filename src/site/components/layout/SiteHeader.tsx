import type { ArticleSummary } from '../../../domain/article.ts';
import { menuLinks } from '../../../domain/menus.ts';
import { taglineIn } from '../../../domain/site.ts';
import { smartQuotes } from '../../../lib/typography.ts';
import { paths } from '../../urls.ts';
import type { Alternate, PageContext } from '../page-context.ts';
import { LanguageSwitch } from './LanguageSwitch.tsx';

/**
 * The top of every page: brand, search, language switcher and the sections, the current one marked.
 * On phones it is one compact sticky block (CSS only): brand, a search link and language codes on
 * one line, the sections on a second line that scrolls sideways; the search form shows on wider screens.
 */
export function SiteHeader({
  ctx,
  alternates,
  currentSection,
}: {
  ctx: PageContext;
  alternates: Alternate[] | undefined;
  currentSection: string | undefined;
}) {
  const { site, t, language } = ctx;
  // A page in one language only (an untranslated article) offers the other languages' front pages.
  const translated = alternates && alternates.length > 1 ? alternates : null;
  const forThisPage = translated !== null;
  const switcher: Alternate[] = translated
    ? translated
    : ctx.languages.map((l) => ({ language: l.code, href: paths.front(l.code) }));
  return (
    <header class="site-header">
      <div class="wrap masthead">
        <a class="brand" href={paths.front(language)}>
          {site.name}
          <span class="brand-tagline">{taglineIn(site, language)}</span>
        </a>
        <form
          class="header-search"
          role="search"
          aria-label={t('searchLabel')}
          method="get"
          action={paths.search(language)}
        >
          <label class="visually-hidden" for="header-q">
            {t('searchLabel')}
          </label>
          <input id="header-q" type="search" name="q" maxLength={500} />
          <button type="submit">{t('search')}</button>
        </form>
        <a class="search-link" href={paths.search(language)}>
          <svg viewBox="0 0 24 24" width="22" height="22" aria-hidden="true" focusable="false">
            <circle cx="10.5" cy="10.5" r="6.5" fill="none" stroke="currentColor" stroke-width="2.5" />
            <path d="M15.5 15.5 21 21" stroke="currentColor" stroke-width="2.5" stroke-linecap="round" />
          </svg>
          <span class="visually-hidden">{t('search')}</span>
        </a>
        <LanguageSwitch ctx={ctx} switcher={switcher} forThisPage={forThisPage} />
      </div>
      <nav class="section-nav" aria-label={t('sections')}>
        <div class="wrap">
          <ul>
            {menuLinks(site.menus.header, ctx.sections, language, site.defaultLanguage, (slug) =>
              paths.section(language, slug),
            ).map((m) => {
              const color = ctx.sections.find((s) => s.slug === m.section)?.color;
              return (
                <li style={color ? { '--section-color': color } : undefined}>
                  <a
                    href={m.href}
                    aria-current={
                      m.section !== undefined && m.section === currentSection ? 'page' : undefined
                    }
                  >
                    {m.label}
                  </a>
                </li>
              );
            })}
          </ul>
        </div>
      </nav>
    </header>
  );
}

/** The breaking story of the moment, under the header of every page. */
export function BreakingBanner({ ctx, breaking }: { ctx: PageContext; breaking: ArticleSummary }) {
  const { t } = ctx;
  return (
    <div class="breaking" role="region" aria-label={t('breaking')}>
      <div class="wrap">
        <strong>{t('breaking')}</strong>
        <a href={paths.article(breaking.language, breaking.section.slug, breaking.slug)}>
          {smartQuotes(breaking.headline, breaking.language)}
        </a>
      </div>
    </div>
  );
}
