import { access, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { CliFailure, orFail, type CliKit } from '../cli-kit.ts';
import { runImportWithProgress } from './import-progress.ts';

interface ImportGhostOptions {
  dryRun?: boolean;
  language?: string;
  contentDir?: string;
  siteUrl?: string;
  key?: string;
}

/**
 * `newsdesk import ghost FILE|URL`: a Ghost export file, or a running Ghost through its Content
 * API (published posts), → articles, media, redirects, with a report.
 */
export function addImportGhostCommand(importCmd: Command, { io, withServices }: CliKit): void {
  importCmd
    .command('ghost')
    .description(
      'import from Ghost: an export file (Settings → Advanced → Export) or a running site over its Content API',
    )
    .argument('<file-or-url>', 'the export .json file, or the Ghost site address (https://…)')
    .option('--dry-run', 'read and check everything, write nothing, print the report')
    .option('-l, --language <code>', "the articles' language (default: the site's)")
    .option(
      '--content-dir <dir>',
      "a copy of Ghost's content folder (with images/): images are imported from it",
    )
    .option('--site-url <url>', 'the old site address, for __GHOST_URL__ in an export file')
    .option('--key <key>', 'the Content API key (default: GHOST_CONTENT_API_KEY); only with a URL')
    .action(async (from: string, opts: ImportGhostOptions) => {
      const isUrl = /^https?:\/\//i.test(from);
      const key = opts.key ?? process.env.GHOST_CONTENT_API_KEY ?? '';
      if (isUrl && !key)
        throw new CliFailure(
          '--key: a Content API key is needed to read a Ghost site (Settings → Integrations → Add custom integration), or set GHOST_CONTENT_API_KEY',
        );
      if (!isUrl) await orFail(() => access(from), from);
      if (opts.siteUrl && !/^https?:\/\/[^/]/i.test(opts.siteUrl))
        throw new CliFailure(`--site-url: "${opts.siteUrl}" is not an http(s) address`);
      if (opts.contentDir) {
        const dir = opts.contentDir;
        const s = await orFail(() => stat(dir), dir);
        if (!s.isDirectory()) throw new CliFailure(`--content-dir: ${dir} is not a directory`);
      }
      const common = {
        dryRun: opts.dryRun ?? false,
        ...(opts.language ? { language: opts.language } : {}),
        ...(opts.contentDir ? { contentDir: opts.contentDir } : {}),
      };
      await withServices((s) =>
        runImportWithProgress(io, 'posts', (hooks) =>
          orFail(
            () =>
              isUrl
                ? s.ghostImporter.importSite(from, key, { ...common, ...hooks })
                : s.ghostImporter.importFile(from, {
                    ...common,
                    ...(opts.siteUrl ? { siteUrl: opts.siteUrl } : {}),
                    ...hooks,
                  }),
            isUrl ? undefined : from,
          ),
        ),
      );
    });
}
