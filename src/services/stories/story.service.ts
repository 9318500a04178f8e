import { bestMatch, STORY_WINDOW_DAYS, type StoryDoc } from '../../analysis/stories.ts';
import type { AnalysisResult, EventFact, QuoteFact } from '../../analysis/types.ts';
import type { Article, ArticleSummary } from '../../domain/article.ts';
import { slugify } from '../../lib/slug.ts';
import type { EntityKind, EntityRef, Store } from '../../storage/repositories/index.ts';
import { uuid, type IdGenerator } from '../deps.ts';

export interface TimelineEntry {
  iso: string;
  expression: string;
  description: string;
  article: ArticleSummary;
}

export interface StoryView {
  id: string;
  articles: ArticleSummary[];
  timeline: TimelineEntry[];
}

export interface TopicView {
  kind: EntityKind;
  slug: string;
  name: string;
  articles: ArticleSummary[];
  quotes: { quote: QuoteFact; article: ArticleSummary }[];
  timeline: TimelineEntry[];
}

export const entityKinds: EntityKind[] = ['person', 'place', 'org'];

/** The entities of a reading, keyed by kind and slug (the topic page address). */
export function entitiesOf(result: AnalysisResult): EntityRef[] {
  return [
    ...result.people.map((p) => ({ kind: 'person' as const, slug: slugify(p.name), name: p.name })),
    ...result.places.map((p) => ({ kind: 'place' as const, slug: slugify(p.name), name: p.name })),
    ...result.orgs.map((o) => ({ kind: 'org' as const, slug: slugify(o.name), name: o.name })),
  ].filter((e) => e.slug !== '');
}

const byDate = (a: TimelineEntry, b: TimelineEntry) =>
  a.iso.localeCompare(b.iso) ||
  (a.article.publishedAt?.getTime() ?? 0) - (b.article.publishedAt?.getTime() ?? 0);

/** Stories (articles clustered by shared entities and similar text) and topic pages. */
export class StoryService {
  constructor(
    private readonly store: Store,
    private readonly newId: IdGenerator = uuid,
  ) {}

  /** Records an article's entities and puts it in a story: its translations', the most similar one's, or a new one. */
  async index(article: Article, result: AnalysisResult): Promise<string> {
    const repo = this.store.repos.stories;
    const entities = entitiesOf(result);
    await repo.setEntities(article.id, entities);
    for (const t of await this.store.repos.articles.listTranslations(article.translationGroupId)) {
      const existing = t.id !== article.id ? await repo.storyOf(t.id) : null;
      if (existing) {
        await repo.setStory(article.id, existing);
        return existing;
      }
    }
    const at = article.publishedAt ?? article.createdAt;
    const window = STORY_WINDOW_DAYS * 86_400_000;
    const neighbourIds = await repo.neighbours(
      entities,
      new Date(at.getTime() - window),
      new Date(at.getTime() + window),
      article.id,
    );
    const docOf = (a: Article, ents: EntityRef[]): StoryDoc => ({
      id: a.id,
      publishedAt: a.publishedAt ?? a.createdAt,
      entities: ents.map((e) => `${e.kind}:${e.slug}`),
      text: `${a.headline} ${a.standfirst ?? ''} ${a.bodyText}`,
    });
    const candidates: StoryDoc[] = [];
    for (const id of neighbourIds.slice(0, 200)) {
      const other = await this.store.repos.articles.findById(id);
      if (other && other.language === article.language)
        candidates.push(docOf(other, await repo.entitiesOf(id)));
    }
    const match = bestMatch(docOf(article, entities), candidates);
    const storyId =
      (match && (await repo.storyOf(match.id))) ?? (await repo.storyOf(article.id)) ?? this.newId();
    await repo.setStory(article.id, storyId);
    return storyId;
  }

  async storyOf(articleId: string): Promise<string | null> {
    return this.store.repos.stories.storyOf(articleId);
  }

  private async readings(ids: string[], language: string) {
    const summaries = await this.store.repos.articles.summariesByIds(ids, language);
    const out: { article: ArticleSummary; result: AnalysisResult | null }[] = [];
    for (const { bodyText: _b, ...s } of summaries) {
      if (s.language !== language) continue;
      const stored = await this.store.repos.analysis.get(s.id);
      out.push({ article: s, result: stored ? (JSON.parse(stored.result) as AnalysisResult) : null });
    }
    return out.filter((r) => r.article.publishedAt);
  }

  private timeline(readings: { article: ArticleSummary; result: AnalysisResult | null }[]): TimelineEntry[] {
    const seen = new Set<string>();
    const entries: TimelineEntry[] = [];
    for (const { article, result } of readings) {
      for (const e of result?.events ?? ([] as EventFact[])) {
        if (e.kind === 'dateline') continue;
        const key = `${e.iso}|${e.description.toLowerCase()}`;
        if (seen.has(key)) continue;
        seen.add(key);
        entries.push({ iso: e.iso, expression: e.expression, description: e.description, article });
      }
    }
    return entries.sort(byDate);
  }

  /** A story in one language: its articles (oldest first) and the merged timeline of their events. */
  async story(storyId: string, language: string): Promise<StoryView | null> {
    const ids = await this.store.repos.stories.storyArticles(storyId);
    const readings = (await this.readings(ids, language)).sort(
      (a, b) => a.article.publishedAt!.getTime() - b.article.publishedAt!.getTime(),
    );
    if (!readings.length) return null;
    return { id: storyId, articles: readings.map((r) => r.article), timeline: this.timeline(readings) };
  }

  /** Everything about one person, place or organisation: articles, their quotes, a timeline. */
  async topic(kind: EntityKind, slug: string, language: string): Promise<TopicView | null> {
    const rows = await this.store.repos.stories.articlesAbout(kind, slug, language, 100);
    if (!rows.length) return null;
    const readings = await this.readings(
      rows.map((r) => r.articleId),
      language,
    );
    const name = rows[0]!.name;
    const quotes =
      kind === 'place'
        ? []
        : readings.flatMap(({ article, result }) =>
            (result?.quotes ?? [])
              .filter((q) => q.speaker && slugify(q.speaker.replace(/\s*\(.*\)$/, '')) === slug)
              .map((quote) => ({ quote, article })),
          );
    return {
      kind,
      slug,
      name,
      articles: readings.map((r) => r.article),
      quotes,
      timeline: this.timeline(readings),
    };
  }
}

export type { EntityKind } from '../../storage/repositories/index.ts';
