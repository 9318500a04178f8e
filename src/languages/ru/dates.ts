/** Russian date rules beyond chrono.ru: tense by verb endings, calendar units, clock words, years. */
import type { RelativeDateSink, Season, Tense, YearSink } from '../analysis-cues.ts';
import { RU_FUTURE_PREFIXES } from '../data/speech.ts';

const RU_PAST = /(?:л|ла|ло|ли|лся|лась|лось|лись)$/u;
const RU_NON_PAST = /(?:ет|ит|ют|ят|ут|ёт|ется|ится|ются|ятся|утся|ётся)$/u;
const RU_NOT_VERBS = new Set([
  'бюджет',
  'совет',
  'ответ',
  'объект',
  'предмет',
  'портрет',
  'запрет',
  'кабинет',
  'пакет',
  'билет',
]);

/** The tense a Russian word marks by its ending ("заявил" past, "проведут" present, "будет" future). */
const RU_PLANNING =
  /^(?:намечен|запланирован|планиру|рассчитыва|ожидает|ожидаем|ожидают|предстоит|предстоят)/u;

/** "должен встать", "готовы … с января", "может начаться": a modal or readiness looks ahead. */
const RU_MODAL = /^(?:должн|должен|готов|готова|намерен|собира|может|могут|смогут|сможет)(?:[аоы]|ы?)$/u;

/**
 * A prefixed perfective verb in the non-past is a future ("пройдут", "ограничат", "подготовят",
 * "возобновит"); imperfective presents keep their aspect suffix or a stem of motion ("проводит",
 * "открывается", "подписывает", "участвует", "находится"), and a few prefixed stems are imperfective.
 */
const RU_PERFECTIVE_PREFIX =
  /^(?:пере|пред|при|про|под|раз|рас|воз|вос|вз|вс|по|от|об|вы|за|на|со|до|из|ис|съ|о|у|с)/u;
const RU_IMPERFECTIVE_PRESENT =
  /(?:[аяеу]ет|[аяеу]ют|[аяеу]ется|[аяеу]ются|[аяе]ёт|[аяе]ют|[ое]дит|[ое]дят|[ое]сит|[ое]сят|[ое]зит|[ое]зят|[ое]дится|[ое]дятся|[ое]сится|[ое]сятся|ежит|ежат|ержит|ержат|ержится|висит|висят|ледит|стоит|стоят)$/u;
const RU_NOT_PREFIXED = /^(?:раст[уеё]|стан[уе]|сто[иЯ]т|суд[ия]т)/u;
export function ruPerfectiveFuture(w: string): boolean {
  if (w.length < 6 || !(RU_NON_PAST.test(w) || /[жшчщ]ат(?:ся)?$/u.test(w)) || RU_NOT_VERBS.has(w))
    return false;
  return RU_PERFECTIVE_PREFIX.test(w) && !RU_IMPERFECTIVE_PRESENT.test(w) && !RU_NOT_PREFIXED.test(w);
}

export function ruWordTense(w: string, cap: boolean, first: boolean): Tense | null {
  if (RU_FUTURE_PREFIXES.some((p) => w.startsWith(p))) return 'future';
  if (cap && !first) return null;
  // Planning and expecting look ahead: "намечена на 1 декабря", "рассчитываем … в декабре".
  if (RU_PLANNING.test(w) || RU_MODAL.test(w)) return 'future';
  if (w.length > 3 && RU_PAST.test(w)) return 'past';
  // Past participles: "распространённом", "состоявшейся".
  if (/(?:нн|вш)(?:ый|ий|ая|ое|ые|ом|ого|ой|ую|ых|ым|ому|ей|их|им)$/u.test(w)) return 'past';
  if (ruPerfectiveFuture(w)) return 'future';
  if (w.length > 4 && RU_NON_PAST.test(w) && !RU_NOT_VERBS.has(w)) return 'present';
  return null;
}

/**
 * "назначено на 22 января", "перенесли на 5 мая", "отложено на 3 марта": "на" after a verb or a
 * short participle names the date an act set, ahead of the act; "в ночь на", "по состоянию на",
 * "цены на" (a noun before "на") do not.
 */
export const RU_TARGET_BEFORE =
  /(?<![\p{L}])(?:\p{Ll}{3,}(?:ено|ена|ён|ана|ано|ят|ли|ло|ла|ил|ал|ел|ет|ит|ут|ют)\s+на|(?:[дД]о|[кК])\s+(?:конца|концу|середины|середине|началу))\s+$/u;

