#!/usr/bin/env node
// Dependencies against known advisories, without `npm audit` (this machine's registry mirror
// answers its advisory endpoints with 405). Run by .ci/run after `npm ci`; `npm run deps:check`.
//
// 1. Every package the lockfile installs is checked against the registry's advisory database when
//    it answers; otherwise against the registry's own record of each version, where maintainers
//    mark versions deprecated for security reasons ("critical security vulnerability, upgrade…").
// 2. The packages the site's security rests on must be pinned to one exact version in
//    package.json, so an `npm install` never moves them silently.
// 3. Direct dependencies behind their newest release in the same major are listed (not a failure):
//    the closing note of a session reports them.
// Exit 1 on a security finding or a loose pin; a registry that cannot be reached is reported and,
// with --strict, is a failure too.
import { readFileSync } from 'node:fs';

const REGISTRY = (process.env.npm_config_registry ?? 'https://registry.npmjs.org/').replace(/\/?$/, '/');
const strict = process.argv.includes('--strict');

/** What the site's security depends on: request handling, sessions, sanitising, SQL, images, mail. */
const SECURITY_PINNED = [
  'fastify',
  '@fastify/cookie',
  'helmet',
  '@fastify/rate-limit',
  '@fastify/static',
  'sanitize-html',
  'htmlparser2',
  'zod',
  'kysely',
  'pg',
  'better-sqlite3',
  'sharp',
  'nodemailer',
  'ioredis',
  'preact-render-to-string',
];

/** Versions kept back on purpose, and why. */
const HELD = {
  'sanitize-html': 'its later releases (htmlparser2 10, engines) need Node 22; this machine runs Node 20',
  'better-sqlite3': '13.x crashes on Node 20',
  '@fastify/cookie': 'from 11.1.1 it needs cookie 2, which needs Node 22',
};

const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8'));
const lock = JSON.parse(readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8'));

const failures = [];
const notes = [];

// 2. Exact pins.
for (const name of SECURITY_PINNED) {
  const spec = pkg.dependencies?.[name];
  if (spec === undefined) continue;
  if (!/^\d+\.\d+\.\d+$/.test(spec))
    failures.push(
      `${name}: package.json asks for "${spec}"; the site's security depends on it, pin one exact version`,
    );
}

// Installed name → versions, from the lockfile.
const installed = new Map();
for (const [path, entry] of Object.entries(lock.packages ?? {})) {
  if (!path || entry.link || !entry.version) continue;
  const name = entry.name ?? path.slice(path.lastIndexOf('node_modules/') + 'node_modules/'.length);
  if (!installed.has(name)) installed.set(name, new Set());
  installed.get(name).add(entry.version);
}

async function fetchJson(url, init = {}) {
  const res = await fetch(url, { ...init, signal: AbortSignal.timeout(20_000) });
  if (!res.ok) {
    const err = new Error(`${res.status} ${res.statusText}`);
    err.status = res.status;
    throw err;
  }
  return res.json();
}

/** Runs fn over items, `width` at a time. */
async function pool(items, width, fn) {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: width }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await fn(item);
    }),
  );
}

// 1a. The advisory database, when the registry offers it.
let advisoriesChecked = false;
try {
  const body = Object.fromEntries([...installed].map(([n, vs]) => [n, [...vs]]));
  const found = await fetchJson(`${REGISTRY}-/npm/v1/security/advisories/bulk`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  advisoriesChecked = true;
  for (const [name, list] of Object.entries(found)) {
    for (const a of list) {
      const line = `${name} ${[...installed.get(name)].join(', ')}: ${a.severity} advisory "${a.title}" (${a.url}), affects ${a.vulnerable_versions}`;
      if (a.severity === 'high' || a.severity === 'critical') failures.push(line);
      else notes.push(line);
    }
  }
} catch (e) {
  notes.push(
    `advisory database not available (${e.message}); checking the registry's deprecation records instead`,
  );
}

// 1b. Deprecations (always: a version withdrawn by its maintainers is worth knowing either way).
let unreachable = 0;
const latest = new Map();
await pool([...installed.keys()], 12, async (name) => {
  try {
    const doc = await fetchJson(`${REGISTRY}${name.replace('/', '%2f')}`, {
      headers: { accept: 'application/vnd.npm.install-v1+json' },
    });
    latest.set(name, { tags: doc['dist-tags'] ?? {}, versions: Object.keys(doc.versions ?? {}) });
    for (const v of installed.get(name)) {
      const why = doc.versions?.[v]?.deprecated;
      if (!why) continue;
      const line = `${name}@${v} is deprecated: ${why}`;
      if (/secur|vulnerab|CVE-|GHSA-|exploit/i.test(why)) failures.push(line);
      else notes.push(line);
    }
  } catch (e) {
    unreachable++;
    if (unreachable <= 3) notes.push(`${name}: registry record not read (${e.message})`);
  }
});

// 3. Direct dependencies behind the newest release of their major.
const behind = [];
const parse = (v) => v.split(/[.+-]/).slice(0, 3).map(Number);
for (const name of Object.keys({ ...pkg.dependencies, ...pkg.devDependencies })) {
  const meta = latest.get(name);
  const have = lock.packages?.[`node_modules/${name}`]?.version;
  if (!meta || !have) continue;
  // In 0.x the minor is the breaking part (semver's caret does the same).
  const [major, minor] = parse(have);
  const compatible = (v) => parse(v)[0] === major && (major !== 0 || parse(v)[1] === minor);
  const sameMajor = meta.versions
    .filter((v) => /^\d+\.\d+\.\d+$/.test(v) && compatible(v))
    .sort((a, b) => {
      const [x, y] = [parse(a), parse(b)];
      return x[0] - y[0] || x[1] - y[1] || x[2] - y[2];
    });
  const newest = sameMajor.at(-1);
  if (newest && newest !== have && HELD[name])
    behind.push(`${name} ${have} → ${newest}: held, ${HELD[name]}`);
  else if (newest && newest !== have)
    behind.push(
      `${name} ${have} → ${newest}${meta.tags.latest !== newest ? ` (latest ${meta.tags.latest})` : ''}`,
    );
}

console.log(
  `deps: ${installed.size} packages checked against ${advisoriesChecked ? 'the advisory database and ' : ''}the registry's deprecation records` +
    (unreachable ? ` (${unreachable} records not read)` : ''),
);
for (const n of notes) console.log(`  note: ${n}`);
if (behind.length)
  console.log(
    `  behind the newest release of their major (update when convenient):\n    ${behind.join('\n    ')}`,
  );
for (const f of failures) console.error(`  FAIL: ${f}`);
if (strict && unreachable) failures.push(`${unreachable} registry records could not be read`);
if (failures.length) {
  console.error(`deps: ${failures.length} problem(s)`);
  process.exit(1);
}
console.log('deps: ok');
