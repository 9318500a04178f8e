import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { AnalysisInput, AnalysisResult } from '../../analysis/types.ts';
import { correctionSchema } from '../../analysis/corrections.ts';
import { AUTO_THRESHOLD } from '../../analysis/confidence.ts';
import { isApproved, isShown, itemsOf, type Gate, type ItemKind } from '../../analysis/review.ts';
import { AppError, RateLimitedError } from '../../domain/errors.ts';
import { storyFactsModes, type StoryFactsMode } from '../../domain/site.ts';

/** What an editor's correction looks like (the admin API validates and documents it with this). */
export { correctionSchema };
import { validate } from '../validate.ts';
import type { Article } from '../../domain/article.ts';
import { payloadOf } from '../../domain/events.ts';
import { calendarDateInZone } from '../../lib/dates.ts';
import { paths } from '../../lib/paths.ts';
import type { Repositories, Store } from '../../storage/repositories/index.ts';
import type { Clock, IdGenerator } from '../deps.ts';
import type { SiteService } from '../site/site.service.ts';
import { entitiesOf, type StoryService } from '../stories/story.service.ts';
import type { Readings } from './readings.ts';
import { analyzeHere, InlineAnalyzer, type Analyzer } from './analyzer.ts';

/** Bumped whenever the analyser's output changes, so stored readings are redone. */
export const ANALYZER_VERSION = '3';

/** One item of a reading as the editor reviews it. */
export interface ReviewItem {
  kind: ItemKind;
  key: string;
  confidence: number;
  /** An editor approved it, or made or corrected it. */
  approved: boolean;
  /** Readers see it now (under the site's setting and the article's hide flag). */
  shown: boolean;
}

/** What the editor's panel shows: the reading, each item's review state, and the gate around it. */
export interface Review {
  facts: AnalysisResult;
  /** The reading was made just now from the current text (not yet stored). */
  live: boolean;
  /** In the order of `facts`: people, places, orgs, equipment, quotes, events, conflicts. */
  items: ReviewItem[];
  mode: StoryFactsMode;
  hidden: boolean;
  autoThreshold: number;
}

