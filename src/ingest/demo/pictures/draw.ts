import { places, seas, type Lang, type PlaceKey, type Point } from './geography.ts';

/**
 * The demo's pictures, drawn as SVG (pure functions): a map of the places a story names, a bar
 * chart of its figures, or an abstract illustration in its section's colour. Every picture is
 * 1280 × 720; the media library rasterises it into the usual variants.
 */
export const PICTURE_WIDTH = 1280;
export const PICTURE_HEIGHT = 720;
const W = PICTURE_WIDTH;
const H = PICTURE_HEIGHT;
const FONT = "'DejaVu Sans', 'Liberation Sans', Arial, sans-serif";
const INK = '#1b1b1b';

const esc = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const svg = (body: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" viewBox="0 0 ${W} ${H}">${body}</svg>`;
const n = (v: number) => Math.round(v * 10) / 10;

/** A small FNV-1a hash: the same text always draws the same illustration. */
function seedOf(text: string): () => number {
  let h = 0x811c9dc5;
  for (const ch of text) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193) >>> 0;
  // mulberry32
  return () => {
    h = (h + 0x6d2b79f5) >>> 0;
    let t = h;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Mixes a #rrggbb colour with white (amount > 0) or black (amount < 0). */
export function shade(hex: string, amount: number): string {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  const target = amount > 0 ? 255 : 0;
  const a = Math.abs(amount);
  return `#${c
    .map((v) => Math.round(v + (target - v) * a))
    .map((v) => v.toString(16).padStart(2, '0'))
    .join('')}`;
}

/** The corner mark every demo picture carries: it is an illustration, not a photograph. */
const mark = (text: string, light: boolean) =>
  `<text x="${W - 24}" y="${H - 22}" font-family="${FONT}" font-size="20" text-anchor="end" fill="${
    light ? '#ffffff' : '#444444'
  }" fill-opacity="0.8">${esc(text)}</text>`;

interface Frame {
  west: number;
  north: number;
  /** Pixels per degree of latitude; a degree of longitude is shorter by cos(latitude). */
  scale: number;
  cos: number;
}

/** The view that shows every place with a margin, at the picture's aspect ratio. */
function frameFor(points: Point[]): Frame {
  const lons = points.map((p) => p[0]);
  const lats = points.map((p) => p[1]);
  const [west0, east0] = [Math.min(...lons), Math.max(...lons)];
  const [south0, north0] = [Math.min(...lats), Math.max(...lats)];
  const cos = Math.cos((((south0 + north0) / 2) * Math.PI) / 180);
  // At least 4 degrees of latitude, 30% margin around the places.
  const latSpan = Math.max(4, (north0 - south0) * 1.3 + 1.5);
  const lonSpan = Math.max(((east0 - west0) * 1.3 + 1.5) * cos, latSpan * (W / H)) / cos;
  const fitLat = Math.max(latSpan, (lonSpan * cos * H) / W);
  const scale = H / fitLat;
  return {
    west: (west0 + east0) / 2 - W / scale / cos / 2,
    north: (north0 + south0) / 2 + fitLat / 2,
    scale,
    cos,
  };
}

const project = (f: Frame, [lon, lat]: Point): [number, number] => [
  (lon - f.west) * f.cos * f.scale,
  (f.north - lat) * f.scale,
];

export interface MapPicture {
  kind: 'map';
  places: PlaceKey[];
}

/** A map of the region with the story's places marked and named in the story's language. */
export function mapSvg(m: MapPicture, language: Lang, colour: string, credit: string): string {
  const marked = m.places.map((k) => places[k]);
  const f = frameFor(marked.map((p) => p.at));
  const path = (outline: readonly Point[]) =>
    `M${outline.map((p) => project(f, p).map(n).join(',')).join('L')}Z`;
  const grid: string[] = [];
  const step = f.scale > 100 ? 1 : f.scale > 40 ? 2 : 5;
  for (let lon = Math.ceil(f.west / step) * step; ; lon += step) {
    const [x] = project(f, [lon, 0]);
    if (x > W) break;
    grid.push(`M${n(x)},0V${H}`);
  }
  for (let lat = Math.floor(f.north / step) * step; ; lat -= step) {
    const [, y] = project(f, [0, lat]);
    if (y > H) break;
    grid.push(`M0,${n(y)}H${W}`);
  }
  const waterLabels = seas
    .map((s) => ({ s, at: project(f, s.label) }))
    .filter(({ at: [x, y] }) => x > 80 && x < W - 80 && y > 60 && y < H - 60)
    .map(
      ({ s, at: [x, y] }) =>
        `<text x="${n(x)}" y="${n(y)}" font-family="${FONT}" font-size="26" font-style="italic" text-anchor="middle" fill="#3d6e98">${esc(s.names[language])}</text>`,
    );
  const pins = marked.map((p) => {
    const [x, y] = project(f, p.at);
    const right = x < W - 260;
    return (
      `<circle cx="${n(x)}" cy="${n(y)}" r="11" fill="${colour}" stroke="#ffffff" stroke-width="4"/>` +
      `<text x="${n(right ? x + 20 : x - 20)}" y="${n(y + 11)}" font-family="${FONT}" font-size="34" font-weight="700" text-anchor="${
        right ? 'start' : 'end'
      }" fill="${INK}" stroke="#ffffff" stroke-width="7" stroke-linejoin="round" paint-order="stroke">${esc(p.names[language])}</text>`
    );
  });
  return svg(
    `<rect width="${W}" height="${H}" fill="#f3efe6"/>` +
      seas
        .map((s) => `<path d="${path(s.outline)}" fill="#bcd6ec" stroke="#8fb3d3" stroke-width="2"/>`)
        .join('') +
      `<path d="${grid.join('')}" stroke="#8a8478" stroke-opacity="0.25" stroke-width="1.5" fill="none"/>` +
      waterLabels.join('') +
      pins.join('') +
      mark(credit, false),
  );
}

export interface ChartPicture {
  kind: 'chart';
  /** The chart's title, in the story's language (it is also the caption). */
  title: string;
  /** The unit after each value ("bn m³", "min ton"). */
  unit: string;
  bars: [label: string, value: number][];
}

/** A horizontal bar chart of a story's figures, numbers written the language's way. */
export function chartSvg(c: ChartPicture, locale: string, colour: string, credit: string): string {
  const max = Math.max(...c.bars.map(([, v]) => v));
  const format = new Intl.NumberFormat(locale, { maximumFractionDigits: 2 });
  const top = 150;
  const rowH = Math.min(120, (H - top - 70) / c.bars.length);
  const labelW = 360;
  const barMax = W - labelW - 320;
  const rows = c.bars.map(([label, value], i) => {
    const y = top + i * rowH;
    const w = Math.max(4, (value / max) * barMax);
    return (
      `<text x="${labelW - 24}" y="${n(y + rowH * 0.5 + 12)}" font-family="${FONT}" font-size="32" text-anchor="end" fill="${INK}">${esc(label)}</text>` +
      `<rect x="${labelW}" y="${n(y + rowH * 0.15)}" width="${n(w)}" height="${n(rowH * 0.7)}" rx="6" fill="${colour}"/>` +
      `<text x="${n(labelW + w + 18)}" y="${n(y + rowH * 0.5 + 12)}" font-family="${FONT}" font-size="32" font-weight="700" fill="${INK}">${esc(
        `${format.format(value)} ${c.unit}`,
      )}</text>`
    );
  });
  return svg(
    `<rect width="${W}" height="${H}" fill="#ffffff"/>` +
      `<rect width="${W}" height="12" fill="${colour}"/>` +
      `<text x="60" y="96" font-family="${FONT}" font-size="40" font-weight="700" fill="${INK}">${esc(c.title)}</text>` +
      rows.join('') +
      `<path d="M${labelW},${top - 10}V${n(top + rowH * c.bars.length + 10)}" stroke="#555555" stroke-width="3"/>` +
      mark(credit, false),
  );
}

export interface PatternPicture {
  kind: 'pattern';
}

/**
 * An abstract illustration: waves and discs in shades of the section's colour, laid out from the
 * headline (every story gets its own), with the section's name large in the corner.
 */
export function patternSvg(seedText: string, label: string, colour: string, credit: string): string {
  const rnd = seedOf(seedText);
  const shapes: string[] = [];
  for (let i = 0; i < 5; i++) {
    const r = 120 + rnd() * 260;
    shapes.push(
      `<circle cx="${n(rnd() * W)}" cy="${n(rnd() * H * 0.8)}" r="${n(r)}" fill="${shade(colour, 0.15 + rnd() * 0.5)}" fill-opacity="${n(0.25 + rnd() * 0.35)}"/>`,
    );
  }
  for (let i = 0; i < 4; i++) {
    const base = H * (0.45 + i * 0.14);
    const amp = 30 + rnd() * 60;
    const phase = rnd() * W;
    const pts: string[] = [];
    for (let x = 0; x <= W; x += 40)
      pts.push(`${x},${n(base + Math.sin(((x + phase) / W) * Math.PI * (2 + i)) * amp)}`);
    shapes.push(
      `<path d="M0,${H}L${pts.join('L')}L${W},${H}Z" fill="${shade(colour, -0.1 - i * 0.12)}" fill-opacity="0.55"/>`,
    );
  }
  return svg(
    `<rect width="${W}" height="${H}" fill="${shade(colour, -0.35)}"/>` +
      shapes.join('') +
      `<text x="56" y="${H - 56}" font-family="${FONT}" font-size="96" font-weight="700" fill="#ffffff" fill-opacity="0.9">${esc(label)}</text>` +
      mark(credit, true),
  );
}
