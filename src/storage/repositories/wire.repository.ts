import type { Kysely, Selectable } from 'kysely';
import type { Block } from '../../domain/body.ts';
import type { WireCredentials, WireItemState, WireKind, WireSource } from '../../domain/wire.ts';
import type { DB, WireItemsTable, WireSourcesTable } from '../schema.ts';

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const date = (s: string | null) => (s ? new Date(s) : null);

function credentialsOf(row: Selectable<WireSourcesTable>): WireCredentials | null {
  if (!row.auth_secret) return null;
  if (row.auth_kind === 'bearer') return { kind: 'bearer', token: row.auth_secret };
  if (row.auth_kind === 'basic') {
    const at = row.auth_secret.indexOf(':');
    return { kind: 'basic', user: row.auth_secret.slice(0, at), password: row.auth_secret.slice(at + 1) };
  }
  return null;
}

function toSource(row: Selectable<WireSourcesTable>): WireSource {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as WireKind,
    location: row.location,
    language: row.language,
    sectionId: row.section_id,
    intervalSeconds: row.interval_seconds,
    credentials: credentialsOf(row),
    agency: row.is_agency ? row.agency_name : null,
    enabled: row.enabled === 1,
    createdAt: new Date(row.created_at),
    etag: row.etag,
    lastModified: row.last_modified,
    health: {
      lastSuccessAt: date(row.last_success_at),
      lastError: row.last_error,
      lastErrorAt: date(row.last_error_at),
      failures: row.failures,
      nextPollAt: new Date(row.next_poll_at),
    },
  };
}

/** A stored wire item, as the desk lists it. */
export interface WireItem {
  id: string;
  sourceId: string;
  guid: string;
  headline: string;
  body: Block[];
  bodyText: string;
  /** The item exactly as received (its XML element or JSON object). */
  original: string;
  url: string | null;
  language: string;
  byline: string | null;
  located: string | null;
  subjects: string[];
  publishedAt: Date | null;
  receivedAt: Date;
  /** The MinHash signature of its normalised text (near-duplicate grouping). */
  signature: number[];
  /** Items with the same group are near-duplicates (across sources and languages). */
  dupGroup: string;
  state: WireItemState;
  articleId: string | null;
  usedBy: string | null;
  storyId: string | null;
  reading: unknown;
}

function toItem(r: Selectable<WireItemsTable>): WireItem {
  return {
    id: r.id,
    sourceId: r.source_id,
    guid: r.guid,
    headline: r.headline,
    body: JSON.parse(r.body_json) as Block[],
    bodyText: r.body_text,
    original: r.original,
    url: r.url,
    language: r.language,
    byline: r.byline,
    located: r.located,
    subjects: JSON.parse(r.subjects_json) as string[],
    publishedAt: date(r.published_at),
    receivedAt: new Date(r.received_at),
    signature: JSON.parse(r.signature) as number[],
    dupGroup: r.dup_group,
    state: r.state as WireItemState,
    articleId: r.article_id,
    usedBy: r.used_by,
    storyId: r.story_id,
    reading: r.reading_json ? (JSON.parse(r.reading_json) as unknown) : null,
  };
}

export interface WireItemFilter {
  sourceId?: string;
  language?: string;
  state?: WireItemState;
  limit: number;
}

/** Wire sources (with their polling state) and the items they delivered. */
export class WireRepository {
  constructor(private readonly db: Kysely<DB>) {}

  async insertSource(s: WireSource): Promise<void> {
    const c = s.credentials;
    await this.db
      .insertInto('wire_sources')
      .values({
        id: s.id,
        name: s.name,
        kind: s.kind,
        location: s.location,
        language: s.language,
        section_id: s.sectionId,
        interval_seconds: s.intervalSeconds,
        auth_kind: c?.kind ?? 'none',
        auth_secret: c ? (c.kind === 'basic' ? `${c.user}:${c.password}` : c.token) : null,
        is_agency: s.agency ? 1 : 0,
        agency_name: s.agency,
        enabled: s.enabled ? 1 : 0,
        created_at: s.createdAt.toISOString(),
        next_poll_at: s.health.nextPollAt.toISOString(),
      })
      .execute();
  }

  async sources(): Promise<WireSource[]> {
    const rows = await this.db.selectFrom('wire_sources').selectAll().orderBy('name').orderBy('id').execute();
    return rows.map(toSource);
  }

  async source(id: string): Promise<WireSource | null> {
    const row = await this.db.selectFrom('wire_sources').selectAll().where('id', '=', id).executeTakeFirst();
    return row ? toSource(row) : null;
  }

  async removeSource(id: string): Promise<boolean> {
    const r = await this.db.deleteFrom('wire_sources').where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  }

