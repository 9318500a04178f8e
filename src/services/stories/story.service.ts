import { bestMatch, STORY_WINDOW_DAYS, type StoryDoc } from '../../analysis/stories.ts';
import { TimelineMemo } from './timeline-memo.ts';
import { AUTO_THRESHOLD } from '../../analysis/confidence.ts';
import { isApproved, orgKey, personKey, placeKey } from '../../analysis/review.ts';
import type { AnalysisResult, QuoteFact, Reviewable } from '../../analysis/types.ts';
import type { Article, ArticleSummary } from '../../domain/article.ts';
import { slugify } from '../../lib/slug.ts';
import type { EntityKind, EntityRef, Store } from '../../storage/repositories/index.ts';
import { uuid, type IdGenerator } from '../deps.ts';
import type { Readings } from '../analysis/readings.ts';

export interface TimelineEntry {
  iso: string;
  expression: string;
  description: string;
  /** The article that reports the event (the first or most precise one when several do). */
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

/** A person's name as the text wrote it in each full mention ("посла России Михаила Евдокимова" → its last two words). */
function writtenForms(name: string, mentions: readonly string[]): string[] {
  const n = name.split(/\s+/).length;
  if (n < 2) return [];
  return mentions
    .map((m) => m.split(/\s+/))
    .filter((w) => w.length >= n)
    .map((w) =>
      w
        .slice(-n)
        .join(' ')
        .replace(/^[,;:]+|[,;:.]+$/g, ''),
    );
}

/**
 * The entities of a reading, keyed by kind and slug (the topic page address), with whether an
 * editor approved each, the analyser's confidence, and the slugs of other written forms.
 */
export function entitiesOf(result: AnalysisResult, approved: ReadonlySet<string> = new Set()): EntityRef[] {
  const ref = (
    kind: EntityKind,
    item: Reviewable & { name: string },
    key: string,
    aliases: string[] = [],
  ) => ({
    kind,
    slug: slugify(item.name),
    name: item.name,
    approved: isApproved(key, item, approved),
    confidence: item.confidence ?? 0,
    aliases: [...new Set(aliases.map(slugify).filter(Boolean))],
  });
  return [
    ...result.people.map((p) => ref('person', p, personKey(p), writtenForms(p.name, p.mentions))),
    ...result.places.map((p) => ref('place', p, placeKey(p))),
    ...result.orgs.map((o) => ref('org', o, orgKey(o))),
  ].filter((e) => e.slug !== '');
}

/** Stories (articles clustered by shared entities and similar text) and topic pages. */
export class StoryService {
  /** Merged timelines by their readings: an article page's story box merges its story's once. */
  private readonly timelines = new TimelineMemo();

  constructor(
    private readonly store: Store,
    private readonly readings: Readings,
    private readonly newId: IdGenerator = uuid,
  ) {}

