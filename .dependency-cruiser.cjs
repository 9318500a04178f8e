/* Import rules from ARCHITECTURE.md ("Who may import whom"), enforced at error level.
   Each rule names a layer and the only places it may import from inside src/. */
const layer = (name, allowed) => ({
  name: `${name}-imports`,
  comment: `${name} may import only: ${allowed.join(', ')}`,
  severity: 'error',
  from: { path: `^src/${name}/` },
  to: { path: '^src/', pathNot: allowed.map((a) => `^src/${a}(/|\\.ts$)`) },
});

module.exports = {
  forbidden: [
    {
      name: 'languages-imports',
      comment: 'language packs are pure data and functions: they import only themselves (no app code)',
      severity: 'error',
      from: { path: '^src/languages/' },
      to: { path: '^src/', pathNot: '^src/languages/' },
    },
    layer('lib', ['lib', 'languages']),
    layer('domain', ['domain', 'lib']),
    layer('analysis', ['analysis', 'languages', 'domain', 'lib']),
    layer('feeds', ['feeds', 'domain', 'lib']),
    layer('search', ['search', 'storage', 'languages', 'domain', 'lib']),
    layer('services', ['services', 'storage', 'search', 'analysis', 'domain', 'lib']),
    layer('ingest', ['ingest', 'services', 'analysis', 'domain', 'lib']),
    layer('jobs', ['jobs', 'services', 'domain', 'lib']),
    layer('http', ['http', 'lib', 'config', 'domain/errors']),
    layer('api', ['api', 'http', 'services', 'feeds', 'domain', 'lib']),
    layer('site', ['site', 'http', 'services', 'feeds', 'languages', 'domain', 'lib']),
    layer('admin', ['admin', 'http', 'services', 'domain', 'lib']),
    {
      name: 'admin-ui-imports',
      comment: 'the newsroom app runs in the browser: it may import only itself and pure helpers (lib)',
      severity: 'error',
      from: { path: '^src/admin/ui/' },
      to: { path: '^src/', pathNot: ['^src/admin/ui/', '^src/lib/'] },
    },
    {
      name: 'admin-ui-is-browser-only',
      comment: 'server code never imports the browser app (it serves the built files)',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/admin/ui/' },
      to: { path: '^src/admin/ui/' },
    },
    layer('cli', ['cli', 'services', 'ingest', 'domain', 'lib']),
    layer('config', ['config', 'lib', 'domain']),
    {
      name: 'storage-imports',
      comment: 'storage may import only storage, domain and lib',
      severity: 'error',
      from: { path: '^src/storage/', pathNot: '^src/storage/migrations/' },
      to: { path: '^src/', pathNot: ['^src/storage/', '^src/domain/', '^src/lib/'] },
    },
    {
      name: 'migrations-frozen',
      comment: 'migrations are frozen in time: they import kysely only, never app code',
      severity: 'error',
      from: { path: '^src/storage/migrations/' },
      to: { path: '^src/', pathNot: '^src/storage/migrations/' },
    },
    {
      name: 'entries-are-leaves',
      comment: 'process entries (main, newsdesk) are imported by nobody',
      severity: 'error',
      from: {},
      to: { path: '^src/(main|newsdesk)\\.ts$' },
    },
    {
      name: 'no-circular',
      severity: 'error',
      from: {},
      to: { circular: true },
    },
    {
      name: 'not-to-unresolvable',
      severity: 'error',
      from: {},
      to: { couldNotResolve: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    // Resolve packages through their "exports" maps, as Node does.
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'types', 'default'],
      mainFields: ['module', 'main', 'types'],
    },
    exclude: { path: '\\.test\\.tsx?$' },
  },
};
