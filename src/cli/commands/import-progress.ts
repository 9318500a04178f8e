import { formatReport, type ImportReport } from '../../ingest/import-report.ts';
import type { CliIo } from '../cli-kit.ts';
import { progressBar } from '../progress-bar.ts';

/** What an importer is told to draw its progress. */
export interface ProgressHooks {
  onStart: (total: number) => void;
  onProgress: (done: number) => void;
}

/**
 * Runs an import with a progress bar on stderr (drawn only on a terminal: cli-progress writes
 * nothing to a pipe or a file), then prints its report.
 */
export async function runImportWithProgress(
  io: CliIo,
  unit: string,
  work: (hooks: ProgressHooks) => Promise<ImportReport>,
): Promise<void> {
  const bar = await progressBar(`importing |{bar}| {value}/{total} ${unit}`);
  const progress = { started: false };
  try {
    const report = await work({
      onStart: (total) => {
        bar.start(total, 0);
        progress.started = true;
      },
      onProgress: (done) => bar.update(done),
    });
    if (progress.started) bar.stop();
    progress.started = false;
    for (const line of formatReport(report)) io.out(line);
  } finally {
    if (progress.started) bar.stop();
  }
}