  /**
   * Claims up to `limit` enabled sources whose poll is due, locking each until `lockUntil` so
   * another instance does not poll it at the same time (a lock left by a dead process expires).
   */
  async claimDue(now: Date, lockUntil: Date, limit: number): Promise<WireSource[]> {
    const at = now.toISOString();
    const due = await this.db
      .selectFrom('wire_sources')
      .select('id')
      .where('enabled', '=', 1)
      .where('next_poll_at', '<=', at)
      .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', at)]))
      .orderBy('next_poll_at')
      .limit(limit)
      .execute();
    const claimed: WireSource[] = [];
    for (const { id } of due) {
      const r = await this.db
        .updateTable('wire_sources')
        .set({ locked_until: lockUntil.toISOString() })
        .where('id', '=', id)
        .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', at)]))
        .executeTakeFirst();
      if (Number(r.numUpdatedRows) === 1) {
        const s = await this.source(id);
        if (s) claimed.push(s);
      }
    }
    return claimed;
  }

  async recordSuccess(
    id: string,
    at: Date,
    next: Date,
    validators: { etag: string | null; lastModified: string | null },
  ): Promise<void> {
    await this.db
      .updateTable('wire_sources')
      .set({
        last_success_at: at.toISOString(),
        last_error: null,
        last_error_at: null,
        failures: 0,
        next_poll_at: next.toISOString(),
        locked_until: null,
        etag: validators.etag,
        last_modified: validators.lastModified,
      })
      .where('id', '=', id)
      .execute();
  }

  async recordFailure(id: string, at: Date, next: Date, error: string, failures: number): Promise<void> {
    await this.db
      .updateTable('wire_sources')
      .set({
        last_error: error.slice(0, 2000),
        last_error_at: at.toISOString(),
        failures,
        next_poll_at: next.toISOString(),
        locked_until: null,
      })
      .where('id', '=', id)
      .execute();
  }

  async itemId(sourceId: string, guid: string): Promise<string | null> {
    const r = await this.db
      .selectFrom('wire_items')
      .select('id')
      .where('source_id', '=', sourceId)
      .where('guid', '=', guid)
      .executeTakeFirst();
    return r?.id ?? null;
  }

  /** Inserts an item unless its (source, GUID) is stored already; true when it was new. */
  async insertItem(i: WireItem): Promise<boolean> {
    const r = await this.db
      .insertInto('wire_items')
      .values({
        id: i.id,
        source_id: i.sourceId,
        guid: i.guid,
        headline: i.headline,
        body_json: JSON.stringify(i.body),
        body_text: i.bodyText,
        original: i.original,
        url: i.url,
        language: i.language,
        byline: i.byline,
        located: i.located,
        subjects_json: JSON.stringify(i.subjects),
        published_at: iso(i.publishedAt),
        received_at: i.receivedAt.toISOString(),
        signature: JSON.stringify(i.signature),
        dup_group: i.dupGroup,
        state: i.state,
        article_id: i.articleId,
        used_by: i.usedBy,
        story_id: i.storyId,
        reading_json: i.reading === null ? null : JSON.stringify(i.reading),
      })
      .onConflict((oc) => oc.columns(['source_id', 'guid']).doNothing())
      .executeTakeFirst();
    return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
  }

  /** Signatures of the items received since `since`, for near-duplicate grouping. */
  async recentSignatures(since: Date): Promise<{ id: string; dupGroup: string; signature: number[] }[]> {
    const rows = await this.db
      .selectFrom('wire_items')
      .select(['id', 'dup_group', 'signature'])
      .where('received_at', '>=', since.toISOString())
      .execute();
    return rows.map((r) => ({
      id: r.id,
      dupGroup: r.dup_group,
      signature: JSON.parse(r.signature) as number[],
    }));
  }

  async items(filter: WireItemFilter): Promise<WireItem[]> {
    let q = this.db.selectFrom('wire_items').selectAll();
    if (filter.sourceId) q = q.where('source_id', '=', filter.sourceId);
    if (filter.language) q = q.where('language', '=', filter.language);
    if (filter.state) q = q.where('state', '=', filter.state);
    const rows = await q.orderBy('received_at', 'desc').orderBy('id', 'desc').limit(filter.limit).execute();
    return rows.map(toItem);
  }

  async item(id: string): Promise<WireItem | null> {
    const r = await this.db.selectFrom('wire_items').selectAll().where('id', '=', id).executeTakeFirst();
    return r ? toItem(r) : null;
  }

  async setState(id: string, state: WireItemState): Promise<boolean> {
    const r = await this.db.updateTable('wire_items').set({ state }).where('id', '=', id).executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  }

  async countItems(sourceId: string): Promise<number> {
    const r = await this.db
      .selectFrom('wire_items')
      .select((eb) => eb.fn.countAll<string | number>().as('n'))
      .where('source_id', '=', sourceId)
      .executeTakeFirstOrThrow();
    return Number(r.n);
  }
}
