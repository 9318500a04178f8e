import { applyCorrections, correctionSchema } from '../../analysis/corrections.ts';
import { readerView, type Gate } from '../../analysis/review.ts';
import type { AnalysisResult } from '../../analysis/types.ts';
import type { StoryFactsMode } from '../../domain/site.ts';
import type { ReaderInputs, Store } from '../../storage/repositories/index.ts';
import type { SiteService } from '../site/site.service.ts';
import { ReaderViewMemo } from './reader-view-memo.ts';

const EMPTY: AnalysisResult = { people: [], places: [], orgs: [], quotes: [], events: [], equipment: [] };

/**
 * Stored readings as the newsroom decided: the machine's result with the editors' corrections on
 * top (they always win), and what of it readers may see under the site's `storyFacts` setting,
 * the article's approvals and its hide flag. Every reader-facing use of story intelligence — the
 * article page, timelines, topic pages, JSON-LD — goes through `forReaders`.
 */
export class Readings {
  /** Reader views by their inputs: exact without invalidation (see ReaderViewMemo). */
  private readonly memo = new ReaderViewMemo();

  constructor(
    private readonly store: Store,
    private readonly site: SiteService,
  ) {}

  /** The site's setting as stored now (several instances may share the database). */
  async mode(): Promise<StoryFactsMode> {
    return (await this.site.fresh()).storyFacts;
  }

  /** The machine's reading with the corrections applied, or null when there is neither. */
  async corrected(articleId: string, machine?: AnalysisResult | null): Promise<AnalysisResult | null> {
    const reading = machine === undefined ? await this.machineReading(articleId) : machine;
    const corrections = await this.correctionsOf(articleId);
    // Corrections may exist before the first reading (an editor added a fact by hand).
    if (!reading && !corrections.length) return null;
    return applyCorrections(reading ?? EMPTY, corrections);
  }

  /** A reading with the corrections applied; no reading counts as an empty one, so never null. */
  async withCorrections(articleId: string, reading: AnalysisResult | null): Promise<AnalysisResult> {
    return applyCorrections(reading ?? EMPTY, await this.correctionsOf(articleId));
  }

  /** The machine's stored reading of the article, or null before the first one. */
  async machineReading(articleId: string): Promise<AnalysisResult | null> {
    const stored = await this.store.repos.analysis.get(articleId);
    return stored ? (JSON.parse(stored.result) as AnalysisResult) : null;
  }

  private async correctionsOf(articleId: string) {
    return (await this.store.repos.analysis.corrections(articleId)).map((r) =>
      correctionSchema.parse(r.correction),
    );
  }

  /** A stored reading (JSON) with stored corrections on top, as `corrected` makes it (null: neither). */
  private applied(result: string | null, corrections: readonly unknown[]): AnalysisResult | null {
    if (!result && !corrections.length) return null;
    const reading = result ? (JSON.parse(result) as AnalysisResult) : EMPTY;
    return applyCorrections(
      reading,
      corrections.map((c) => correctionSchema.parse(c)),
    );
  }

  async gate(articleId: string, mode?: StoryFactsMode): Promise<Gate> {
    const [approved, hidden] = await Promise.all([
      this.store.repos.analysis.approvals(articleId),
      this.store.repos.analysis.isHidden(articleId),
    ]);
    return { mode: mode ?? (await this.mode()), approved: new Set(approved), hidden };
  }

  /** What readers may see of an article's reading (null: nothing). */
  async forReaders(article: { id: string; bodyText: string }): Promise<AnalysisResult | null> {
    return (await this.forReadersMany([article])).get(article.id) ?? null;
  }

  /** The same for several articles (a story's or a topic's), reading approvals in one go. */
  async forReadersMany(
    articles: readonly { id: string; bodyText: string }[],
  ): Promise<Map<string, AnalysisResult | null>> {
    const views = await this.forReadersList(articles);
    return new Map(articles.map((a, i) => [a.id, views[i] ?? null]));
  }

  /**
   * The same in the order given (one article may come twice with different texts: the newsroom's
   * preview beside the published version in its story); one query for all of them.
   */
  async forReadersList(
    articles: readonly { id: string; bodyText: string }[],
  ): Promise<(AnalysisResult | null)[]> {
    const mode = await this.mode();
    if (mode === 'off' || !articles.length) return articles.map(() => null);
    // One query for all of them: readings, corrections, approvals and hide flags.
    const inputs = await this.store.repos.analysis.readerInputs([...new Set(articles.map((a) => a.id))]);
    return this.viewsOf(articles, inputs, mode);
  }

  /** Reader views from inputs read already (with other rows: `readerInputColumns`), in the order given. */
  viewsOf(
    articles: readonly { id: string; bodyText: string }[],
    inputs: ReadonlyMap<string, ReaderInputs>,
    mode: StoryFactsMode,
  ): (AnalysisResult | null)[] {
    if (mode === 'off') return articles.map(() => null);
    return articles.map((a) => {
      const input = inputs.get(a.id);
      if (!input || input.hidden) return null;
      return this.memo.view(a.id, { ...input, mode, body: a.bodyText }, () => {
        const reading = this.applied(input.result, input.corrections);
        return reading && readerView(reading, { mode, approved: input.approved, hidden: false }, a.bodyText);
      });
    });
  }
}
