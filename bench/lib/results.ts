/** Where a benchmark's figures are saved: bench/results/<name>-<start time>.json (ignored by git). */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Writes the figures and returns the file's path. */
export async function saveResults(name: string, startedAt: Date, report: object): Promise<string> {
  const dir = join(dirname(fileURLToPath(import.meta.url)), '..', 'results');
  await mkdir(dir, { recursive: true });
  // Colons are not allowed in Windows file names; the timestamp is otherwise ISO 8601.
  const file = join(dir, `${name}-${startedAt.toISOString().replace(/:/g, '-')}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return file;
}
