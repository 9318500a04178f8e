import { parentPort } from 'node:worker_threads';
import { analyze } from '../../analysis/analyze.ts';
import type { AnalysisInput } from '../../analysis/types.ts';

/** The analysis worker thread's side: reads texts into facts, one message at a time. */
parentPort!.on('message', (message: { id: number; input: AnalysisInput }) => {
  try {
    parentPort!.postMessage({ id: message.id, result: analyze(message.input) });
  } catch (e) {
    parentPort!.postMessage({ id: message.id, error: e instanceof Error ? e.message : String(e) });
  }
});
