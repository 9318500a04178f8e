/** The reader site's URL shapes live in lib/paths.ts, shared with cache purging. */
export { absolute, paths, sameSitePath } from '../lib/paths.ts';
