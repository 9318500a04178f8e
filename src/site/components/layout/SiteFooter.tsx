import { menuLinks } from '../../../domain/menus.ts';
import { paths } from '../../urls.ts';
import type { PageContext } from '../page-context.ts';

/** The foot of every page: the footer menu (the sections unless the newsroom set one), the language's feeds, and who publishes the site. */
export function SiteFooter({ ctx }: { ctx: PageContext }) {
  const { site, t, language } = ctx;
  return (
    <footer class="site-footer" id="site-footer">
      <div class="wrap">
        <a class="brand" href={paths.front(language)}>
          {site.name}
        </a>
        <nav aria-label={t('allSections')}>
          <ul>
            {menuLinks(site.menus.footer, ctx.sections, language, site.defaultLanguage, (slug) =>
              paths.section(language, slug),
            ).map((m) => (
              <li>
                <a href={m.href}>{m.label}</a>
              </li>
            ))}
          </ul>
        </nav>
        <p>
          {t('feeds')}: <a href={`/${language}/feed.xml`}>RSS</a> · <a href={`/${language}/atom.xml`}>Atom</a>{' '}
          · <a href={`/${language}/feed.json`}>JSON Feed</a>
        </p>
        <p>{t('footerAbout', { publisher: site.publisher.legalName })}</p>
        <address>
          {site.publisher.address}
          {site.publisher.email ? (
            <>
              {' · '}
              {t('contact')}: <a href={`mailto:${site.publisher.email}`}>{site.publisher.email}</a>
            </>
          ) : null}
        </address>
      </div>
    </footer>
  );
}
