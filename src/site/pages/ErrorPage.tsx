import { Layout } from '../components/Layout.tsx';
import type { PageContext } from '../components/page-context.ts';
import { paths } from '../urls.ts';

export function ErrorPage({ ctx, kind }: { ctx: PageContext; kind: 'not-found' | 'gone' }) {
  const t = ctx.t;
  const title = kind === 'gone' ? t('goneTitle') : t('notFoundTitle');
  return (
    <Layout ctx={ctx} title={title} noindex>
      <div class="error-page">
        <h1 class="page-title">{title}</h1>
        <p>{kind === 'gone' ? t('goneText') : t('notFoundText')}</p>
        <p>
          <a href={paths.front(ctx.language)}>{t('backHome')}</a>
        </p>
      </div>
    </Layout>
  );
}
