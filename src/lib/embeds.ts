/**
 * Posts embedded by URL: YouTube videos, X (Twitter) and Facebook posts. The one allowlist of
 * embeddable hosts, shared by the server (domain/urls.ts) and the newsroom app's editor.
 */
export const embedProviders = ['youtube', 'x', 'facebook'] as const;
export type EmbedProvider = (typeof embedProviders)[number];

/** Which provider a pasted http(s) URL belongs to, or null: only these hosts may be embedded. */
export function embedProviderOf(url: string): EmbedProvider | null {
  let u: URL;
  try {
    u = new URL(url.trim());
  } catch {
    return null;
  }
  if (u.protocol !== 'https:' && u.protocol !== 'http:') return null;
  const host = u.hostname.replace(/^(www|m|mobile)\./, '');
  if (host === 'youtube.com' || host === 'youtu.be' || host === 'youtube-nocookie.com') return 'youtube';
  if (host === 'twitter.com' || host === 'x.com') return 'x';
  if (host === 'facebook.com' || host === 'fb.watch') return 'facebook';
  return null;
}

/**
 * A pasted embed URL as it is stored: trimmed, and an `http:` link to a provider upgraded to
 * `https:` (every provider serves https). Null when the URL is not embeddable.
 */
export function embedUrlOf(url: string): { provider: EmbedProvider; url: string } | null {
  const trimmed = url.trim();
  const provider = embedProviderOf(trimmed);
  if (!provider) return null;
  return { provider, url: trimmed.replace(/^http:/i, 'https:') };
}
