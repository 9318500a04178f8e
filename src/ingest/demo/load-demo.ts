import { readFile } from 'node:fs/promises';
import type { ArticleWriter } from '../../services/articles/article-writer.ts';
import type { TaxonomyService } from '../../services/taxonomy/taxonomy.service.ts';
import type { TextImporter } from '../text/import-text.ts';
import { demoArticles, demoAuthors, demoSections } from './demo-content.ts';

export const SEED_HEADLINE = "Moscow expresses regret over damage to Azerbaijan's embassy in Kyiv";

export interface DemoDeps {
  taxonomy: TaxonomyService;
  writer: ArticleWriter;
  textImporter: TextImporter;
  /** Number of articles on the site: demo content goes only into an empty site. */
  articleCount: () => Promise<number>;
  /** A stored marker, so a start interrupted mid-load finishes the job instead of skipping it. */
  marker: { get(): Promise<string | null>; set(value: string): Promise<void> };
  slugTaken: (language: string, headline: string) => Promise<boolean>;
}

/** Loads the demo newsroom (sections, authors, the seed article and samples) into an empty site. */
export async function loadDemoContent(deps: DemoDeps): Promise<{ loaded: boolean; articles: number }> {
  const state = await deps.marker.get();
  if (state === 'loaded') return { loaded: false, articles: 0 };
  if (state !== 'loading' && (await deps.articleCount()) > 0) return { loaded: false, articles: 0 };
  await deps.marker.set('loading');
  for (const s of demoSections) {
    if (!(await deps.taxonomy.section(s.slug))) await deps.taxonomy.createSection(s);
  }
  for (const a of demoAuthors) await deps.taxonomy.createPerson(a);

  const seedText = await readFile(new URL('./seed-article.txt', import.meta.url), 'utf8');
  if (!(await deps.slugTaken('en', SEED_HEADLINE)))
    await deps.textImporter.import(seedText, {
      language: 'en',
      sectionSlug: 'world',
      headline: SEED_HEADLINE,
      standfirst:
        'Russia blames Ukrainian air defences for the damage; Baku says an Iskander missile hit the embassy compound.',
      tags: ['Diplomacy', 'Azerbaijan', 'Russia', 'Ukraine'],
    });
  for (const a of demoArticles) {
    if (await deps.slugTaken('en', a.headline)) continue;
    await deps.writer.create({
      ...a,
      language: 'en',
      status: 'published',
      publishedAt: new Date(a.publishedAt),
      updatedAt: a.updatedAt ? new Date(a.updatedAt) : null,
      corrections: (a.corrections ?? []).map((c) => ({ text: c.text, createdAt: new Date(c.createdAt) })),
    });
  }
  await deps.marker.set('loaded');
  return { loaded: true, articles: demoArticles.length + 1 };
}
