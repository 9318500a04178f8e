import { slugify } from '../lib/slug.ts';
import type { Container } from './container.ts';

/** Loads the demo newsroom into an empty site; imported only when asked for, production never pays for it. */
export async function loadDemo(c: Container): Promise<void> {
  const { loadDemoContent } = await import('../ingest/demo/load-demo.ts');
  await loadDemoContent({
    taxonomy: c.taxonomy,
    writer: c.writer,
    textImporter: c.textImporter,
    articleCount: () => c.store.repos.articles.count(),
    marker: {
      get: async () => ((await c.store.repos.settings.getAll()).demo as string | undefined) ?? null,
      set: (v) => c.store.repos.settings.set('demo', v),
    },
    slugTaken: (language, headline) => c.store.repos.articles.slugTaken(language, slugify(headline)),
    languages: c.site.settings().languages,
    readings: {
      refresh: (id) => c.analysis.refresh(id),
      corrections: (id) => c.analysis.corrections(id),
      correct: (id, correction, actor) => c.analysis.correct(id, correction, actor),
      approve: (id, input, actor) => c.analysis.approve(id, input, actor),
      find: async (language, headline) => {
        const a = await c.store.repos.articles.findBySlug(language, slugify(headline));
        return a && a.status === 'published' ? { id: a.id, bodyText: a.bodyText } : null;
      },
      marker: {
        get: async () => ((await c.store.repos.settings.getAll()).demoReadings as string | undefined) ?? null,
        set: (v) => c.store.repos.settings.set('demoReadings', v),
      },
    },
  });
}
