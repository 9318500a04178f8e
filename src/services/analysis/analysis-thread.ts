import { parentPort } from 'node:worker_threads';
import { analyze } from '../../analysis/analyze.ts';
import type { AnalysisInput, AnalysisResult } from '../../analysis/types.ts';
import { AppError } from '../../domain/errors.ts';

/** What the worker answers a request with: its reading, or why it failed. */
export type WorkerAnswer = { id: number; result: AnalysisResult } | { id: number; error: string };

// Loaded only as a worker thread's entry (analysis-worker.mjs), where the port to the parent exists.
const port = parentPort;
if (!port) throw new AppError('INTERNAL', 'analysis-thread.ts runs only as a worker thread.');

const answer = (a: WorkerAnswer) => {
  port.postMessage(a);
};

/** The analysis worker thread's side: reads texts into facts, one message at a time. */
port.on('message', (message: { id: number; input: AnalysisInput }) => {
  try {
    answer({ id: message.id, result: analyze(message.input) });
  } catch (e) {
    answer({ id: message.id, error: e instanceof Error ? e.message : String(e) });
  }
});