/** "в начале октября", "до конца марта", "к середине года": a part of the date, kept in its expression. */
export const RU_PART_BEFORE =
  /(?<![\p{L}])(?:[вВ]\s+(?:начале|конце|середине)|[дД]о\s+(?:конца|середины|начала)|[кК]\s+(?:концу|середине|началу))\s+$/u;

const RU_SEASONS: Readonly<Record<string, Season>> = {
  весной: 'spring',
  летом: 'summer',
  осенью: 'autumn',
  зимой: 'winter',
};
/**
 * "весной", "этой осенью", "прошлой зимой", "летом 2026 года", "весной следующего года": a season in
 * the instrumental, with a modifier before or a year after.
 */
export function ruSeasons(body: string, emit: RelativeDateSink): void {
  for (const m of body.matchAll(
    /(?<![\p{L}])(?:(этой|прошлой|минувшей|прошедшей|следующей|будущей|нынешней|текущей|Этой|Прошлой|Минувшей|Прошедшей|Следующей|Будущей|Нынешней|Текущей)\s+)?(весной|летом|осенью|зимой|Весной|Летом|Осенью|Зимой)(?:\s+(?:((?:19|20)\d{2})\s+(?:года|г\.)|(прошлого|следующего|этого|текущего|будущего)\s+года))?(?![\p{L}])/gu,
  )) {
    const season = RU_SEASONS[(m[2] ?? '').toLowerCase()];
    if (!season) continue;
    const mod = (m[1] ?? '').toLowerCase();
    const rel = (m[4] ?? '').toLowerCase();
    const year = m[3]
      ? { year: Number(m[3]) }
      : rel
        ? { yearOffset: rel === 'прошлого' ? -1 : rel === 'этого' || rel === 'текущего' ? 0 : 1 }
        : mod
          ? {
              which: /^(?:прошл|минувш|прошедш)/u.test(mod)
                ? ('last' as const)
                : /^(?:эт|нынешн|текущ)/u.test(mod)
                  ? ('this' as const)
                  : ('next' as const),
            }
          : null;
    emit.season(m.index, m[0], season, year);
  }
}

