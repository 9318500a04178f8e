import { AppError } from '../../domain/errors.ts';
import {
  maskCredentials,
  newWireSourceSchema,
  type NewWireSource,
  type WireSource,
} from '../../domain/wire.ts';
import type { Store } from '../../storage/repositories/index.ts';
import type { Clock, IdGenerator } from '../deps.ts';
import type { SiteService } from '../site/site.service.ts';
import { validate } from '../validate.ts';

/** A source as it may be shown: its credentials masked. */
export type WireSourceView = Omit<WireSource, 'credentials'> & { credentials: string };

export const viewOf = (s: WireSource): WireSourceView => ({
  ...s,
  credentials: maskCredentials(s.credentials),
});

/**
 * The wire desk's sources: added, listed and removed by editors (and `newsdesk wire`), each
 * change in the audit log with the credentials masked.
 */
export class WireSourceService {
  constructor(
    private readonly store: Store,
    private readonly site: SiteService,
    private readonly clock: Clock,
    private readonly newId: IdGenerator,
  ) {}

  async add(actorId: string | null, input: NewWireSource): Promise<WireSourceView> {
    const s = validate(newWireSourceSchema, input);
    if (!this.site.languages().some((l) => l.code === s.language))
      throw new AppError('LANGUAGE_NOT_ENABLED', `language: ${s.language} is not enabled on this site`, [
        { field: 'language', message: `${s.language} is not enabled on this site` },
      ]);
    let sectionId: string | null = null;
    if (s.section) {
      const section = await this.store.repos.sections.findBySlug(s.section);
      if (!section)
        throw new AppError('SECTION_NOT_FOUND', `section: no section "${s.section}"`, [
          { field: 'section', message: `no section "${s.section}"` },
        ]);
      sectionId = section.id;
    }
    const now = this.clock.now();
    const source: WireSource = {
      id: this.newId(),
      name: s.name,
      kind: s.kind,
      location: s.location,
      language: s.language,
      sectionId,
      intervalSeconds: s.intervalSeconds,
      credentials: s.credentials ?? null,
      agency: s.agency ?? null,
      enabled: s.enabled,
      createdAt: now,
      etag: null,
      lastModified: null,
      // A new source is polled at the next tick.
      health: { lastSuccessAt: null, lastError: null, lastErrorAt: null, failures: 0, nextPollAt: now },
    };
    const view = viewOf(source);
    await this.store.transaction(async (repos) => {
      await repos.wire.insertSource(source);
      await repos.accounts.audit({
        id: this.newId(),
        userId: actorId,
        action: 'wire.source.added',
        target: source.id,
        details: { name: view.name, kind: view.kind, location: view.location, credentials: view.credentials },
        at: now,
      });
    });
    return view;
  }

  async list(): Promise<WireSourceView[]> {
    return (await this.store.repos.wire.sources()).map(viewOf);
  }

  /** The source with its credentials, for polling only (never shown). */
  async forPolling(id: string): Promise<WireSource> {
    const s = await this.store.repos.wire.source(id);
    if (!s) throw new AppError('NOT_FOUND', `no wire source with id ${id}`);
    return s;
  }

  async remove(actorId: string | null, id: string): Promise<void> {
    await this.store.transaction(async (repos) => {
      const s = await repos.wire.source(id);
      if (!s || !(await repos.wire.removeSource(id)))
        throw new AppError('NOT_FOUND', `no wire source with id ${id}`);
      await repos.accounts.audit({
        id: this.newId(),
        userId: actorId,
        action: 'wire.source.removed',
        target: id,
        details: { name: s.name, location: s.location },
        at: this.clock.now(),
      });
    });
  }
}
