import type { WxrImportDeps, WxrImporter, WxrImportOptions } from './wxr-import.ts';
import type { WxrReport } from './wxr-report.ts';

/** What `newsdesk import wxr` calls: the importer's one act. */
export interface WxrImports {
  import(file: string, options?: WxrImportOptions): Promise<WxrReport>;
}

/**
 * The WordPress importer, loaded on its first import. Only the CLI imports WordPress exports;
 * the server holds this in its container without loading the importer's code (the XML reader,
 * WordPress's markup converter, the HTML sanitiser), which a start would otherwise compile.
 */
export class LazyWxrImporter implements WxrImports {
  private loaded: Promise<WxrImporter> | null = null;

  constructor(private readonly deps: WxrImportDeps) {}

  async import(file: string, options?: WxrImportOptions): Promise<WxrReport> {
    this.loaded ??= import('./wxr-import.ts').then((m) => new m.WxrImporter(this.deps));
    // A failed load (a missing chunk after a partial deploy) is retried by the next import.
    const importer = await this.loaded.catch((e: unknown) => {
      this.loaded = null;
      throw e;
    });
    return importer.import(file, options);
  }
}
