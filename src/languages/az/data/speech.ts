/**
 * Azerbaijani speech words beyond the shared list (src/languages/data/speech.ts): pluperfect and
 * evidential forms ("bildirmişdi", "qeyd etmişdir"), compound verbs' light words ("sitat gətirir",
 * "cavab verib"), and the words that start whom a speaker told ("APA-ya", "jurnalistlərə",
 * "açıqlamasında").
 */

/** The high vowel a suffix takes after a stem (ı, i, u, ü). */
function high(stem: string): string {
  const last = Array.from(stem).reverse().find((c) => 'aıoueəiöü'.includes(c)) ?? 'ə';
  if ('aı'.includes(last)) return 'ı';
  if ('ou'.includes(last)) return 'u';
  if ('öü'.includes(last)) return 'ü';
  return 'i';
}

/** "-mış" forms of a stem: "bildirmişdir", "bildirmişdi", "bildirmişdilər", "bildirmiş". */
function pastForms(stem: string): string[] {
  const v = high(stem);
  const m = `${stem}m${v}ş`;
  const pl = 'ıu'.includes(v) ? 'lar' : 'lər';
  return [m, `${m}d${v}r`, `${m}d${v}`, `${m}d${v}${pl}`, `${m}l${pl.slice(1)}r`];
}

/** Speech verbs in forms the shared list lacks, and light words that open compound ones. */
export const AZ_MORE_SPEECH_VERBS: readonly string[] = [
  'sitat',
  'cavab',
  // "– onlar əlavə ediblər", "– bəyanatda qeyd olunur": plural and passive forms of the light verb.
  'ediblər',
  'etdilər',
  'edirlər',
  'olunub',
  'olunur',
  ...['bildir', 'vurğula', 'söylə', 'açıqla', 'de', 'et', 'xatırlat', 'çatdır', 'təsdiqlə', 'yaz'].flatMap(pastForms),
];

/** Light words of compound speech verbs the shared list lacks ("sitat gətirir", "cavab verib"). */
export const AZ_MORE_VERB_PARTS: readonly string[] = ['sitat', 'cavab'];

/**
 * A word that starts whom a speaker told or where, after the speaker and before a final verb: a
 * name with a dative ending after a hyphen ("APA-ya", "Ekspress-ə"), a plural in the dative
 * ("jurnalistlərə"), or a noun in the locative with its possessive ("açıqlamasında", "çıxışında").
 */
export const AZ_ADDRESSEE = /^(?:\p{Lu}[^-’'\s]*[-’']y?[aə]|\p{Ll}+l[aə]r[aə]|\p{Ll}+s?[ıiuü]nd[aə]|mətbuata|mediaya|agentliyə|qəzetə|telekanala|brifinqdə|iclasda|görüşdə)$/u;

/** Words opening the sentence after a quote that attribute it ("Bu barədə … deyib", "Bunu … bildirib"). */
export const AZ_NEXT_SENTENCE: readonly (readonly string[])[] = [
  ['bu', 'barədə'],
  ['bu', 'haqda'],
  ['bunu'],
  ['bu', 'sözləri'],
  ['bu', 'fikirləri'],
];

/** Converbs of speech ("…, vəziyyəti “…” adlandıraraq"): their sentence's subject spoke. */
export const AZ_SPEECH_PARTICIPLES: ReadonlySet<string> = new Set([
  'deyərək',
  'bildirərək',
  'vurğulayaraq',
  'adlandıraraq',
  'söyləyərək',
  'xatırladaraq',
]);

export const AZ_DROPPED_SUBJECT = {
  /** A passive speech verb ("bildirilib", "deyilir", "qeyd olunub", "vurğulanıb"): nobody named spoke. */
  passive: /(?:[ıiuü]l|[ıiuüaə]n)(?:[ıiuü]b|[ıiuü]r|mış|miş|muş|müş)(?:dır|dir|dur|dür|lar|lər)?$/u,
  /** A nominalised clause in the accusative ("olduğunu", "gələcəyini"): the verb's object, not its subject. */
  objectClause: /(?:[dt][ıiuü][ğy][ıiuü]|[aə]ca[ğq][ıi]|əcəy[i])n[ıiuü]$/u,
};

/** Adverbs and particles between a subject and its verb ("Nazir həmçinin qeyd edib", "Səfir isə bildirib"). */
export const AZ_SUBJECT_ADVERBS: ReadonlySet<string> = new Set([
  'həmçinin',
  'isə',
  'də',
  'da',
  'daha',
  'sonra',
  'sonradan',
  'yenidən',
  'eyni',
  'zamanda',
  'artıq',
  'xüsusilə',
  'bir',
  'bundan',
  'başqa',
  'öz',
  'növbəsində',
]);

/** One unnamed source ("hökumətdəki mənbə"). */
export const AZ_SOURCE_NOUNS: ReadonlySet<string> = new Set(['mənbə', 'həmsöhbət']);
