#!/usr/bin/env node
// The `newsdesk` command. It runs the compiled CLI (dist/server/cli.mjs, built by `npm start` or
// `npm run build:server`) when that build is present and current; otherwise it runs the
// TypeScript sources through tsx, which costs seconds of transpiling on every run, and says so.
import { serverBuildState } from '../scripts/build-state.mjs';

/** The sources through tsx; only a person at a terminal is told (scripts see the command's own messages alone). */
async function fromSources(reason) {
  if (process.stderr.isTTY) {
    process.stderr.write(
      `newsdesk: running the TypeScript sources (${reason}); \`npm run build:server\` makes commands start faster\n`,
    );
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}

const state = serverBuildState();
if (!state.current) {
  await fromSources(state.reason);
} else {
  try {
    await import('../dist/server/cli.mjs');
  } catch (e) {
    // A rebuild swapped dist/server/ between the check and the import: nothing has run yet.
    if (e?.code !== 'ERR_MODULE_NOT_FOUND' || !String(e.message).includes('dist/server')) throw e;
    await fromSources('dist/server/ is being rebuilt');
  }
}
