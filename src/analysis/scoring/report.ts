/**
 * What the analyser gets wrong on the annotated articles: per kind, the gold items it missed (false
 * negatives) and the predictions that match nothing (false positives), article by article, then the
 * precision/recall/F1 table. A tool for improving the rules, not used by the product.
 *
 * The misses listed are the development set's (test/fixtures/story-gold), or the held-out set's with
 * --held-out (test/fixtures/story-gold/held-out). For each set, apart, the report ends with the table
 * over all its articles, the same per language, and the precision of what readers see under
 * `storyFacts: auto` (items at or above AUTO_THRESHOLD) per kind.
 *
 * Run: node --import tsx src/analysis/scoring/report.ts [kind ...] [--article id-prefix] [--held-out]
 * [--dev-only]. `--dev-only` leaves the held-out set out entirely, for whoever is tuning rules.
 */
import { fileURLToPath } from 'node:url';
import { analyze } from '../analyze.ts';
import { AUTO_THRESHOLD } from '../confidence.ts';
import type { GoldArticle } from '../types.ts';
import { itemAt } from '../item-at.ts';
import { HELD_OUT_DIR, loadGoldArticles, STORY_GOLD_DIR } from './load-gold.ts';
import { diffArticle, formatTable, KINDS, scoreArticle, summarise, type Kind } from './score.ts';
import {
  atOrAbove,
  formatGateTable,
  formatLanguageTable,
  gateRows,
  summariseByLanguage,
} from './breakdown.ts';

function describeItem(kind: Kind, item: Record<string, unknown>): string {
  switch (kind) {
    case 'quotes':
      return `[${String(item.start)}-${String(item.end)}] ${JSON.stringify(item.text8)} — ${String(item.speaker)} (${String(item.attribution)}, ${String(item.kind)})`;
    case 'events':
      return `[${String(item.start)}] ${JSON.stringify(item.expression)} = ${String(item.iso)} (${String(item.kind)})`;
    case 'people': {
      const role = typeof item.role === 'string' && item.role !== '' ? ` — ${item.role}` : '';
      return `${String(item.name)}${role}  ${JSON.stringify(item.mentions)}`;
    }
    default:
      return `${String(item.name)}  ${JSON.stringify(item.mentions)}`;
  }
}

function analyseGold(g: GoldArticle) {
  return analyze({ body: g.body, language: g.language, published: g.published, timezone: g.timezone });
}

/** Precision, recall and F1 per kind over `articles`, as a table. */
export function summaryTable(articles: readonly GoldArticle[]): string {
  return formatTable(summarise(articles.map((g) => scoreArticle(g.gold, analyseGold(g)))));
}

/**
 * A set's tables: all articles, per language, and at the `auto` gate (precision of the items at or
 * above AUTO_THRESHOLD beside that of all items).
 */
export function setTables(title: string, articles: readonly GoldArticle[]): string {
  const readings = articles.map((g) => ({ g, predicted: analyseGold(g) }));
  const all = readings.map(({ g, predicted }) => scoreArticle(g.gold, predicted));
  const gated = readings.map(({ g, predicted }) =>
    scoreArticle(g.gold, atOrAbove(predicted, AUTO_THRESHOLD)),
  );
  const byLanguage = summariseByLanguage(
    readings.map(({ g }, i) => ({ language: g.language, counts: itemAt(all, i) })),
  );
  return [
    `${title} (${articles.length} articles):`,
    formatTable(summarise(all)),
    '',
    `${title}, per language (${[...byLanguage.keys()].map((l) => `${l} ${articles.filter((g) => g.language === l).length}`).join(', ')}):`,
    formatLanguageTable(byLanguage),
    '',
    `${title}, what readers see under storyFacts: auto (confidence ≥ ${AUTO_THRESHOLD}):`,
    formatGateTable(gateRows(all, gated), AUTO_THRESHOLD),
  ].join('\n');
}

/**
 * Held-out articles come in batches, each written in one session before the analyser of that day
 * read it (FORMAT.md); each batch's own figures show whether a change carried over to copy written
 * at another time, by another writer. An id hNN belongs to the batch whose range holds NN.
 */
const HELD_OUT_BATCHES = [
  { label: 'h73–h90 (written in session 8)', from: 73, to: 90 },
  { label: 'h91–h108 (written in session 9)', from: 91, to: 108 },
] as const;

export function heldOutBatches(held: readonly GoldArticle[]): { label: string; articles: GoldArticle[] }[] {
  return HELD_OUT_BATCHES.map(({ label, from, to }) => ({
    label,
    articles: held.filter((g) => {
      const n = Number(/^h(\d+)/.exec(g.id)?.[1]);
      return n >= from && n <= to;
    }),
  })).filter((b) => b.articles.length > 0);
}

/** The false negatives and false positives of every article for `kinds`, then the summary table. */
export function diffReport(articles: readonly GoldArticle[], kinds: readonly Kind[] = KINDS): string {
  const lines: string[] = [];
  const counts = articles.map((g) => {
    const predicted = analyseGold(g);
    const diff = diffArticle(g.gold, predicted);
    const head = `== ${g.id} (${g.language})`;
    let printedHead = false;
    for (const k of kinds) {
      const d = diff[k] as unknown as {
        missed: Record<string, unknown>[];
        spurious: Record<string, unknown>[];
      };
      if (!d.missed.length && !d.spurious.length) continue;
      if (!printedHead) lines.push(head);
      printedHead = true;
      for (const m of d.missed) lines.push(`  ${k} FN  ${describeItem(k, m)}`);
      for (const s of d.spurious) lines.push(`  ${k} FP  ${describeItem(k, s)}`);
    }
    return scoreArticle(g.gold, predicted);
  });
  lines.push('', formatTable(summarise(counts)));
  return lines.join('\n');
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--article');
  const prefix = at >= 0 ? (args[at + 1] ?? '') : '';
  const heldOut = args.includes('--held-out');
  const devOnly = args.includes('--dev-only') && !heldOut;
  const kinds = args.filter(
    (a, i) => (KINDS as readonly string[]).includes(a) && (at < 0 || i !== at + 1),
  ) as Kind[];
  const development = loadGoldArticles(STORY_GOLD_DIR);
  const held = devOnly ? [] : loadGoldArticles(HELD_OUT_DIR);
  const articles = (heldOut ? held : development).filter((g) => g.id.startsWith(prefix));
  const out = [
    diffReport(articles, kinds.length ? kinds : KINDS).replace(/\n\n(?=kind )[\s\S]*$/, ''),
    '',
    setTables('Development set (the rules were tuned on these)', development),
  ];
  if (!devOnly) {
    out.push('', setTables('Held-out set (never used for tuning)', held));
    for (const batch of heldOutBatches(held))
      out.push(
        '',
        `Held-out ${batch.label} (${batch.articles.length} articles):`,
        summaryTable(batch.articles),
      );
  }
  if (prefix) out.push('', `Articles matching "${prefix}":`, summaryTable(articles));
  process.stdout.write(`${out.join('\n')}\n`);
}