  /**
   * Records an article's entities (with which of them editors approved) and puts it in a story:
   * its translations', the most similar one's, or a new one.
   */
  async index(
    article: Article,
    result: AnalysisResult,
    approved: ReadonlySet<string> = new Set(),
  ): Promise<string> {
    const repo = this.store.repos.stories;
    const entities = entitiesOf(result, approved);
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

  /**
   * Published articles in one language with what readers may see of their readings: the
   * articles named, or a story's (found by the same query that reads them).
   */
  private async readerReadings(which: string[] | { storyId: string }, language: string) {
    const { listings } = this.store.repos;
    const found = Array.isArray(which)
      ? await listings.summariesByIds(which, language)
      : await listings.summariesOfStory(which.storyId, language);
    const summaries = found.filter(
      (s): s is typeof s & { publishedAt: Date } => s.language === language && s.publishedAt !== null,
    );
    const views = await this.readings.forReadersMany(
      summaries.map((s) => ({ id: s.id, bodyText: s.bodyText })),
    );
    return summaries.map(({ bodyText: _b, ...article }) => ({
      article,
      result: views.get(article.id) ?? null,
    }));
  }

  /**
   * Each event once: entries of several articles telling the same event are one (timeline.ts),
   * shown with the article that reports it first or most precisely.
   */
  private timeline(readings: { article: ArticleSummary; result: AnalysisResult | null }[]): TimelineEntry[] {
    const entries = readings.flatMap(({ article, result }) =>
      (result?.events ?? [])
        .filter((e) => e.kind !== 'dateline')
        .map((e) => ({
          iso: e.iso,
          expression: e.expression,
          description: e.description,
          article,
          source: article.id,
          publishedAt: article.publishedAt?.getTime() ?? 0,
        })),
    );
    return this.timelines.merge(entries).map(({ lead }) => ({
      iso: lead.iso,
      expression: lead.expression,
      description: lead.description,
      article: lead.article,
    }));
  }

  /**
   * A story in one language: its articles (oldest first) and the merged timeline of their events
   * as readers may see them — null while readers may see none of its events (the grouping is the
   * machine's too).
   */
  async story(storyId: string, language: string): Promise<StoryView | null> {
    if ((await this.readings.mode()) === 'off') return null;
    return this.storyOfReadings(storyId, await this.readerReadings({ storyId }, language));
  }

  private storyOfReadings(
    storyId: string,
    found: { article: ArticleSummary & { publishedAt: Date }; result: AnalysisResult | null }[],
  ): StoryView | null {
    const readings = found.sort((a, b) => a.article.publishedAt.getTime() - b.article.publishedAt.getTime());
    const timeline = this.timeline(readings);
    if (!readings.length || !timeline.length) return null;
    return { id: storyId, articles: readings.map((r) => r.article), timeline };
  }

  /**
   * An article page's story intelligence: what readers may see of the article's reading, and its
   * story as `story` gives it — the readings of the article and of its story's articles read
   * in one query (an article page's query budget).
   */
  async forArticlePage(
    article: { id: string; bodyText: string },
    storyId: string | null,
    language: string,
  ): Promise<{ facts: AnalysisResult | null; story: StoryView | null }> {
    const mode = await this.readings.mode();
    if (mode === 'off') return { facts: null, story: null };
    const found = await this.store.repos.listings.storyReadings(storyId, article.id, language);
    const summaries = found.story.filter(
      (s): s is typeof s & { publishedAt: Date } => s.language === language && s.publishedAt !== null,
    );
    const [facts = null, ...views] = await this.readings.viewsOfStamps(
      [
        { id: article.id, body: article.bodyText, version: null },
        ...summaries.map((s) => ({ id: s.id, body: null, version: s.version })),
      ],
      found.stamps,
      mode,
    );
    const readings = summaries.map(({ version: _v, ...a }, i) => ({ article: a, result: views[i] ?? null }));
    return { facts, story: storyId ? this.storyOfReadings(storyId, readings) : null };
  }

  /** Which entities readers may see under the site's setting (null: none at all). */
  private async visibility() {
    const mode = await this.readings.mode();
    return mode === 'off' ? null : { minConfidence: mode === 'auto' ? AUTO_THRESHOLD : null };
  }

  /** Everything readers may see about one person, place or organisation: articles, their quotes, a timeline. */
  async topic(kind: EntityKind, slug: string, language: string): Promise<TopicView | null> {
    const visibility = await this.visibility();
    if (!visibility) return null;
    const rows = await this.store.repos.stories.articlesAbout(kind, slug, language, 100, visibility);
    const [first] = rows;
    if (!first) return null;
    const readings = await this.readerReadings(
      rows.map((r) => r.articleId),
      language,
    );
    const { name } = first;
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

  /**
   * The base form's slug for a topic address made from another written form of a name
   * (`mikhaila-evdokimova` → `mikhail-evdokimov`), when readers may see that topic.
   */
  async topicAlias(kind: EntityKind, slug: string, language: string): Promise<string | null> {
    const visibility = await this.visibility();
    if (!visibility) return null;
    const base = await this.store.repos.stories.aliasOf(kind, slug, language);
    if (!base || base === slug) return null;
    const rows = await this.store.repos.stories.articlesAbout(kind, base, language, 1, visibility);
    return rows.length ? base : null;
  }
}

export type { EntityKind } from '../../storage/repositories/index.ts';
