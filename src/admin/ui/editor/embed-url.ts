/** Embeds the body accepts: YouTube videos, X (Twitter) posts and Facebook posts, by URL. */
import type { EmbedProvider } from '../../../lib/embeds.ts';

// The server holds embeds to the same allowlist (one copy, in lib/).
export { embedProviderOf, type EmbedProvider } from '../../../lib/embeds.ts';

export const providerNames: Record<EmbedProvider, string> = {
  youtube: 'YouTube',
  x: 'X',
  facebook: 'Facebook',
};
