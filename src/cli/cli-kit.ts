import { isAppError } from '../domain/errors.ts';
import type { TextImporter } from '../ingest/text/import-text.ts';
import type { GhostImports } from '../ingest/ghost/lazy-ghost-importer.ts';
import type { WxrImports } from '../ingest/wxr/lazy-wxr-importer.ts';
import type { AccountService } from '../services/accounts/account.service.ts';
import type { AnalysisService } from '../services/analysis/analysis.service.ts';
import type { ApiKeyService } from '../services/api-keys/api-key.service.ts';
import type { SiteService } from '../services/site/site.service.ts';
import type { TaxonomyService } from '../services/taxonomy/taxonomy.service.ts';
import type { WebhookService } from '../services/webhooks/webhook.service.ts';
import type { WirePoller } from '../services/wire/wire-poller.ts';
import type { WireSourceService } from '../services/wire/wire-sources.ts';

/** What the commands need; the entry point builds it from the composition root. */
export interface CliServices {
  site: SiteService;
  taxonomy: TaxonomyService;
  textImporter: TextImporter;
  wxrImporter: WxrImports;
  ghostImporter: GhostImports;
  apiKeys: ApiKeyService;
  webhooks: WebhookService;
  analysis: AnalysisService;
  accounts: AccountService;
  wireSources: WireSourceService;
  wirePoller: WirePoller;
  migrated: string[];
  close(): Promise<void>;
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

/** A failure the user can act on: printed as it is, exit code 1. */
export class CliFailure extends Error {}

/** What every command group is given: output, the services (opened per command), the password prompt. */
export interface CliKit {
  io: CliIo;
  // Properties, not methods: the commands take them out of the kit (`{ io, withServices }`).
  /**
   * Opens the services for one command's work and closes them after, whatever happens. The work
   * may be synchronous (printing what the services know).
   */
  withServices: <T>(work: (s: CliServices) => T | Promise<T>) => Promise<T>;
  readPassword: () => Promise<string>;
}

/** Reports an error the user can act on: file and line for imports, field for validation. */
export function describe(e: unknown, file?: string): string {
  if (isAppError(e)) return `${file ? `${file}: ` : ''}${e.message}`;
  // Node's system errors (ENOENT, EISDIR, …) are Errors with a code and usually the path.
  const err: NodeJS.ErrnoException | null = e instanceof Error ? e : null;
  if (err?.code === 'ENOENT') return `${file ?? err.path}: no such file`;
  if (err?.code === 'EISDIR') return `${file ?? err.path}: is a directory, not a file`;
  return e instanceof Error ? e.message : String(e);
}

/** Runs `work`; what it throws becomes a CliFailure saying what went wrong (naming `file`, if any). */
export async function orFail<T>(work: () => Promise<T>, file?: string): Promise<T> {
  try {
    return await work();
  } catch (e) {
    throw new CliFailure(describe(e, file));
  }
}

/** A comma-separated option as a list, blanks dropped. */
export const listOption = (value: string): string[] =>
  value
    .split(',')
    .map((t) => t.trim())
    .filter(Boolean);
