/** Embeds the body accepts: YouTube videos, X (Twitter) posts and Facebook posts, by URL. */
export type EmbedProvider = 'youtube' | 'x' | 'facebook';

/** The provider of an embeddable URL, or null (the server applies the same rule, src/domain/body.ts). */
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

export const providerNames: Record<EmbedProvider, string> = {
  youtube: 'YouTube',
  x: 'X',
  facebook: 'Facebook',
};
