import { SEED_READINGS_VERSION } from '../ingest/demo/seed-readings.ts';
import { slugify } from '../lib/slug.ts';
import { uuid } from '../services/deps.ts';
import { LiveBlogService, type LiveActor } from '../services/live/live-blog.service.ts';
import type { Container } from './container.ts';

/**
 * Whether the demo and the seed's current reviewed readings are in the database already: one
 * query, so a restart neither loads the demo's code and texts nor asks for its markers again.
 */
export async function demoIsCurrent(settings: {
  getAll(): Promise<Record<string, unknown>>;
}): Promise<boolean> {
  const stored = await settings.getAll();
  return stored.demo === 'loaded' && stored.demoReadings === SEED_READINGS_VERSION;
}

/** Loads the demo newsroom into an empty site; imported only when asked for, production never pays for it. */
export async function loadDemo(c: Container): Promise<void> {
  if (await demoIsCurrent(c.store.repos.settings)) return;
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
    pictures: c.media,
    live: demoLiveDesk(c),
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

/**
 * The demo's live desk: the newsroom's live-blog service on a clock set to each entry's time, so
 * the demo's coverage reads as the day it covers (and every write keeps its revision, audit entry
 * and outbox event, as the newsroom's do). The desk has no account: its writes name no user.
 */
function demoLiveDesk(c: Container) {
  let now = new Date();
  const desk = new LiveBlogService(c.store, { now: () => now }, uuid);
  const actor = (name: string): LiveActor => ({ id: null, name, role: 'editor' });
  return {
    find: async (language: string, headline: string) => {
      const a = await c.store.repos.articles.findBySlug(language, slugify(headline));
      return a ? { id: a.id, translationGroupId: a.translationGroupId } : null;
    },
    start: async (articleId: string, at: Date) => {
      if (await desk.find(articleId)) return;
      now = at;
      await desk.start(actor('Newsdesk demo'), articleId);
    },
    postedAt: async (articleId: string) => (await desk.entries(articleId)).map((e) => e.createdAt.getTime()),
    post: async (
      articleId: string,
      at: Date,
      author: string,
      input: Parameters<LiveBlogService['post']>[2],
    ) => {
      now = at;
      await desk.post(actor(author), articleId, input);
    },
  };
}