const keyList = z.array(z.string().trim().min(1).max(300)).min(1).max(2000);
const approveSchema = z.union([
  z.object({ keys: keyList }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
const withdrawSchema = z.object({ keys: keyList }).strict();
const displaySchema = z.object({ hidden: z.boolean() }).strict();

/**
 * Story intelligence for stored articles: reads an article into facts after it is published or
 * changed (never in the request), keeps the result, and redoes it only when the text, the
 * publication date or the analyser changed. Editors correct readings, approve items for readers
 * (approvals are kept by item key and outlive re-readings) or hide an article's panels.
 */
/** Live readings kept for reuse, and readings that may wait at once for a request before 429. */
const LIVE_READINGS_KEPT = 32;
const MAX_WAITING_READINGS = 16;

export class AnalysisService {
  /** Live readings of texts not stored yet (drafts), by input hash: asking twice reads once. */
  private readonly live = new Map<string, AnalysisResult>();

  constructor(
    private readonly store: Store,
    private readonly site: SiteService,
    private readonly clock: Clock,
    private readonly stories: StoryService | null,
    private readonly newId: IdGenerator,
    private readonly readings: Readings,
    /** Where texts are read (a worker thread in the server, so readers never wait for it). */
    private readonly analyzer: Analyzer = new InlineAnalyzer(),
  ) {}

  /** Stops the analyzer (its worker thread, if any). */
  close(): Promise<void> {
    return this.analyzer.close();
  }

  private input(a: Article) {
    const timezone = this.site.settings().timeZone;
    const published = calendarDateInZone(a.publishedAt ?? a.createdAt, timezone);
    return { body: a.bodyText, language: a.language, published, timezone };
  }

  private hash(input: ReturnType<AnalysisService['input']>): string {
    return createHash('sha256')
      .update(JSON.stringify([ANALYZER_VERSION, input]))
      .digest('hex');
  }

  /** Analyses the article if its text changed since the last reading; true when it did. */
  async refresh(articleId: string): Promise<boolean> {
    const a = await this.store.repos.articles.findById(articleId);
    if (!a) return false;
    const input = this.input(a);
    const hash = this.hash(input);
    const stored = await this.store.repos.analysis.get(articleId);
    if (stored?.inputHash === hash) return false;
    const result = await this.analyzer.analyze(input);
    await this.store.repos.analysis.put(articleId, hash, JSON.stringify(result), this.clock.now());
    await this.reindex(a);
    return true;
  }

  /** Re-files a published article's entities (with their approvals) and story. */
  private async reindex(a: Article): Promise<void> {
    if (!this.stories || a.status !== 'published') return;
    const facts = await this.readings.corrected(a.id);
    if (!facts) return;
    await this.stories.index(a, facts, new Set(await this.store.repos.analysis.approvals(a.id)));
  }

  /**
   * Besides the article's own page, the reader pages that show its reading: its topics and its
   * story (the EventDispatcher purges them when the reading changes).
   */
  async pagesShowingReading(a: { id: string; language: string }): Promise<string[]> {
    const facts = await this.readings.corrected(a.id);
    const storyId = this.stories ? await this.stories.storyOf(a.id) : null;
    return [
      ...(facts ? entitiesOf(facts).map((e) => paths.topic(a.language, e.kind, e.slug)) : []),
      ...(storyId ? [paths.story(a.language, storyId)] : []),
    ];
  }

  /**
   * Records, in the change's transaction, that readers' pages of a published article changed:
   * the outbox purges them after commit (and again after a crash or a failing cache).
   */
  private async announce(repos: Repositories, a: Article): Promise<void> {
    if (a.status !== 'published') return;
    await repos.outbox.add({
      id: this.newId(),
      type: 'reading.changed',
      occurredAt: this.clock.now(),
      article: payloadOf(a),
    });
  }

  private async article(articleId: string): Promise<Article> {
    const a = await this.store.repos.articles.findById(articleId);
    if (!a) throw new AppError('NOT_FOUND', `article ${articleId} does not exist`);
    return a;
  }

  /** Records an editor's correction (validated) and re-files the article's topics and story. */
  async correct(articleId: string, input: unknown, actorId?: string | null): Promise<AnalysisResult> {
    const correction = validate(correctionSchema, input);
    const a = await this.article(articleId);
    const id = this.newId();
    await this.store.transaction(async (repos) => {
      await repos.analysis.addCorrection(id, articleId, correction, this.clock.now());
      if (actorId !== undefined)
        await this.audit(repos, actorId, 'analysis.corrected', articleId, { id, ...correction });
      await this.announce(repos, a);
    });
    await this.reindex(a);
    // The correction just stored counts even without a machine reading (applied to an empty one).
    return this.readings.withCorrections(articleId, await this.readings.machineReading(articleId));
  }

  corrections(articleId: string): Promise<{ id: string; correction: unknown; createdAt: Date }[]> {
    return this.store.repos.analysis.corrections(articleId);
  }

  async removeCorrection(articleId: string, correctionId: string, actorId?: string | null): Promise<void> {
    const a = await this.store.transaction(async (repos) => {
      if (!(await repos.analysis.removeCorrection(articleId, correctionId)))
        throw new AppError('NOT_FOUND', `no correction ${correctionId} on article ${articleId}`);
      if (actorId !== undefined)
        await this.audit(repos, actorId, 'analysis.correction-withdrawn', articleId, { id: correctionId });
      const article = await repos.articles.findById(articleId);
      if (article) await this.announce(repos, article);
      return article;
    });
    if (a) await this.reindex(a);
  }

  /**
   * Approves items of the article's current reading for readers: `{keys: [...]}` one by one, or
   * `{all: true}` everything the editor sees. A key that is not in the current reading is refused
   * (the text changed since the panel was read). Returns the keys newly approved.
   */
  async approve(articleId: string, input: unknown, actorId: string | null): Promise<string[]> {
    const body = validate(approveSchema, input);
    const a = await this.article(articleId);
    const current = itemsOf((await this.currentFacts(a)).facts).map((i) => i.key);
    const keys = 'all' in body ? current : body.keys;
    const known = new Set(current);
    const unknown = keys.flatMap((k, i) => (known.has(k) ? [] : [i]));
    if (unknown.length)
      throw new AppError(
        'VALIDATION_FAILED',
        'keys: not an item of the article’s current reading (reload it)',
        unknown.map((i) => ({ field: `keys.${i}`, message: 'is not an item of the current reading' })),
      );
    let fresh: string[] = [];
    await this.store.transaction(async (repos) => {
      fresh = await repos.analysis.approve(articleId, keys, actorId, this.clock.now());
      if (!fresh.length) return;
      await this.audit(repos, actorId, 'analysis.approved', articleId, { keys: fresh });
      await this.announce(repos, a);
    });
    if (fresh.length) await this.reindex(a);
    return fresh;
  }

  /** Withdraws approvals: the items wait for review again. */
  async withdraw(articleId: string, input: unknown, actorId: string | null): Promise<number> {
    const { keys } = validate(withdrawSchema, input);
    const a = await this.article(articleId);
    let n = 0;
    await this.store.transaction(async (repos) => {
      n = await repos.analysis.withdraw(articleId, keys);
      if (!n) return;
      await this.audit(repos, actorId, 'analysis.approval-withdrawn', articleId, { keys });
      await this.announce(repos, a);
    });
    if (n) await this.reindex(a);
    return n;
  }

  /** Hides (or shows again) the article's machine-made panels from readers, approvals kept. */
  async setHidden(articleId: string, input: unknown, actorId: string | null): Promise<void> {
    const { hidden } = validate(displaySchema, input);
    const a = await this.article(articleId);
    if ((await this.store.repos.analysis.isHidden(articleId)) === hidden) return;
    await this.store.transaction(async (repos) => {
      await repos.analysis.setHidden(articleId, hidden, actorId, this.clock.now());
      await this.audit(repos, actorId, hidden ? 'analysis.hidden' : 'analysis.shown', articleId, { hidden });
      await this.announce(repos, a);
    });
  }

  private audit(
    repos: Repositories,
    userId: string | null,
    action: string,
    target: string,
    details: unknown,
  ) {
    return repos.accounts.audit({ id: this.newId(), userId, action, target, details, at: this.clock.now() });
  }

  /** Analyses published articles that have no reading yet (a background safety net). */
  async analyzeMissing(limit = 50): Promise<number> {
    const ids = await this.store.repos.analysis.missing(limit);
    for (const id of ids) await this.refresh(id);
    return ids.length;
  }

  /** Re-reads the whole archive; `progress` is told after each article. */
  async analyzeAll(
    progress: (done: number, total: number) => void = () => {},
  ): Promise<{ total: number; changed: number }> {
    const ids = await this.store.repos.analysis.publishedIds();
    let changed = 0;
    for (const [i, id] of ids.entries()) {
      if (await this.refresh(id)) changed++;
      progress(i + 1, ids.length);
    }
    return { total: ids.length, changed };
  }

  /** Reads any text (not stored) on this thread: for the CLI and previews. */
  analyzeText(input: {
    body: string;
    language: string;
    published: string;
    timezone: string;
  }): Promise<AnalysisResult> {
    return analyzeHere(input);
  }

  /**
   * What the editor sees: the article's current text read now when the stored reading is
   * missing or out of date (a draft, an unsaved change), with the editors' corrections on top.
   */
  async currentFacts(article: Article): Promise<{ facts: AnalysisResult; stale: boolean }> {
    const input = this.input(article);
    const hash = this.hash(input);
    const stored = await this.store.repos.analysis.get(article.id);
    if (stored?.inputHash === hash)
      return {
        facts: await this.readings.withCorrections(article.id, JSON.parse(stored.result) as AnalysisResult),
        stale: false,
      };
    return {
      facts: await this.readings.withCorrections(article.id, await this.readLive(hash, input)),
      stale: true,
    };
  }

  /** A reading made for someone waiting: reused for the same text, refused when too many wait. */
  private async readLive(hash: string, input: AnalysisInput): Promise<AnalysisResult> {
    const known = this.live.get(hash);
    if (known) return known;
    if (this.analyzer.pending >= MAX_WAITING_READINGS)
      throw new RateLimitedError('The analysis is busy with other articles; try again shortly.', 5);
    const result = await this.analyzer.analyze(input);
    // The oldest reading goes first (a Map keeps insertion order).
    const oldest = this.live.keys().next();
    if (this.live.size >= LIVE_READINGS_KEPT && !oldest.done) this.live.delete(oldest.value);
    this.live.set(hash, result);
    return result;
  }

  /** The editor's review: the current reading, each item's key, confidence and state, and the gate. */
  async review(article: Article): Promise<Review> {
    const { facts, stale } = await this.currentFacts(article);
    const gate: Gate = await this.readings.gate(article.id);
    const items = itemsOf(facts).map(({ kind, key, item }) => ({
      kind,
      key,
      confidence: item.confidence ?? 0,
      approved: isApproved(key, item, gate.approved),
      // Readers get what the stored reading holds: a reading not yet stored shows nothing yet.
      shown: !stale && article.status === 'published' && isShown(key, item, gate),
    }));
    return { facts, live: stale, items, mode: gate.mode, hidden: gate.hidden, autoThreshold: AUTO_THRESHOLD };
  }

  /** The reading with the editors' corrections applied (what editors work on), or null. */
  async factsFor(articleId: string): Promise<AnalysisResult | null> {
    return this.readings.corrected(articleId);
  }

  /** What readers may see of the article's reading under the site's setting (null: nothing). */
  readerFacts(article: { id: string; bodyText: string }): Promise<AnalysisResult | null> {
    return this.readings.forReaders(article);
  }

  /** Changes the site's storyFacts setting (admins), recorded in the audit log. */
  async setMode(input: unknown, actorId: string | null): Promise<StoryFactsMode> {
    const { storyFacts } = validate(z.object({ storyFacts: z.enum(storyFactsModes) }).strict(), input);
    const before = (await this.site.fresh(0)).storyFacts;
    if (before === storyFacts) return storyFacts;
    await this.site.update({ storyFacts });
    await this.store.transaction((repos) =>
      this.audit(repos, actorId, 'settings.changed', 'storyFacts', {
        storyFacts: { from: before, to: storyFacts },
      }),
    );
    return storyFacts;
  }

  async mode(): Promise<StoryFactsMode> {
    return this.readings.mode();
  }

  /** The confidence from which `auto` shows an item without review. */
  readonly autoThreshold = AUTO_THRESHOLD;
}

export type { AnalysisResult, QuoteFact } from '../../analysis/types.ts';
