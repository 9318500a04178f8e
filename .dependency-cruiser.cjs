/* Import rules from ARCHITECTURE.md ("Who may import whom"), enforced at error level.
   Each rule names a layer and the only places it may import from inside src/. */
const layer = (name, allowed, fromNot) => ({
  name: `${name}-imports`,
  comment: `${name} may import only: ${allowed.join(', ')}`,
  severity: 'error',
  from: { path: `^src/${name}/`, ...(fromNot ? { pathNot: fromNot } : {}) },
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
    // The pure query language: the SQL that runs it lives in storage/search/.
    layer('search', ['search', 'languages', 'domain', 'lib']),
    layer('services', ['services', 'storage', 'search', 'analysis', 'domain', 'lib']),
    layer('ingest', ['ingest', 'services', 'analysis', 'domain', 'lib']),
    layer('jobs', ['jobs', 'services', 'domain', 'lib']),
    layer('http', ['http', 'lib', 'config', 'domain/errors']),
    layer('api', ['api', 'contract', 'http', 'services', 'feeds', 'domain', 'lib']),
    // The admin API's wire types: shared with the browser app, so pure (zod, the domain's schemas).
    layer('contract', ['contract', 'domain', 'lib']),
    layer('site', ['site', 'http', 'services', 'feeds', 'languages', 'domain', 'lib']),
    // The browser app (admin/ui) has its own, narrower rule below.
    layer('admin', ['admin', 'http', 'services', 'domain', 'lib'], '^src/admin/ui/'),
    {
      name: 'admin-ui-imports',
      comment:
        'the newsroom app runs in the browser: it may import only itself, the wire contract and pure helpers (lib)',
      severity: 'error',
      from: { path: '^src/admin/ui/' },
      to: { path: '^src/', pathNot: ['^src/admin/ui/', '^src/contract/', '^src/lib/'] },
    },
    {
      name: 'admin-ui-contract-types-only',
      comment:
        'the newsroom app imports the contract for its types; a value import would bundle zod and the schemas (statuses.ts is zod-free)',
      severity: 'error',
      from: { path: '^src/admin/ui/' },
      to: {
        path: '^src/contract/',
        pathNot: '^src/contract/statuses\\.ts$',
        dependencyTypesNot: ['type-only'],
      },
    },
    {
      name: 'admin-ui-is-browser-only',
      comment: 'server code never imports the browser app (it serves the built files)',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/admin/ui/' },
      to: { path: '^src/admin/ui/' },
    },
    {
      name: 'site-views-render-only',
      comment: 'site pages and components render what a handler hands them: they never import the routes',
      severity: 'error',
      from: { path: '^src/site/(pages|components)/' },
      to: { path: '^src/site/(routes|feed-model)' },
    },
    // The command's process entry (cli/main.ts) builds the container like src/main.ts does.
    layer('cli', ['cli', 'services', 'ingest', 'domain', 'lib'], '^src/cli/main\\.ts$'),
    {
      name: 'cli-main-imports',
      comment: 'the `newsdesk` command entry may import only: cli, app, config, domain, lib',
      severity: 'error',
      from: { path: '^src/cli/main\\.ts$' },
      to: {
        path: '^src/',
        pathNot: ['^src/cli/', '^src/app\\.ts$', '^src/config/', '^src/domain/', '^src/lib/'],
      },
    },
    {
      name: 'lib-is-browser-safe',
      comment: 'the newsroom app bundles lib (the translator, slugs, dates): no Node built-ins there',
      severity: 'error',
      from: { path: '^src/lib/' },
      to: { dependencyTypes: ['core'] },
    },
    layer('config', ['config', 'lib', 'domain']),
    {
      name: 'storage-imports',
      comment: 'storage may import only storage, search (the pure query language), domain and lib',
      severity: 'error',
      from: { path: '^src/storage/', pathNot: '^src/storage/migrations/' },
      to: { path: '^src/', pathNot: ['^src/storage/', '^src/search/', '^src/domain/', '^src/lib/'] },
    },
    {
      name: 'kysely-only-in-storage',
      comment: 'only storage speaks SQL: services, search and the rest never see Kysely',
      severity: 'error',
      from: { path: '^src/', pathNot: '^src/storage/' },
      to: { path: 'node_modules/kysely/' },
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
      comment: 'process entries (main, cli/main) are imported by nobody',
      severity: 'error',
      from: {},
      to: { path: '^src/(main|cli/main)\\.ts$' },
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
