import { bestMatch, STORY_WINDOW_DAYS, type StoryDoc } from '../../analysis/stories.ts';
import type { AnalysisResult } from '../../analysis/types.ts';
import type { Store } from '../../storage/repositories/index.ts';
import { entitiesOf } from '../stories/story.service.ts';

/** Who, where and what a wire item is about, as the desk shows it. */
export interface WireReading {
  people: string[];
  places: string[];
  orgs: string[];
  quotes: number;
}

export const readingOf = (r: AnalysisResult): WireReading => ({
  people: r.people.map((p) => p.name),
  places: r.places.map((p) => p.name),
  orgs: r.orgs.map((o) => o.name),
  quotes: r.quotes.length,
});

/**
 * The existing story a wire item belongs to: the published articles of its language around its
 * date that share an entity with it, matched the way articles are clustered into stories.
 */
export async function storyOfItem(
  store: Store,
  item: { id: string; text: string; language: string; at: Date },
  result: AnalysisResult,
): Promise<string | null> {
  const stories = store.repos.stories;
  const entities = entitiesOf(result);
  const window = STORY_WINDOW_DAYS * 86_400_000;
  const ids = await stories.neighbours(
    entities,
    new Date(item.at.getTime() - window),
    new Date(item.at.getTime() + window),
    item.id,
  );
  const candidates: StoryDoc[] = [];
  for (const id of ids.slice(0, 200)) {
    const a = await store.repos.articles.findById(id);
    if (!a || a.language !== item.language) continue;
    candidates.push({
      id: a.id,
      publishedAt: a.publishedAt ?? a.createdAt,
      entities: (await stories.entitiesOf(id)).map((e) => `${e.kind}:${e.slug}`),
      text: `${a.headline} ${a.standfirst ?? ''} ${a.bodyText}`,
    });
  }
  const doc = {
    id: item.id,
    publishedAt: item.at,
    entities: entities.map((e) => `${e.kind}:${e.slug}`),
    text: item.text,
  };
  const match = bestMatch(doc, candidates);
  return match ? stories.storyOf(match.id) : null;
}
