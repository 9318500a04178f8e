import { loadOnce } from '../../lib/load-once.ts';
import type { ImportDeps } from '../import-kit.ts';
import type { ImportReport } from '../import-report.ts';
import type { GhostFileOptions, GhostImporter, GhostImportOptions } from './ghost-import.ts';

/** What `newsdesk import ghost` calls. */
export interface GhostImports {
  importFile(file: string, options?: GhostFileOptions): Promise<ImportReport>;
  importSite(url: string, key: string, options?: GhostImportOptions): Promise<ImportReport>;
}

/**
 * The Ghost importer, loaded on its first import, like the WordPress one: the server never
 * compiles the JSON streamer and the editor-format converters it does not use.
 */
export class LazyGhostImporter implements GhostImports {
  private readonly importer: () => Promise<GhostImporter>;

  constructor(deps: ImportDeps) {
    this.importer = loadOnce(() => import('./ghost-import.ts').then((m) => new m.GhostImporter(deps)));
  }

  async importFile(file: string, options?: GhostFileOptions): Promise<ImportReport> {
    return (await this.importer()).importFile(file, options);
  }

  async importSite(url: string, key: string, options?: GhostImportOptions): Promise<ImportReport> {
    return (await this.importer()).importSite(url, key, options);
  }
}
