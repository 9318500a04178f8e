/**
 * A demo author's portrait, drawn (pure): head and shoulders in silhouette over a background in
 * the author's own colour, with their initials on the chest. It is plainly an illustration — the
 * demo's authors are invented, so no photograph could be theirs.
 */
export const PORTRAIT_SIZE = 640;
const S = PORTRAIT_SIZE;
const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";

/** Dark, muted colours: the light silhouette stands out, and the initials (in this colour) read on it. */
const BACKGROUNDS = ['#1a5fb4', '#26734d', '#a4161a', '#6d4aa8', '#8a4b08', '#0b6e7a', '#5c5c5c'];

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The same name always gets the same colour (a small string hash). */
function colourOf(name: string): string {
  let h = 0;
  for (const ch of name) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return BACKGROUNDS[h % BACKGROUNDS.length] ?? '#5c5c5c';
}

/** "Leyla Rustamova" → "LR"; one word gives one letter. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const first = words[0]?.[0] ?? '';
  const last = words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '';
  return (first + last).toLocaleUpperCase();
}

export function portraitSvg(name: string): string {
  const bg = colourOf(name);
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${S}" height="${S}" viewBox="0 0 ${S} ${S}">` +
    `<rect width="${S}" height="${S}" fill="${bg}"/>` +
    // Shoulders, neck and head in a light tint of the background.
    `<path d="M80,${S}C90,470 190,420 320,420C450,420 550,470 560,${S}Z" fill="#ffffff" fill-opacity="0.85"/>` +
    `<rect x="285" y="330" width="70" height="110" rx="30" fill="#ffffff" fill-opacity="0.85"/>` +
    `<ellipse cx="320" cy="250" rx="110" ry="130" fill="#ffffff" fill-opacity="0.92"/>` +
    `<text x="320" y="585" font-family="${FONT}" font-size="72" font-weight="700" text-anchor="middle" fill="${bg}">${esc(initialsOf(name))}</text>` +
    `</svg>`
  );
}
