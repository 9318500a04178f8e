// Preloaded with `node --import` by compiled-start.int.test.ts: records every module file the
// process loads (one URL a line) in the file TRACE_IMPORTS names, so the test can say what a
// command loaded. The hooks run on the loader's own thread (trace-hooks.mjs).
import { register } from 'node:module';

register('./trace-hooks.mjs', import.meta.url, { data: { file: process.env.TRACE_IMPORTS } });
