import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { WireSource } from '../../domain/wire.ts';
import { readFeedXml } from './formats/feed-xml.ts';
import { readNinjs } from './formats/ninjs.ts';
import type { WireEntry } from './formats/parsed-item.ts';
import type { Store } from '../../storage/repositories/index.ts';
import type { Clock } from '../deps.ts';
import { fetchWire, WireFetchError, type WireFetchLimits } from './wire-fetch.ts';
import type { WireItems } from './wire-items.ts';

/** What one poll of a source did. */
export interface PollReport {
  sourceId: string;
  /** 'not-modified' when the server answered 304. */
  outcome: 'fetched' | 'not-modified' | 'failed';
  added: number;
  /** Items already stored (the same GUID from this source). */
  known: number;
  /** One line per refused item, naming it. */
  refused: string[];
  error: string | null;
}

/** Failures back off: the interval doubled per failure in a row, at most six hours. */
export const backoffMs = (intervalSeconds: number, failures: number): number =>
  Math.min(intervalSeconds * 1000 * 2 ** Math.min(failures, 16), 6 * 3600_000);

const LOCK_MS = 5 * 60_000;
const DUE_PER_RUN = 5;

/** Folder sources: files read are moved to `done/`, files that could not be read to `failed/`. */
const DONE = 'done';
const FAILED = 'failed';

/**
 * Polls wire sources: a conditional GET (or a look in the folder), the items parsed and stored,
 * and the source's health written — on success the next poll one interval on, on failure later
 * and later (back-off) with the error in words.
 */
export class WirePoller {
  constructor(
    private readonly store: Store,
    private readonly items: WireItems,
    private readonly clock: Clock,
    private readonly limits: WireFetchLimits,
  ) {}

  /** The background task: every due source, claimed with a lock so instances share the work. */
  async pollDue(): Promise<PollReport[]> {
    const now = this.clock.now();
    const due = await this.store.repos.wire.claimDue(now, new Date(now.getTime() + LOCK_MS), DUE_PER_RUN);
    const reports: PollReport[] = [];
    for (const s of due) reports.push(await this.poll(s));
    return reports;
  }

  async poll(source: WireSource): Promise<PollReport> {
    const report: PollReport = {
      sourceId: source.id,
      outcome: 'fetched',
      added: 0,
      known: 0,
      refused: [],
      error: null,
    };
    const validators = { etag: source.etag, lastModified: source.lastModified };
    try {
      if (source.kind === 'folder') await this.readFolder(source, report);
      else {
        const got = await fetchWire(
          source.location,
          { ...validators, credentials: source.credentials },
          this.limits,
        );
        if (got.status === 'not-modified') report.outcome = 'not-modified';
        else {
          const entries = source.kind === 'ninjs' ? readNinjs(got.body) : readFeedXml([got.body]);
          await this.take(source, entries, report);
          validators.etag = got.etag;
          validators.lastModified = got.lastModified;
        }
      }
    } catch (e) {
      const error = e instanceof WireFetchError || e instanceof Error ? e.message : String(e);
      const failures = source.health.failures + 1;
      const at = this.clock.now();
      const next = new Date(at.getTime() + backoffMs(source.intervalSeconds, failures));
      await this.store.repos.wire.recordFailure(source.id, at, next, error, failures);
      return { ...report, outcome: 'failed', error };
    }
    const at = this.clock.now();
    await this.store.repos.wire.recordSuccess(
      source.id,
      at,
      new Date(at.getTime() + source.intervalSeconds * 1000),
      validators,
    );
    return report;
  }

  private async take(
    source: WireSource,
    entries: AsyncIterable<WireEntry> | Iterable<WireEntry>,
    report: PollReport,
  ): Promise<void> {
    for await (const entry of entries) {
      if ('error' in entry) report.refused.push(entry.error);
      else if (await this.items.add(source, entry.item)) report.added++;
      else report.known++;
    }
  }

  private async readFolder(source: WireSource, report: PollReport): Promise<void> {
    const dir = source.location;
    const names = (await readdir(dir, { withFileTypes: true }))
      .filter((d) => d.isFile() && ['.xml', '.json'].includes(extname(d.name).toLowerCase()))
      .map((d) => d.name)
      .sort();
    for (const name of names) {
      const file = join(dir, name);
      let to = DONE;
      try {
        // XML files are read as a stream (agency files may be large); ninjs files hold one item.
        const entries =
          extname(name).toLowerCase() === '.json'
            ? readNinjs(await readFile(file, 'utf8'))
            : readFeedXml(
                createReadStream(file, {
                  encoding: 'utf8',
                  highWaterMark: 64 * 1024,
                }) as AsyncIterable<string>,
              );
        const before = report.refused.length;
        await this.take(source, entries, report);
        for (let i = before; i < report.refused.length; i++)
          report.refused[i] = `${name}: ${report.refused[i]}`;
      } catch (e) {
        report.refused.push(`${name}: ${e instanceof Error ? e.message : String(e)}`);
        to = FAILED;
      }
      await mkdir(join(dir, to), { recursive: true });
      await rename(file, join(dir, to, name));
    }
  }
}
