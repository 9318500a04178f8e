import type { Article } from '../../../domain/article.ts';
import { dateLocaleFor } from '../../../lib/dates.ts';
import type { PageContext } from '../../components/page-context.ts';
import { SLOT, WithSlot } from '../../components/WithSlot.tsx';
import { paths } from '../../urls.ts';

/** Who wrote it: "A, B and C" in the page's language, each a link to their page; else the first source's outlet. */
export function Byline({ ctx, article }: { ctx: PageContext; article: Article }) {
  if (article.authors.length === 0) {
    const outlet = article.sources[0]?.outlet;
    return outlet ? <p class="byline">{outlet}</p> : null;
  }
  const parts = new Intl.ListFormat(dateLocaleFor(ctx.language), { type: 'conjunction' }).formatToParts(
    article.authors.map((p) => p.id),
  );
  const byId = new Map(article.authors.map((p) => [p.id, p]));
  const names = parts.map((part) => {
    const person = part.type === 'element' ? byId.get(part.value) : undefined;
    return person ? (
      <a href={paths.author(ctx.language, person.slug)} rel="author">
        {person.name}
      </a>
    ) : (
      part.value
    );
  });
  return (
    <p class="byline">
      <WithSlot message={ctx.t('byline', { authors: SLOT })} slot={names} />
    </p>
  );
}
