import type { FastifyReply } from 'fastify';
import { formatLongDate, formatMonthYear, zonedTimeToInstant } from '../../lib/dates.ts';
import { paths } from '../urls.ts';
import { sendNotFound, sendNotFoundOrSlash } from './answers.tsx';
import { canonicalSlash } from './trailing-slash.ts';
import { sendListing } from './listing-page.tsx';
import type { SiteHandler, SiteKit } from './site-kit.ts';

/** The span of a date archive: a year, a month or a day, from midnight to midnight in `timeZone`. */
export interface ArchiveSpan {
  year: number;
  month: number | undefined;
  day: number | undefined;
  from: Date;
  until: Date;
}

/**
 * Reads an archive address's parts (`["2025"]`, `["2025", "11"]`, `["2025", "11", "21"]`) into its
 * span, or null when they name no such date (years 1900–2200, real months and days only).
 */
export function archiveSpan(parts: string[], timeZone: string): ArchiveSpan | null {
  if (!parts.every((p, i) => (i === 0 ? /^\d{4}$/ : /^\d{2}$/).test(p))) return null;
  const [year, month, day] = parts.map(Number);
  if (year === undefined || year < 1900 || year > 2200) return null;
  const at = (y: number, m: number, d: number) => zonedTimeToInstant(y, m, d, 0, 0, timeZone);
  if (month === undefined) return { year, month, day, from: at(year, 1, 1), until: at(year + 1, 1, 1) };
  if (month < 1 || month > 12) return null;
  if (day === undefined) return { year, month, day, from: at(year, month, 1), until: at(year, month + 1, 1) };
  // A day the month does not have (30 February) rolls over into the next month.
  if (day < 1 || new Date(Date.UTC(year, month - 1, day)).getUTCMonth() !== month - 1) return null;
  return { year, month, day, from: at(year, month, day), until: at(year, month, day + 1) };
}

/** Date archives: /en/2025/, /en/2025/11/, /en/2025/11/21/ — days in the site's time zone. */
export async function sendArchive(
  kit: SiteKit,
  reply: FastifyReply,
  lang: string,
  query: unknown,
  parts: string[],
): Promise<FastifyReply> {
  const tz = kit.deps.site.settings().timeZone;
  // The language first: the date label below is formatted in it (Intl throws on a bad tag).
  const span = kit.deps.site.isLanguage(lang) ? archiveSpan(parts, tz) : null;
  if (!span) return sendNotFound(kit, reply, lang);
  const { year, month, day, from, until } = span;
  const label =
    day !== undefined
      ? formatLongDate(from, lang, tz)
      : month !== undefined
        ? formatMonthYear(year, month, lang)
        : String(year);
  return sendListing(kit, reply, lang, query, { from, until }, (ctx) => ({
    title: ctx.t('archiveTitle', { date: label }),
    path: (l, n) => paths.archive(l, year, month, day, n),
  }));
}

/** `/en/2025/11/` */
export const monthArchive =
  (kit: SiteKit): SiteHandler<{ lang: string; year: string; month: string }> =>
  async (request, reply) => {
    const { lang, year, month } = request.params;
    // `/en/tag/x/` has this shape too: the other form of an address goes to its canonical one.
    if (canonicalSlash(request.url, (c) => kit.deps.site.isLanguage(c)))
      return sendNotFoundOrSlash(kit, request, reply, lang);
    return sendArchive(kit, reply, lang, request.query, [year, month]);
  };

/** `/en/2025/11/21/` */
export const dayArchive =
  (kit: SiteKit): SiteHandler<{ lang: string; year: string; month: string; day: string }> =>
  async (request, reply) => {
    const { lang, year, month, day } = request.params;
    // `/en/tag/x/` has this shape too: the other form of an address goes to its canonical one.
    if (canonicalSlash(request.url, (c) => kit.deps.site.isLanguage(c)))
      return sendNotFoundOrSlash(kit, request, reply, lang);
    return sendArchive(kit, reply, lang, request.query, [year, month, day]);
  };
