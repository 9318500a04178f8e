import { defineConfig } from 'vite';

/**
 * The newsroom's admin UI (src/admin/ui): a Preact app bundled for the browser into dist/admin/.
 * There is no index.html: the server renders the app shell (src/admin/app-shell.ts) and reads
 * the manifest to link the hashed bundle and stylesheet, served under /admin/assets/.
 */
export default defineConfig({
  root: 'src/admin/ui',
  base: '/admin/assets/',
  publicDir: false,
  logLevel: 'warn',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: '../../../dist/admin',
    emptyOutDir: true,
    manifest: true,
    assetsDir: '',
    target: 'es2022',
    sourcemap: true,
    rollupOptions: { input: 'src/admin/ui/main.tsx' },
  },
});
