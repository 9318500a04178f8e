import type { Alternate, PageContext } from '../page-context.ts';

/** Language switcher links go through /lang/{code}, which remembers the reader's choice. */
const chooseLanguage = (code: string, to: string) => `/lang/${code}?to=${encodeURIComponent(to)}`;

/**
 * The languages to read on in: this page's versions (`forThisPage`), or each language's front
 * page. Shown only when there is more than one.
 */
export function LanguageSwitch({
  ctx,
  switcher,
  forThisPage,
}: {
  ctx: PageContext;
  switcher: Alternate[];
  forThisPage: boolean;
}) {
  const { t, language } = ctx;
  if (switcher.length <= 1) return null;
  return (
    <nav class="lang-switch" aria-label={forThisPage ? t('thisStoryIn') : t('languages')}>
      <ul>
        {switcher.map((a) => {
          const name = ctx.languages.find((l) => l.code === a.language)?.name ?? a.language;
          return (
            <li>
              {a.language === language ? (
                <a href={a.href} lang={a.language} hrefLang={a.language} aria-current="true">
                  <Label code={a.language} name={name} />
                </a>
              ) : (
                <a href={chooseLanguage(a.language, a.href)} lang={a.language} hrefLang={a.language}>
                  <Label code={a.language} name={name} />
                </a>
              )}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/**
 * The language's name, and its code for phones (CSS shows one or the other). The code stays in the
 * accessible name beside the name, so what a phone shows is also what a speech user can say.
 */
function Label({ code, name }: { code: string; name: string }) {
  return (
    <>
      <span class="lang-code">{code.toUpperCase()}</span>
      <span class="lang-name">{name}</span>
    </>
  );
}
