import { loadOnce } from '../../lib/load-once.ts';
import type { ImportDeps } from '../import-kit.ts';
import type { ImportReport } from '../import-report.ts';
import type { WxrImporter, WxrImportOptions } from './wxr-import.ts';

/** What `newsdesk import wxr` calls: the importer's one act. */
export interface WxrImports {
  import(file: string, options?: WxrImportOptions): Promise<ImportReport>;
}

/**
 * The WordPress importer, loaded on its first import. Only the CLI imports WordPress exports;
 * the server holds this in its container without loading the importer's code (the XML reader,
 * WordPress's markup converter, the HTML sanitiser), which a start would otherwise compile.
 */
export class LazyWxrImporter implements WxrImports {
  private readonly importer: () => Promise<WxrImporter>;

  constructor(deps: ImportDeps) {
    this.importer = loadOnce(() => import('./wxr-import.ts').then((m) => new m.WxrImporter(deps)));
  }

  async import(file: string, options?: WxrImportOptions): Promise<ImportReport> {
    return (await this.importer()).import(file, options);
  }
}
