#!/usr/bin/env node
// The `newsdesk` command. It runs the compiled CLI (dist/server/cli.mjs, built by `npm start` or
// `npm run build:server`) when that build is present and current; otherwise it runs the
// TypeScript sources through tsx, which costs seconds of transpiling on every run, and says so.
import { serverBuildState } from '../scripts/build-state.mjs';

const state = serverBuildState();
if (state.current) {
  await import('../dist/server/cli.mjs');
} else {
  // Only a person at a terminal is told; a script reading standard error sees the command's own
  // messages alone.
  if (process.stderr.isTTY) {
    process.stderr.write(
      `newsdesk: running the TypeScript sources (${state.reason}); \`npm run build:server\` makes commands start faster\n`,
    );
  }
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/main.ts');
}
