/** A run's figures as a table, with the failures it saw listed as problems. */
import { fixed, percentile, type TableRows } from '../lib/format.ts';
import type { Editor } from './editor.ts';
import type { KindResult } from './mixed-run.ts';
import type { RunTotals } from './cannon.ts';

export const statusText = (s: Record<string, number>) =>
  Object.entries(s)
    .map(([k, v]) => `${k}×${v}`)
    .join(' ') || '-';

export function report(
  title: string,
  run: { kinds: KindResult[]; totals: RunTotals },
  editor: Editor | null,
  seconds: number,
): { rows: TableRows; problems: string[] } {
  const rows: TableRows = [
    [
      'kind',
      'share',
      'answered',
      'req/s',
      'ok 2xx/3xx',
      'errors by status',
      'lost new',
      'lost in use',
      'p50 ms',
      'p99 ms',
      'max ms',
    ],
  ];
  const problems: string[] = [];
  const sum = (f: (r: KindResult) => number) => run.kinds.reduce((a, r) => a + f(r), 0);
  for (const r of run.kinds) {
    rows.push([
      r.kind,
      `${fixed(r.share * 100, 0)} %`,
      String(r.requests),
      fixed(r.reqPerSec, 0),
      String(r.ok),
      statusText(r.byStatus),
      String(r.lostNew),
      String(r.lostInUse),
      fixed(r.p50, 0),
      fixed(r.p99, 0),
      fixed(r.max, 0),
    ]);
    if (Object.keys(r.byStatus).length || r.lostNew || r.lostInUse)
      problems.push(
        `${title} ${r.kind}: ${statusText(r.byStatus)}; lost ${r.lostNew} on new connections, ${r.lostInUse} on connections in use`,
      );
  }
  const t = run.totals;
  rows.push([
    'all readers',
    '100 %',
    String(t.requests),
    fixed(t.reqPerSec, 0),
    String(sum((r) => r.ok)),
    String(sum((r) => Object.values(r.byStatus).reduce((x, y) => x + y, 0))),
    String(sum((r) => r.lostNew)),
    String(sum((r) => r.lostInUse)),
    fixed(t.p50, 0),
    fixed(t.p99, 0),
    fixed(t.max, 0),
  ]);
  if (editor) {
    for (const kind of ['save', 'create', 'publish']) {
      const s = [...(editor.samples.get(kind) ?? [])].sort((a, b) => a - b);
      const f = editor.failures.get(kind) ?? {};
      rows.push([
        `write: ${kind}`,
        'editor',
        String(s.length),
        fixed(s.length / seconds, 1),
        String(s.length),
        statusText(Object.fromEntries(Object.entries(f).filter(([k]) => k !== 'timeout' && k !== 'error'))),
        '',
        String((f.timeout ?? 0) + (f.error ?? 0)),
        fixed(percentile(s, 50), 0),
        fixed(percentile(s, 99), 0),
        fixed(s.at(-1) ?? Number.NaN, 0),
      ]);
      if (Object.keys(f).length) problems.push(`${title} write ${kind}: ${statusText(f)}`);
    }
  }
  return { rows, problems };
}
