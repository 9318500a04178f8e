import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Command } from 'commander';
import { isAppError } from '../../domain/errors.ts';
import { parseTextArticle } from '../../ingest/text/parse-text-article.ts';
import { CliFailure, orFail, type CliKit, type CliServices } from '../cli-kit.ts';
import { progressBar } from '../progress-bar.ts';

interface AnalyzeOptions {
  all?: boolean;
  published?: string;
  language: string;
  timezone: string;
}

/** Story intelligence from the command line: `analyze` (a file or every article), `settings story-facts`. */
export function addAnalysisCommands(program: Command, kit: CliKit): void {
  const { io, withServices } = kit;
  program
    .command('analyze')
    .description(
      'read articles into facts: a text file (printed as JSON in the story-gold shape), or --all stored articles',
    )
    .argument('[file]', 'a text file: plain text, or the seed shape (date line, paragraphs, publisher)')
    .option('--all', 're-read every published article in the database (only those whose text changed)')
    .option('--published <date>', 'publication date, YYYY-MM-DD (for a file; default: its date line)')
    .option('--language <code>', 'language of the text', 'en')
    .option('--timezone <zone>', 'time zone of the publication date', 'Asia/Baku')
    .action(async (file: string | undefined, opts: AnalyzeOptions) => {
      if (opts.all) return withServices((s) => analyzeAll(s, kit));
      if (!file) throw new CliFailure('analyze: give a FILE, or --all');
      return analyzeFile(file, opts, kit);
    });

  const settingsCmd = program.command('settings').description('show or change site settings');
  settingsCmd
    .command('story-facts')
    .description(
      'what readers see of story intelligence: review (only approved items, the default), auto (also items the analysis is confident of) or off; without a value, prints the current one',
    )
    .argument('[mode]', 'review, auto or off')
    .action((mode: string | undefined) =>
      withServices(async (s) => {
        if (mode === undefined) {
          io.out(await s.analysis.mode());
          return;
        }
        try {
          await s.analysis.setMode({ storyFacts: mode }, null);
        } catch (e) {
          if (isAppError(e) && e.code === 'VALIDATION_FAILED')
            throw new CliFailure(`story-facts: give review, auto or off (not "${mode}")`);
          throw e;
        }
        io.out(`storyFacts is now ${mode}.`);
      }),
    );
}

/** Re-reads every published article whose text changed, with a progress bar on standard error. */
async function analyzeAll(s: CliServices, { io }: CliKit): Promise<void> {
  const bar = await progressBar('analysing |{bar}| {value}/{total} articles');
  // Set by the progress callback (a plain `let` would read as still false after the await).
  const progress = { started: false };
  const r = await s.analysis.analyzeAll((done, total) => {
    if (!progress.started) bar.start(total, 0);
    progress.started = true;
    bar.update(done);
  });
  if (progress.started) bar.stop();
  io.out(`Read ${r.total} articles; ${r.changed} had changed.`);
}

/** Reads one text file into facts, printed as JSON in the story-gold shape. */
async function analyzeFile(file: string, opts: AnalyzeOptions, { io, withServices }: CliKit): Promise<void> {
  const text = await orFail(() => readFile(file, 'utf8'), file);
  let body = text.replace(/\r\n?/g, '\n').trim();
  let published = opts.published;
  try {
    const parsed = parseTextArticle(text);
    body = parsed.paragraphs.join('\n\n');
    const { year, month, day } = parsed.date;
    published ??= `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  } catch {
    // Not in the seed shape: the whole file is the body.
  }
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published)) {
    throw new CliFailure('--published: give the publication date as YYYY-MM-DD');
  }
  if (!body) throw new CliFailure(`${file}: the file has no text`);
  const input = { body, language: opts.language, published, timezone: opts.timezone };
  await withServices(async (s) => {
    const { conflicts, ...gold } = await s.analysis.analyzeText(input);
    const id = basename(file).replace(/\.[^.]+$/, '');
    io.out(JSON.stringify({ id, ...input, gold, conflicts: conflicts ?? [] }, null, 1));
  });
}
