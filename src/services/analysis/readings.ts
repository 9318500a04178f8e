import { applyCorrections, correctionSchema } from '../../analysis/corrections.ts';
import { readerView, type Gate } from '../../analysis/review.ts';
import type { AnalysisResult } from '../../analysis/types.ts';
import type { StoryFactsMode } from '../../domain/site.ts';
import type { ReaderInputs, ReaderStamp, Store } from '../../storage/repositories/index.ts';
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

  /** The view of one article from its full inputs and text (remembered; see ReaderViewMemo). */
  private viewOf(
    id: string,
    input: ReaderInputs,
    text: { body: string; version: number | null },
    mode: StoryFactsMode,
  ): AnalysisResult | null {
    if (input.hidden) return null;
    const key = { mode, stamp: input.stamp, approved: input.approved, hidden: false, ...text };
    const size =
      (input.result?.length ?? 0) + (input.corrections.length ? 200 * input.corrections.length : 0);
    return this.memo.view(
      id,
      key,
      () => {
        const reading = this.applied(input.result, input.corrections);
        return reading && readerView(reading, { mode, approved: input.approved, hidden: false }, text.body);
      },
      size,
    );
  }

  /** Reader views from full inputs read already, in the order given. */
  viewsOf(
    articles: readonly { id: string; bodyText: string }[],
    inputs: ReadonlyMap<string, ReaderInputs>,
    mode: StoryFactsMode,
  ): (AnalysisResult | null)[] {
    if (mode === 'off') return articles.map(() => null);
    return articles.map((a) => {
      const input = inputs.get(a.id);
      return input ? this.viewOf(a.id, input, { body: a.bodyText, version: null }, mode) : null;
    });
  }

  /**
   * Reader views from stamps read with other rows (`readerStampColumns`), in the order given:
   * each article's text is given (`body`) or a stored row's (`version`). What the memo holds for
   * exactly those stamps costs no query; the rest is read in one (`readerSources`).
   */
  async viewsOfStamps(
    articles: readonly { id: string; body: string | null; version: number | null }[],
    stamps: ReadonlyMap<string, ReaderStamp>,
    mode: StoryFactsMode,
  ): Promise<(AnalysisResult | null)[]> {
    if (mode === 'off') return articles.map(() => null);
    const out = articles.map((a) => {
      const stamp = stamps.get(a.id);
      if (!stamp || stamp.hidden) return null;
      return this.memo.known(a.id, { mode, ...stamp, body: a.body, version: a.version });
    });
    const missing = [...new Set(articles.filter((_, i) => out[i] === undefined).map((a) => a.id))];
    if (!missing.length) return out.map((v) => v ?? null);
    // Read at once, so what is remembered carries this read's own stamps (a write in between
    // is then a miss next time, never a view filed under the wrong stamp).
    const sources = await this.store.repos.analysis.readerSources(missing);
    return articles.map((a, i) => {
      const known = out[i];
      if (known !== undefined) return known;
      const source = sources.get(a.id);
      if (!source) return null;
      const text =
        a.body !== null
          ? { body: a.body, version: null }
          : { body: source.bodyText, version: source.version };
      return this.viewOf(a.id, source.inputs, text, mode);
    });
  }
}
