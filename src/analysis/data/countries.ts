/**
 * Country word lists the place and organisation rules need beyond what i18n-iso-countries gives:
 * the short name a newsroom writes, extra aliases, and demonyms in English, Russian and Azerbaijani.
 * Keys are ISO 3166-1 alpha-2 codes.
 */

/** Aliases i18n-iso-countries lacks, per language. */
export const EXTRA_ALIASES: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  en: {
    AZ: ['Republic of Azerbaijan'],
    AM: ['Republic of Armenia'],
    GB: ['Britain'],
    US: ['America'],
    UA: ['Ukraine'],
    TR: ['Türkiye', 'Turkiye'],
    KR: ['Korea'],
    BY: ['Belarus'],
    MD: ['Moldova'],
    SY: ['Syria'],
    CZ: ['Czechia'],
    NL: ['Holland'],
    AE: ['UAE', 'Emirates'],
    MM: ['Burma'],
    KG: ['Kirghizia'],
  },
  ru: {
    RU: ['РФ', 'Российская Федерация'],
    US: ['Соединенные Штаты', 'Соединённые Штаты', 'Америка'],
    GB: ['Британия'],
    AZ: ['Азербайджанская Республика'],
    KP: ['КНДР', 'Северная Корея'],
    AE: ['ОАЭ'],
    TM: ['Туркменистан'],
    KG: ['Кыргызстан', 'Киргизстан'],
    BY: ['Белоруссия'],
    MD: ['Молдова'],
    CN: ['Китай', 'КНР', 'Китайская Народная Республика'],
    MM: ['Бирма'],
    CZ: ['Чешская Республика'],
    KR: ['Южная Корея'],
  },
  az: {
    US: ['ABŞ', 'Amerika'],
    GB: ['Böyük Britaniya', 'Britaniya'],
    RU: ['Rusiya Federasiyası'],
    AE: ['BƏƏ'],
    MM: ['Birma'],
    CZ: ['Çexiya', 'Çex Respublikası'],
    KR: ['Koreya Respublikası'],
    KP: ['Şimali Koreya'],
  },
};

/**
 * Former names of countries: the text's mention of one counts for the country under its present
 * name (FORMAT.md: "Бирма" is Myanmar), where another current name is kept as written ("Туркмения").
 */
export const FORMER_COUNTRY_NAMES: ReadonlySet<string> = new Set([
  'Burma', 'Бирма', 'Birma', 'Ceylon', 'Цейлон', 'Seylon', 'Zaire', 'Заир', 'Zair', 'Swaziland', 'Свазиленд',
  'Svazilend',
]);
