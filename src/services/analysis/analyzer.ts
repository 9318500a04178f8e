import { Worker } from 'node:worker_threads';
import type { analyze } from '../../analysis/analyze.ts';
import type { AnalysisInput, AnalysisResult } from '../../analysis/types.ts';
import type { WorkerAnswer } from './analysis-thread.ts';

/** Reads a text into facts, somewhere: in this thread, or in a worker thread. */
export interface Analyzer {
  analyze(input: AnalysisInput): Promise<AnalysisResult>;
  /** Readings asked for and not answered yet. */
  readonly pending: number;
  close(): Promise<void>;
}

/**
 * The analyser, loaded on first use. Its NLP libraries (compromise, chrono-node) cost some 40 MB
 * of memory and most of a second of CPU to load; the server reads texts in a worker thread and
 * never needs them on its main thread, so only what reads a text here (the CLI) loads them.
 */
let loading: Promise<typeof analyze> | null = null;

/** Reads a text into facts on this thread, loading the analyser the first time. */
export async function analyzeHere(input: AnalysisInput): Promise<AnalysisResult> {
  loading ??= import('../../analysis/analyze.ts').then((m) => m.analyze);
  const read = await loading;
  return read(input);
}

/** In this thread: for the command line, where nobody else waits for the event loop. */
export class InlineAnalyzer implements Analyzer {
  readonly pending = 0;
  analyze(input: AnalysisInput): Promise<AnalysisResult> {
    // A throw becomes the promise's rejection.
    return analyzeHere(input);
  }
  async close(): Promise<void> {}
}

export interface WorkerAnalyzerOptions {
  /** A reading taking longer ends the worker (a new one starts for the next). */
  timeoutMs?: number;
  /** The worker's heap limit: past it the worker ends, not the server. */
  maxHeapMb?: number;
  /** An idle worker ends after this long (it holds ~100 MB); the next reading starts a new one. */
  idleMs?: number;
}

interface Job {
  id: number;
  input: AnalysisInput;
  resolve(r: AnalysisResult): void;
  reject(e: Error): void;
}

/**
 * In a worker thread, so that reading a long article (hundreds of milliseconds of pure CPU)
 * never holds up the requests of everyone else. One worker, started when first needed, reads
 * one text at a time in the order asked; if it dies or takes longer than `timeoutMs`, the
 * reading fails, and the next one starts a fresh worker.
 */
export class WorkerAnalyzer implements Analyzer {
  private worker: Worker | null = null;
  private readonly queue: Job[] = [];
  private current: Job | null = null;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private idle: ReturnType<typeof setTimeout> | null = null;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: WorkerAnalyzerOptions = {}) {}

  get pending(): number {
    return this.queue.length + (this.current ? 1 : 0);
  }

  /** Whether a worker thread is up now. */
  get running(): boolean {
    return this.worker !== null;
  }

  analyze(input: AnalysisInput): Promise<AnalysisResult> {
    if (this.closed) return Promise.reject(new Error('the analyzer is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, input, resolve, reject });
      this.next();
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    if (this.idle) clearTimeout(this.idle);
    const worker = this.worker;
    this.fail(new Error('the analyzer is closed'));
    for (const job of this.queue.splice(0)) job.reject(new Error('the analyzer is closed'));
    if (worker) await worker.terminate();
  }

  private next(): void {
    if (this.current || this.closed) return;
    const job = this.queue.shift();
    if (!job) {
      this.retireWhenIdle();
      return;
    }
    if (this.idle) clearTimeout(this.idle);
    this.idle = null;
    this.current = job;
    this.start().postMessage({ id: job.id, input: job.input });
    this.timer = setTimeout(() => {
      const worker = this.worker;
      this.fail(new Error(`the analysis took longer than ${this.options.timeoutMs ?? 60_000} ms`));
      void worker?.terminate();
    }, this.options.timeoutMs ?? 60_000);
    this.timer.unref();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(new URL('./analysis-worker.mjs', import.meta.url), {
      // The entry loads tsx itself; inheriting `--import tsx` would load it twice.
      execArgv: [],
      resourceLimits: { maxOldGenerationSizeMb: this.options.maxHeapMb ?? 512 },
    });
    // An idle worker does not keep the process alive.
    worker.unref();
    worker.on('message', (m: WorkerAnswer) => {
      const job = this.current;
      if (!job || job.id !== m.id) return;
      this.settle();
      if ('error' in m) job.reject(new Error(`analysis failed: ${m.error}`));
      else job.resolve(m.result);
      this.next();
    });
    const gone = (e: Error) => {
      if (this.worker !== worker) return;
      this.fail(e);
    };
    worker.on('error', gone);
    worker.on('exit', (code) => gone(new Error(`the analysis worker stopped (exit code ${code})`)));
    this.worker = worker;
    return worker;
  }

  private retireWhenIdle(): void {
    if (!this.worker || this.idle) return;
    this.idle = setTimeout(() => {
      this.idle = null;
      const worker = this.worker;
      if (!worker || this.current) return;
      this.worker = null;
      void worker.terminate();
    }, this.options.idleMs ?? 300_000);
    this.idle.unref();
  }

  private settle(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.current = null;
  }

  /** The current reading fails and the worker is dropped; the queue goes on with a new one. */
  private fail(e: Error): void {
    const job = this.current;
    this.worker = null;
    this.settle();
    job?.reject(e);
    if (!this.closed) this.next();
  }
}
