import { access, stat } from 'node:fs/promises';
import type { Command } from 'commander';
import { CliFailure, orFail, type CliKit } from '../cli-kit.ts';
import { runImportWithProgress } from './import-progress.ts';

interface ImportWxrOptions {
  dryRun?: boolean;
  language?: string;
  mediaDir?: string;
}

/** `newsdesk import wxr FILE`: a WordPress export → articles, media, redirects, with a report. */
export function addImportWxrCommand(importCmd: Command, { io, withServices }: CliKit): void {
  importCmd
    .command('wxr')
    .description(
      'import a WordPress export (WXR): posts → articles, categories → sections, old permalinks → 301 redirects',
    )
    .argument('<file>', 'the export file (Tools → Export in WordPress)')
    .option('--dry-run', 'read and check everything, write nothing, print the report')
    .option('-l, --language <code>', "the articles' language (default: the export's, else the site's)")
    .option(
      '--media-dir <dir>',
      'a copy of wp-content/uploads: images are imported into the media library from it',
    )
    .action(async (file: string, opts: ImportWxrOptions) => {
      await orFail(() => access(file), file);
      if (opts.mediaDir) {
        const dir = opts.mediaDir;
        const s = await orFail(() => stat(dir), dir);
        if (!s.isDirectory()) throw new CliFailure(`--media-dir: ${dir} is not a directory`);
      }
      await withServices((s) =>
        runImportWithProgress(io, 'posts', (hooks) =>
          orFail(
            () =>
              s.wxrImporter.import(file, {
                dryRun: opts.dryRun ?? false,
                ...(opts.language ? { language: opts.language } : {}),
                ...(opts.mediaDir ? { mediaDir: opts.mediaDir } : {}),
                ...hooks,
              }),
            file,
          ),
        ),
      );
    });
}
