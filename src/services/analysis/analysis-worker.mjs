// The analysis worker thread's entry: loads the TypeScript sources through tsx (as bin/newsdesk.mjs
// does), then answers analysis requests (analysis-thread.ts).
import { register } from 'tsx/esm/api';

register();
await import('./analysis-thread.ts');
