import type { ComponentChildren } from 'preact';
import { t } from '../i18n.ts';

/**
 * "Page n of m" between the way to the previous and the next page: links where pages have
 * addresses (`hrefOf`), buttons where they are state (`onPage`). Shown only when there are pages.
 */
export function Pager({
  page,
  pageCount,
  hrefOf,
  onPage,
}: {
  page: number;
  pageCount: number;
  hrefOf?: (page: number) => string;
  onPage?: (page: number) => void;
}) {
  if (pageCount <= 1) return null;
  const step = (to: number, label: string, possible: boolean): ComponentChildren =>
    hrefOf ? (
      possible ? (
        <a href={hrefOf(to)}>{label}</a>
      ) : null
    ) : (
      <button type="button" class="nd-button" disabled={!possible} onClick={() => onPage?.(to)}>
        {label}
      </button>
    );
  return (
    <nav class="nd-pager" aria-label={t('common.pages')}>
      {step(page - 1, t('common.previous'), page > 1)}
      <span>{t('common.pageOf', { page, pageCount })}</span>
      {step(page + 1, t('common.next'), page < pageCount)}
    </nav>
  );
}
