import { readFileSync } from 'node:fs';
import { z } from 'zod';

/**
 * The node arguments of `npm start` (package.json's start script, `node FLAGS… dist/server/main.mjs`),
 * so the benchmarks start the compiled server exactly as production does, V8 flags included.
 */
export function npmStartArgs(): string[] {
  const pkg = z
    .object({ scripts: z.object({ start: z.string() }) })
    .parse(JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')));
  const [command, ...args] = pkg.scripts.start.trim().split(/\s+/);
  if (command !== 'node' || args.at(-1) !== 'dist/server/main.mjs')
    throw new Error(`package.json's start script is not "node … dist/server/main.mjs": ${pkg.scripts.start}`);
  return args;
}

/** The V8 and Node flags of `npm start` alone (for a process forked with another entry). */
export const npmStartFlags = (): string[] => npmStartArgs().slice(0, -1);