/** "на следующей неделе", "в прошлом месяце", "с шести утра", "Накануне", "вчера". */
export function ruRelativeDates(body: string, emit: RelativeDateSink): void {
  ruSeasons(body, emit);
  const re =
    /(?<![\p{L}])(?:(?:на|в|во)\s+)?(следующей|прошлой|этой|будущей|текущей|предыдущей|минувшей|следующем|прошлом|этом|будущем|текущем|предыдущем|минувшем)\s+(неделе|месяце|году)(?![\p{L}])/giu;
  for (const m of body.matchAll(re)) {
    const w = (m[1] ?? '').toLowerCase();
    const offset = /^(прошл|предыдущ|минувш)/u.test(w) ? -1 : /^(эт|текущ)/u.test(w) ? 0 : 1;
    const u = (m[2] ?? '').toLowerCase();
    emit.unit(m.index, m[0], offset, u === 'неделе' ? 'week' : u === 'месяце' ? 'month' : 'year');
  }
  // "в январе прошлого года": a year relative to publication after a month (joined to it later).
  for (const m of body.matchAll(
    /(?<=(?:январ|феврал|март|апрел|ма|июн|июл|август|сентябр|октябр|ноябр|декабр)[еяа]\s)(прошлого|следующего|этого|текущего|будущего|позапрошлого)\s+года(?![\p{L}])/giu,
  )) {
    const w = (m[1] ?? '').toLowerCase();
    const offset =
      w === 'позапрошлого' ? -2 : w === 'прошлого' ? -1 : w === 'этого' || w === 'текущего' ? 0 : 1;
    emit.unit(m.index, m[0], offset, 'year');
  }
  // "в январе – сентябре", "с января по март": a span of months.
  const months = [
    'январ',
    'феврал',
    'март',
    'апрел',
    'ма',
    'июн',
    'июл',
    'август',
    'сентябр',
    'октябр',
    'ноябр',
    'декабр',
  ];
  const month = (w: string): number => {
    const stem = w.toLowerCase().replace(/(?:е|я|а|ь|й)$/u, '');
    return months.indexOf(stem) + 1;
  };
  for (const m of body.matchAll(
    /(?<![\p{L}])(?:(?:в|В)\s+(\p{L}+)\s*[–—-]\s*(\p{L}+)|(?:с|С)\s+(\p{L}+)\s+(?:по|до)\s+(\p{L}+))(?![\p{L}])(?!\s+\d)/gu,
  )) {
    const from = month(m[1] ?? m[3] ?? '');
    const to = month(m[2] ?? m[4] ?? '');
    if (from > 0 && to > 0) emit.span(m.index, m[0], { month: from }, { month: to }, false);
  }
  // "с понедельника", "к пятнице", "до среды", "с января": a weekday or month counted from or to.
  const weekdays = ['понедельник', 'вторник', 'сред', 'четверг', 'пятниц', 'суббот', 'воскресень'];
  for (const m of body.matchAll(
    /(?<![\p{L}])(?:[сС]|[кК]о?|[дД]о)\s+(понедельник[ау]|вторник[ау]|сред[ые]|четверг[ау]|пятниц[ые]|суббот[ые]|воскресень[яю])(?![\p{L}])(?!\s+(?:по|до)\s)/gu,
  )) {
    const w = (m[1] ?? '').toLowerCase();
    const weekday = (weekdays.findIndex((d) => w.startsWith(d)) + 1) % 7;
    emit.span(m.index, m[0], { weekday }, null, false);
  }
  for (const m of body.matchAll(
    /(?<![\p{L}])[сС]\s+(января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)(?![\p{L}])(?!\s+(?:по|до)\s)(?!\s+(?:19|20)\d\d)/gu,
  ))
    emit.span(m.index, m[0], { month: month(m[1] ?? '') }, null, false);
  // "с шести утра", "в семь вечера": clock times in words.
  const hours: Record<string, number> = {
    час: 1,
    часа: 1,
    одного: 1,
    два: 2,
    двух: 2,
    три: 3,
    трёх: 3,
    трех: 3,
    четыре: 4,
    четырёх: 4,
    четырех: 4,
    пять: 5,
    пяти: 5,
    шесть: 6,
    шести: 6,
    семь: 7,
    семи: 7,
    восемь: 8,
    восьми: 8,
    девять: 9,
    девяти: 9,
    десять: 10,
    десяти: 10,
    одиннадцать: 11,
    одиннадцати: 11,
    двенадцать: 12,
    двенадцати: 12,
  };
  for (const m of body.matchAll(
    /(?<![\p{L}])(?:[сСвВкК]|до|До|около|Около)\s+(\p{Ll}+)\s+(утра|вечера|ночи|дня)(?![\p{L}])/gu,
  )) {
    const h = hours[m[1] ?? ''];
    if (h === undefined) continue;
    const part = m[2];
    const hour =
      part === 'вечера' || (part === 'дня' && h < 7) ? (h % 12) + 12 : part === 'ночи' && h === 12 ? 0 : h;
    emit.span(m.index, m[0], { hour, minute: 0 }, null, false);
  }
  // "Накануне министерство …" (not "накануне выборов") and "вчера": the day before publication.
  for (const m of body.matchAll(
    /(?<![\p{L}])(?:Накануне(?=\s*,|\s+\p{Ll}+(?:о|а|и|ы|е)?\s+\p{Ll}+(?:ло|ла|ли|л)(?![\p{L}])|\s+\p{Ll}+(?:ло|ла|ли|л)(?![\p{L}]))|[Вв]чера)(?![\p{L}])/gu,
  ))
    emit.day(m.index, m[0], -1);
}

/** "2014–2016 годах", "в 2014 году". */
export function ruYears(body: string, emit: YearSink): void {
  for (const m of body.matchAll(
    /(?<![\p{L}\d])((?:19|20)\d{2})\s*[–—-]\s*((?:19|20)\d{2})(?:\s*(?:годах|годы|годов|гг\.?))?/gu,
  )) {
    emit.year(m.index, m.index + m[0].length, Number(m[1]), Number(m[2]), m[0]);
  }
  for (const m of body.matchAll(/(?<![\p{L}\d])(?:в|с|до|к)\s+((?:19|20)\d{2})\s+(?:году|года|г\.)/giu))
    emit.year(m.index, m.index + m[0].length, Number(m[1]), null, m[0]);
}

/** The words opening a live page's update line, up to its date: "Обновлено в 15:40 мск, пятница, 28 ноября". */
export const RU_LIVE_UPDATED = /^(?:Последнее\s+)?[Оо]бновлен[оа]?:?\s+(?:в\s+)?/u;

/**
 * Present-tense verbs of change that take effect from a day ("вступает в силу", "переводит цех",
 * "повышаются тарифы", "вводится запрет"), unlike states counted from one ("стоят", "действует").
 */
export const RU_CHANGE_VERB =
  /(?<!\p{L})(?:вступа|переход|перевод|повыша|снижа|ввод|вводя|начина|запуска|отменя|прекраща|открыва|закрыва|меня|увеличива|сокраща|дорожа|дешевею|переезжа|переносит)\p{L}*(?:ет|ют|ит|ят|ется|ются|ится|ятся)(?!\p{L})/iu;
