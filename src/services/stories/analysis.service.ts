import { createHash } from 'node:crypto';
import { analyze } from '../../analysis/analyze.ts';
import type { AnalysisResult } from '../../analysis/types.ts';
import { applyCorrections, correctionSchema } from '../../analysis/corrections.ts';

/** What an editor's correction looks like (the admin API validates and documents it with this). */
export { correctionSchema };
import { AppError } from '../../domain/errors.ts';
import { validate } from '../validate.ts';
import type { Article } from '../../domain/article.ts';
import { calendarDateInZone } from '../../lib/dates.ts';
import type { Repositories, Store } from '../../storage/repositories/index.ts';
import { uuid, type Clock, type IdGenerator } from '../deps.ts';
import type { SiteService } from '../site/site.service.ts';
import type { StoryService } from './story.service.ts';

/** Bumped whenever the analyser's output changes, so stored readings are redone. */
export const ANALYZER_VERSION = '2';

/**
 * Story intelligence for stored articles: reads an article into facts after it is published or
 * changed (never in the request), keeps the result, and redoes it only when the text, the
 * publication date or the analyser changed.
 */
export class AnalysisService {
  constructor(
    private readonly store: Store,
    private readonly site: SiteService,
    private readonly clock: Clock,
    private readonly stories: StoryService | null = null,
    private readonly newId: IdGenerator = uuid,
  ) {}

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
    const result = analyze(input);
    await this.store.repos.analysis.put(articleId, hash, JSON.stringify(result), this.clock.now());
    if (this.stories && a.status === 'published')
      await this.stories.index(a, await this.corrected(articleId, result));
    return true;
  }

  /** The machine's reading with the editors' corrections applied on top (they always win). */
  private async corrected(articleId: string, machine: AnalysisResult): Promise<AnalysisResult> {
    const rows = await this.store.repos.analysis.corrections(articleId);
    return applyCorrections(
      machine,
      rows.map((r) => correctionSchema.parse(r.correction)),
    );
  }

  /** Records an editor's correction (validated) and re-files the article's topics and story. */
  async correct(articleId: string, input: unknown, actorId?: string | null): Promise<AnalysisResult> {
    const correction = validate(correctionSchema, input);
    const a = await this.store.repos.articles.findById(articleId);
    if (!a) throw new AppError('NOT_FOUND', `article ${articleId} does not exist`);
    const id = this.newId();
    await this.store.transaction(async (repos) => {
      await repos.analysis.addCorrection(id, articleId, correction, this.clock.now());
      if (actorId !== undefined)
        await this.audit(repos, actorId, 'analysis.corrected', articleId, { id, ...correction });
    });
    const facts = (await this.factsFor(articleId))!;
    if (this.stories && a.status === 'published') await this.stories.index(a, facts);
    return facts;
  }

  corrections(articleId: string): Promise<{ id: string; correction: unknown; createdAt: Date }[]> {
    return this.store.repos.analysis.corrections(articleId);
  }

  async removeCorrection(articleId: string, correctionId: string, actorId?: string | null): Promise<void> {
    await this.store.transaction(async (repos) => {
      if (!(await repos.analysis.removeCorrection(articleId, correctionId)))
        throw new AppError('NOT_FOUND', `no correction ${correctionId} on article ${articleId}`);
      if (actorId !== undefined)
        await this.audit(repos, actorId, 'analysis.correction-withdrawn', articleId, { id: correctionId });
    });
    const a = await this.store.repos.articles.findById(articleId);
    if (a && this.stories && a.status === 'published') {
      const facts = await this.factsFor(articleId);
      if (facts) await this.stories.index(a, facts);
    }
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

  /** Reads any text (not stored): for the CLI and previews. */
  analyzeText(input: {
    body: string;
    language: string;
    published: string;
    timezone: string;
  }): AnalysisResult {
    return analyze(input);
  }

  /**
   * What the editor sees: the article's current text read now when the stored reading is
   * missing or out of date (a draft, an unsaved change), with the editors' corrections on top.
   */
  async currentFacts(article: Article): Promise<{ facts: AnalysisResult; stale: boolean }> {
    const input = this.input(article);
    const stored = await this.store.repos.analysis.get(article.id);
    if (stored?.inputHash === this.hash(input))
      return {
        facts: await this.corrected(article.id, JSON.parse(stored.result) as AnalysisResult),
        stale: false,
      };
    return { facts: await this.corrected(article.id, analyze(input)), stale: true };
  }

  async factsFor(articleId: string): Promise<AnalysisResult | null> {
    const stored = await this.store.repos.analysis.get(articleId);
    if (!stored) {
      // Corrections may exist before the first reading (an editor added a fact by hand).
      const hasCorrections = (await this.store.repos.analysis.corrections(articleId)).length > 0;
      return hasCorrections
        ? this.corrected(articleId, {
            people: [],
            places: [],
            orgs: [],
            quotes: [],
            events: [],
            equipment: [],
          })
        : null;
    }
    return this.corrected(articleId, JSON.parse(stored.result) as AnalysisResult);
  }
}
export type { AnalysisResult } from '../../analysis/types.ts';
