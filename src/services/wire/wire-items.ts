import type { Block } from '../../domain/body.ts';
import { bodyToPlainText } from '../../domain/body.ts';
import type { WireSource } from '../../domain/wire.ts';
import type { ParsedWireItem } from './formats/parsed-item.ts';
import { NEAR_DUPLICATE, signature, similarity } from './formats/similarity.ts';
import type { Store } from '../../storage/repositories/index.ts';
import type { Analyzer } from '../analysis/analyzer.ts';
import { loadOnce } from '../../lib/load-once.ts';
import type { Clock, IdGenerator } from '../deps.ts';
import type { SiteService } from '../site/site.service.ts';
import { readingOf, storyOfItem } from './wire-story.ts';

/** Near-duplicates are looked for among the items of the last three days. */
const DUPLICATE_WINDOW_MS = 3 * 86_400_000;

/** Plain text into paragraphs, one per blank-line-separated block. */
function textToBlocks(text: string): Block[] {
  return text
    .split(/\n\s*\n/)
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter(Boolean)
    .map((p) => ({ type: 'paragraph', content: [{ text: p }] }));
}

/**
 * Stores the items a source delivered: each once by (source, GUID), its body sanitised into
 * blocks beside the original as received, grouped with near-duplicates from any source or
 * language, and read by story intelligence (who, where, what, and the story it belongs to).
 */
export class WireItems {
  /** The body sanitiser, loaded with the first HTML item (a server start never needs it). */
  private readonly bodyHtml = loadOnce(() => import('../articles/body-html.ts'));

  constructor(
    private readonly store: Store,
    private readonly site: SiteService,
    private readonly analyzer: Analyzer,
    private readonly clock: Clock,
    private readonly newId: IdGenerator,
  ) {}

  /** True when the item was new; false when this source's GUID was stored before. */
  async add(source: WireSource, p: ParsedWireItem): Promise<boolean> {
    const repo = this.store.repos.wire;
    if (await repo.itemId(source.id, p.guid)) return false;
    const body = p.bodyIsHtml ? (await this.bodyHtml()).htmlToBlocks(p.body) : textToBlocks(p.body);
    const bodyText = bodyToPlainText(body);
    const now = this.clock.now();
    const sig = signature(`${p.headline}\n${bodyText}`);
    const recent = await repo.recentSignatures(new Date(now.getTime() - DUPLICATE_WINDOW_MS));
    let best: { group: string; score: number } | null = null;
    for (const r of recent) {
      const score = similarity(sig, r.signature);
      if (score >= NEAR_DUPLICATE && (!best || score > best.score)) best = { group: r.dupGroup, score };
    }
    const id = this.newId();
    const language = p.language || source.language;
    const at = p.publishedAt ?? now;
    const text = `${p.headline}\n\n${bodyText}`;
    // A reading that fails leaves the item unread, never unstored: the copy matters more.
    const result = await this.analyzer
      .analyze({
        body: text,
        language,
        published: at.toISOString().slice(0, 10),
        timezone: this.site.settings().timeZone,
      })
      .catch(() => null);
    const storyId = result ? await storyOfItem(this.store, { id, text, language, at }, result) : null;
    return repo.insertItem({
      id,
      sourceId: source.id,
      guid: p.guid,
      headline: p.headline,
      body,
      bodyText,
      original: p.original,
      url: p.url,
      language,
      byline: p.byline,
      located: p.located,
      subjects: p.subjects,
      publishedAt: p.publishedAt,
      receivedAt: now,
      signature: sig,
      dupGroup: best?.group ?? id,
      state: 'new',
      articleId: null,
      usedBy: null,
      storyId,
      reading: result ? readingOf(result) : null,
    });
  }
}
