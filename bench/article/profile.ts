/**
 * Reading a V8 CPU profile (`node --cpu-prof`'s .cpuprofile JSON): self time summed per function
 * and per file (packages by name), the busiest first. Used by the article benchmark and on its own:
 *
 *   node --import tsx bench/article/profile.ts PROFILE.cpuprofile [TOP]
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const profileSchema = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  startTime: z.number(),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

/** A span of the monotonic clock (µs, as `process.hrtime` and V8's profiles count it). */
export interface Window {
  fromUs: number;
  toUs: number;
}

/** Now on the clock V8's profiles are stamped with (CLOCK_MONOTONIC), in µs. */
export const monotonicUs = (): number => Number(process.hrtime.bigint() / 1000n);

/**
 * The source module of each line of a bundle: esbuild writes `// path/of/module.ts` before each
 * module's code (unminified), so a sample's line names the module it ran in.
 */
const bundleModules = new Map<string, { line: number; module: string }[]>();
function moduleAt(url: string, line: number): string | null {
  if (!/\/dist\/[^/]+\/[^/]+\.mjs$/.test(url)) return null;
  let marks = bundleModules.get(url);
  if (!marks) {
    marks = [];
    try {
      const lines = readFileSync(url.replace(/^file:\/\//, ''), 'utf8').split('\n');
      lines.forEach((text, i) => {
        // Paths are relative to the tree built; a linked node_modules shows as its real path.
        const m = /^\/\/ (\S+\.(?:ts|tsx|mts|js|mjs|cjs|json))$/.exec(text);
        const path = m?.[1];
        if (path)
          marks?.push({ line: i, module: path.slice(Math.max(0, path.lastIndexOf('node_modules/'))) });
      });
    } catch {
      // Gone (a removed build): the bundle's own name stands.
    }
    bundleModules.set(url, marks);
  }
  let found: string | null = null;
  for (const mark of marks) {
    if (mark.line > line) break;
    found = mark.module;
  }
  return found;
}

export interface ProfileLine {
  name: string;
  /** Microseconds of self time. */
  selfUs: number;
  share: number;
}

export interface ProfileSummary {
  totalUs: number;
  /** Self time not spent idle, in the garbage collector or in "(program)". */
  busyUs: number;
  byFunction: ProfileLine[];
  byFile: ProfileLine[];
}

/** Where a frame's code lives: `pkg:<name>` for a package, else the path from src/ or bench/, or V8's own label. */
function fileOf(url: string, functionName: string, line: number): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const path = moduleAt(url, line) ?? url.replace(/^file:\/\//, '');
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path);
  if (pkg) return `pkg:${pkg[1] ?? ''}`;
  const own = /\/((?:src|bench|dist)\/.*)$/.exec(path);
  return own?.[1] ?? path;
}

function top(totals: Map<string, number>, total: number, n: number): ProfileLine[] {
  return [...totals.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, n)
    .map(([name, selfUs]) => ({ name, selfUs, share: total > 0 ? selfUs / total : 0 }));
}

/** Self times of a profile, only of samples within `window` when given. */
export function summarizeProfile(json: unknown, n = 30, window?: Window): ProfileSummary {
  const profile = profileSchema.parse(json);
  let at = profile.startTime;
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const perFunction = new Map<string, number>();
  const perFile = new Map<string, number>();
  let totalUs = 0;
  let idleUs = 0;
  profile.samples.forEach((id, i) => {
    const delta = profile.timeDeltas[i] ?? 0;
    at += delta;
    const frame = byId.get(id);
    if (!frame || (window && (at < window.fromUs || at > window.toUs))) return;
    totalUs += delta;
    const { functionName, url, lineNumber } = frame;
    if (functionName === '(idle)') idleUs += delta;
    const file = fileOf(url, functionName, lineNumber);
    const name = `${functionName || '(anonymous)'} ${file}${url ? `:${String(lineNumber + 1)}` : ''}`;
    perFunction.set(name, (perFunction.get(name) ?? 0) + delta);
    perFile.set(file, (perFile.get(file) ?? 0) + delta);
  });
  return {
    totalUs,
    busyUs: totalUs - idleUs,
    byFunction: top(perFunction, totalUs - idleUs, n),
    byFile: top(perFile, totalUs - idleUs, n),
  };
}

/** The summary as text: the two top lists, shares of the busy (non-idle) time. */
export function formatProfile(s: ProfileSummary, perRequestOf?: number): string {
  const line = (l: ProfileLine): string =>
    `  ${(l.share * 100).toFixed(1).padStart(5)} %  ${(l.selfUs / 1000).toFixed(0).padStart(6)} ms` +
    (perRequestOf ? `  ${(l.selfUs / perRequestOf).toFixed(1).padStart(6)} µs/req` : '') +
    `  ${l.name}`;
  return [
    `busy ${(s.busyUs / 1000).toFixed(0)} ms of ${(s.totalUs / 1000).toFixed(0)} ms profiled` +
      (perRequestOf ? ` (${(s.busyUs / perRequestOf).toFixed(0)} µs per request)` : ''),
    'self time by file or package:',
    ...s.byFile.map(line),
    'self time by function:',
    ...s.byFunction.map(line),
  ].join('\n');
}

/**
 * Time spent under each frame whose function or module contains `match` (self time of the
 * frame and everything it called), by the chain of up to `depth` callers above it: who asks for it.
 */
export function callersOf(json: unknown, match: string, depth = 4, window?: Window): [string, number][] {
  const profile = profileSchema.parse(json);
  const parent = new Map<number, number>();
  for (const node of profile.nodes) for (const c of node.children ?? []) parent.set(c, node.id);
  const byId = new Map(profile.nodes.map((node) => [node.id, node.callFrame]));
  const label = (id: number): string => {
    const f = byId.get(id);
    return f ? `${f.functionName || '(anonymous)'}@${fileOf(f.url, f.functionName, f.lineNumber)}` : '?';
  };
  const totals = new Map<string, number>();
  let at = profile.startTime;
  profile.samples.forEach((id, i) => {
    at += profile.timeDeltas[i] ?? 0;
    if (window && (at < window.fromUs || at > window.toUs)) return;
    // The outermost matching frame on this sample's stack, so nested matches count once.
    let hit: number | undefined;
    for (let n: number | undefined = id; n !== undefined; n = parent.get(n))
      if (label(n).includes(match)) hit = n;
    if (hit === undefined) return;
    const chain: string[] = [];
    for (let n = parent.get(hit), k = 0; n !== undefined && k < depth; n = parent.get(n), k++)
      chain.push(label(n));
    const key = `${label(hit)} ← ${chain.join(' ← ')}`;
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0));
  });
  return [...totals.entries()].sort((a, b) => b[1] - a[1]);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [file, n, from, to, match] = process.argv.slice(2);
  if (!file) {
    console.error(
      'usage: node --import tsx bench/article/profile.ts PROFILE.cpuprofile [TOP [FROM_US TO_US [MATCH]]]',
    );
    process.exit(2);
  }
  const json: unknown = JSON.parse(readFileSync(file, 'utf8'));
  const window = from && to ? { fromUs: Number(from), toUs: Number(to) } : undefined;
  if (match)
    for (const [chain, us] of callersOf(json, match, 5, window).slice(0, Number(n ?? 30)))
      console.log(`${(us / 1000).toFixed(0).padStart(6)} ms  ${chain}`);
  else console.log(formatProfile(summarizeProfile(json, Number(n ?? 30), window)));
}
