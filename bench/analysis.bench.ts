/**
 * Story intelligence: quality against the annotated articles (precision, recall, F1 per kind)
 * and speed per 1,000 words, beside the time to tokenise the same text alone (same run).
 * Run: npm run bench:analysis  (BENCH_RUNS, default 200)
 */
import { cpus } from 'node:os';
import { analyze } from '../src/analysis/analyze.ts';
import { loadGoldArticles, STORY_GOLD_DIR } from '../src/analysis/scoring/load-gold.ts';
import { formatTable, scoreArticle, summarise } from '../src/analysis/scoring/score.ts';
import { tokenize } from '../src/analysis/tokenize.ts';
import { roundRobin } from './lib/lists.ts';

const runs = Number(process.env.BENCH_RUNS ?? 200);
if (!Number.isInteger(runs) || runs < 10 || runs > 100_000) {
  console.error('BENCH_RUNS must be an integer from 10 to 100000');
  process.exit(1);
}

const gold = loadGoldArticles(STORY_GOLD_DIR);
console.log(`date    ${new Date().toISOString()}`);
console.log(`node    ${process.version}, ${cpus()[0]?.model ?? 'cpu'} × ${cpus().length}`);
console.log(
  `corpus  ${gold.length} annotated articles (${[...new Set(gold.map((g) => g.language))].join(', ')})\n`,
);

const perArticle = gold.map((g) =>
  scoreArticle(
    g.gold,
    analyze({ body: g.body, language: g.language, published: g.published, timezone: g.timezone }),
  ),
);
console.log('Quality (uncertain gold items excluded):');
console.log(formatTable(summarise(perArticle)));

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? 0;
};
const words = (t: string) => t.split(/\s+/).filter(Boolean).length;

function time(fn: () => void): number[] {
  for (let i = 0; i < Math.min(20, runs); i++) fn();
  const out: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = process.hrtime.bigint();
    fn();
    out.push(Number(process.hrtime.bigint() - t) / 1e6);
  }
  return out;
}

console.log(`\nSpeed, ${runs} runs per text after warm-up (ms per 1,000 words):`);
console.log('language  words  analyse p50  analyse p95  tokenise p50  tokenise p95  ratio p50');
const rows: Record<string, unknown>[] = [];
for (const language of ['en', 'ru', 'az']) {
  const texts = gold.filter((g) => g.language === language);
  const [first] = texts;
  if (!first) continue;
  // One text of about 1,000 words per language, built from that language's articles.
  let body = '';
  while (words(body) < 1000)
    body += `${roundRobin(texts, rows.length, `${language} gold articles`).body}\n\n`;
  const input = { body, language, published: first.published, timezone: first.timezone };
  const n = words(body) / 1000;
  const a = time(() => analyze(input)).map((x) => x / n);
  const t = time(() => tokenize(body, language)).map((x) => x / n);
  const row = {
    language,
    words: words(body),
    analyseP50: quantile(a, 0.5),
    analyseP95: quantile(a, 0.95),
    tokeniseP50: quantile(t, 0.5),
    tokeniseP95: quantile(t, 0.95),
  };
  rows.push(row);
  console.log(
    `${language.padEnd(8)}  ${String(row.words).padStart(5)}  ${row.analyseP50.toFixed(2).padStart(11)}  ${row.analyseP95.toFixed(2).padStart(11)}  ${row.tokeniseP50.toFixed(2).padStart(12)}  ${row.tokeniseP95.toFixed(2).padStart(12)}  ${(row.analyseP50 / row.tokeniseP50).toFixed(1).padStart(9)}`,
  );
}
const worst = Math.max(...rows.map((r) => r.analyseP95 as number));
console.log(
  `\n100,000 articles of 1,000 words at the worst p95: ${((worst * 100_000) / 60_000).toFixed(1)} minutes on one core.`,
);
