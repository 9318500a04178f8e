/** One measured run of the mix: readers and the API through autocannon, the editor beside them. */
import { percentile } from '../lib/format.ts';
import { cannon, totals, type LoadControl, type RunTotals, type Tally } from './cannon.ts';
import type { Editor } from './editor.ts';
import { mixOf, type Kind } from './traffic.ts';

export interface KindResult {
  kind: string;
  /** Share of the requests the mix gives this kind. */
  share: number;
  /** Answered requests. */
  requests: number;
  reqPerSec: number;
  ok: number;
  byStatus: Record<string, number>;
  /** Sent and never answered (timed out after 10 s, or the connection failed): as a connection's
   * first request (while connecting), or on a connection already in use. */
  lostNew: number;
  lostInUse: number;
  p50: number;
  p99: number;
  max: number;
}

export async function mixedRun(
  origin: string,
  all: Kind[],
  connections: number,
  seconds: number,
  editor: Editor | null,
  writesPerSecond: number,
  control: LoadControl,
): Promise<{ kinds: KindResult[]; totals: RunTotals }> {
  control.current = [];
  const seen = new Map<string, Tally>();
  const [result] = await Promise.all([
    cannon(origin, connections, seconds, mixOf(all), seen, control),
    editor?.run(writesPerSecond, seconds),
  ]);
  const share = all.reduce((a, k) => a + k.share, 0);
  const kinds = all.map((k): KindResult => {
    const t = seen.get(k.name) ?? { latencies: [], statuses: {}, lostNew: 0, lostInUse: 0 };
    const sorted = [...t.latencies].sort((a, b) => a - b);
    const byStatus: Record<string, number> = {};
    let ok = 0;
    for (const [code, n] of Object.entries(t.statuses)) {
      if (Number(code) < 400) ok += n;
      else byStatus[code] = n;
    }
    return {
      kind: k.name,
      share: k.share / share,
      requests: sorted.length,
      reqPerSec: sorted.length / seconds,
      ok,
      byStatus,
      lostNew: t.lostNew,
      lostInUse: t.lostInUse,
      p50: percentile(sorted, 50),
      p99: percentile(sorted, 99),
      max: sorted.at(-1) ?? Number.NaN,
    };
  });
  return { kinds, totals: totals(result) };
}
