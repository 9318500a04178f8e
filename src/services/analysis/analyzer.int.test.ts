import { afterEach, describe, expect, it, vi } from 'vitest';
import { analyze } from '../../analysis/analyze.ts';
import type { AnalysisInput } from '../../analysis/types.ts';
import { InlineAnalyzer, WorkerAnalyzer, type Analyzer } from './analyzer.ts';

const seed: AnalysisInput = {
  body:
    'Moscow has expressed “sincere regret” over the damage to Azerbaijan’s embassy in Kyiv, ' +
    'Russian Foreign Ministry spokeswoman Maria Zakharova said on Friday.\n\n' +
    '“We regret the damage,” Zakharova told reporters in Moscow.',
  language: 'en',
  published: '2025-11-21',
  timezone: 'Asia/Baku',
};
/** Some 200,000 characters: the longest body an article may have. */
const long: AnalysisInput = { ...seed, body: Array.from({ length: 600 }, () => seed.body).join('\n\n') };

/** How often a 1 ms timer fired on this thread while `work` ran. */
async function ticksDuring(work: () => Promise<unknown>): Promise<number> {
  let ticks = 0;
  const timer = setInterval(() => ticks++, 1);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  return ticks;
}

describe('analyzers', () => {
  const opened: Analyzer[] = [];
  const open = <A extends Analyzer>(a: A) => (opened.push(a), a);
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((a) => a.close()));
  });

  it('a worker thread reads a text exactly as analyze() does', async () => {
    const worker = open(new WorkerAnalyzer());
    expect(await worker.analyze(seed)).toEqual(analyze(seed));
  });

  it('keeps this thread free while a long article is read (inline, nothing else runs)', async () => {
    const worker = open(new WorkerAnalyzer());
    await worker.analyze(seed); // started and warm
    expect(await ticksDuring(() => worker.analyze(long))).toBeGreaterThan(0);
    const inline = new InlineAnalyzer();
    await inline.analyze(seed); // the analyser loaded (on first use) and warm
    expect(await ticksDuring(() => inline.analyze(long))).toBe(0);
  });

  it('reads in the order asked and counts what is waiting', async () => {
    const worker = open(new WorkerAnalyzer());
    const texts = ['Ilham Aliyev met Vladimir Putin in Moscow.', 'Talks resumed in Baku on Friday.'];
    const readings = texts.map((body) => worker.analyze({ ...seed, body }));
    expect(worker.pending).toBe(2);
    const [a, b] = await Promise.all(readings);
    expect(a!.people.map((p) => p.name)).toContain('Vladimir Putin');
    expect(b!.places.map((p) => p.name)).toContain('Baku');
    expect(worker.pending).toBe(0);
  });

  it('gives up on a reading that takes too long, and reads the next one in a fresh worker', async () => {
    const worker = open(new WorkerAnalyzer({ timeoutMs: 1 }));
    await expect(worker.analyze(long)).rejects.toThrow(/took longer than 1 ms/);
    const patient = open(new WorkerAnalyzer({ timeoutMs: 60_000 }));
    expect((await patient.analyze(seed)).people.length).toBeGreaterThan(0);
  });

  it('lets an idle worker go, and starts another for the next reading', async () => {
    const worker = open(new WorkerAnalyzer({ idleMs: 10 }));
    expect(worker.running).toBe(false);
    await worker.analyze(seed);
    await vi.waitFor(() => expect(worker.running).toBe(false));
    expect(await worker.analyze(seed)).toEqual(analyze(seed));
    expect(worker.running).toBe(true);
  });

  it('refuses readings once closed, and fails those still waiting', async () => {
    const worker = open(new WorkerAnalyzer());
    const waiting = expect(worker.analyze(long)).rejects.toThrow(/closed/);
    await worker.close();
    await waiting;
    await expect(worker.analyze(seed)).rejects.toThrow(/closed/);
  });
});
