/**
 * The words and rules story analysis (src/analysis) reads per language. Tables a language lacks
 * are empty, and the analysis rules that read them then find nothing: a pack without cues gets
 * generic behaviour, never another language's.
 */
import type { Parser } from 'chrono-node';
import { NO_ATTRIBUTION_CUES, type AttributionCues } from './attribution-cues.ts';

export type { AttributionCues, Gender } from './attribution-cues.ts';
export interface AnalysisCues {
  /**
   * compromise's English lexicon (analysis/lexicon.ts) describes this language's words, so its
   * word classes (function words, finite verbs, nouns) may be trusted.
   */
  englishLexicon: boolean;
  names: {
    /** A person's name in its base form (nominative), words as written → words. */
    baseName(words: readonly string[]): string[];
    /** The base forms a lone surname may stand for, itself first. */
    surnameBases(word: string): string[];
    /** Why: a known first name makes a capitalised pair a person's name ("Nino Kapanadze"); base forms. */
    firstNames: ReadonlySet<string>;
    /** Why: a surname's shape ("-ov", "-yeva", "-ский") makes a capitalised pair a person's name; never matches where unknown. */
    surnameShape: RegExp;
    /** Why: first names that are also places ("Jordan", "Sofiya") are names when a surname follows. */
    placeFirstNames: ReadonlySet<string>;
    /** Family names written first ("Wang Xiao Ming", "Park Ji Woo"): a name opening with one is a person's. */
    familyFirstNames?: ReadonlySet<string>;
    /**
     * Why: capitalised adjectives that open the names of routes, bodies and regions ("Orta Dəhliz",
     * "Cənubi Qafqaz") never open a person's name; languages with a lexicon leave this empty.
     */
    nameOpeningAdjectives: ReadonlySet<string>;
    /** Why: a word with a case suffix after a hyphen ("Report-a") is an organisation's or a place's, never a person's. */
    suffixedWord: RegExp;
    /**
     * Why: a name after a role noun or a preposition takes the case that word governs ("с послом
     * Пак Чон Хуном", "посла Халида бин Абдуллу"), which the name alone often leaves open. The base
     * form of a name given all its words as written (initials and particles such as "бин" included)
     * and the governing word (lower case) or null; absent where names do not decline.
     */
    baseNameAfter?: (words: readonly string[], governor: string | null) => string[];
    /**
     * Why: some endings a given name never has, adjectives' ("Новая Газета", "Объединённые Арабские
     * Эмираты" beside a speech verb): such a word never opens a name found without a role.
     */
    notGivenName?: RegExp;
  };
  /** Verbs of saying: a quote's speaker is their subject ("said", "заявил", "bildirib"). */
  speechVerbs: ReadonlySet<string>;
  roles: {
    /** Role heads (lower case): "minister", "министр". */
    titles: ReadonlySet<string>;
    /** Role heads as stems, for languages that inflect them by suffix ("nazir" in "naziri"). */
    titleStems: readonly string[];
    /** Words that may open a role before its head ("deputy", "официальный"). */
    modifiers: ReadonlySet<string>;
    /** Honorifics before a surname ("Mr", "Dr"). */
    honorifics: ReadonlySet<string>;
    /**
     * Where a role's complements stand: after it with a preposition ("Minister of Defence"),
     * after it in the genitive ("министр обороны России"), or before it ("Azərbaycanın … səfiri").
     */
    complements: 'preposition-after' | 'genitive-after' | 'before';
    /** Time words that never complement a role placed before it ("cümə günü"). */
    timeWords: ReadonlySet<string>;
    /** Endings that let a place or organisation complement a role before it ("Rusiyanın", "Rusiyadakı"). */
    ownerCase: RegExp;
    /**
     * Why: a role's run-on complements ("министр иностранных дел России") end at a verb or a
     * preposition that governs no complement ("… провёл переговоры с послом"): such a lower-case word.
     */
    runOnStop?: (lower: string) => boolean;
    /**
     * Why: a role written short names the same role as its full words ("замглавы" is "заместитель
     * главы"): abbreviated role words (lower case) → the words they stand for, head first.
     */
    abbreviations?: ReadonlyMap<string, readonly string[]>;
  };
  places: {
    /** Country names a newsroom writes where the locale data has another ("Russia", "Туркменистан"). */
    canonicalCountries: Readonly<Record<string, string>>;
    /** Which of the locale data's names to take: the last plain one, or the shortest. */
    countryNameFromList: 'last' | 'shortest';
    /** Countries whose name is mostly something else in news text (English "Jersey"). */
    skipCountries: ReadonlySet<string>;
    /** The gazetteer field holding this language's other names for cities and regions. */
    aliases: 'alt' | 'ruAlt' | 'azAlt' | null;
    /** The inflected surfaces of a multi-word place name, or null when names do not inflect. */
    nameForms: ((name: string) => string[]) | null;
    /** The key a one-word name is filed under for inflected lookups, or null when names do not inflect. */
    stemKey: ((word: string) => string) | null;
    /** Demonyms by country code, and the written forms of one ("Russian", "Russians"). */
    demonyms: Readonly<Record<string, readonly string[]>>;
    demonymForms(demonym: string): string[];
    /** Demonyms count only capitalised ("Russian", never "russian"). */
    demonymsCapitalised: boolean;
    /** An inflected place or demonym in one word, found through the stem index. */
    inflectedPlace: InflectedPlace | null;
    cues: PlaceWordCues;
  };
  dates: {
    /** chrono-node's parser for the language, or the pack's own parsers (run without chrono's refiners). */
    chronoLocale: ChronoLocale;
    chronoParsers: readonly Parser[] | null;
    /** Tense by word endings (word lower case, capitalised, first of its clause); null reads English verbs. */
    wordTense: ((word: string, cap: boolean, first: boolean) => Tense | null) | null;
    /** How much further a verb after a date counts than one before it, in words (a verb-final language: less). */
    verbAfterPenalty: number;
    /** Present-tense forms are often nouns ("offers"): they count only when no other tense shows. */
    presentIsWeak: boolean;
    /** Vague periods: "mid-November", "the end of 2025". */
    vaguePeriods: boolean;
    /** A month name alone in lower case is a word, not a date ("may", "march"). */
    lowerCaseMonthIsWord: boolean;
    /** A weekday keeps its preposition in the expression ("в пятницу"). */
    weekdayKeepsPreposition: boolean;
    /** Calendar units and days relative to publication ("last week", "вчера", "ötən ay"). */
    relativeDates: ((body: string, emit: RelativeDateSink) => void) | null;
    /** Words before a weekday that pick the last or the next one ("ötən cümə"); English reads its own. */
    weekdayModifiers: Readonly<Record<string, 'last' | 'next'>>;
    /** A first word that, with a present-tense verb, counts from a past date ("стоят с понедельника"). */
    sinceWords: ReadonlySet<string>;
    /**
     * A verb of change in a sentence: with a since word and a day, the change takes effect on the
     * nearest such day ("С 1 января вступает в силу закон"), not on a past one; null reads none.
     */
    changeVerb: RegExp | null;
    /**
     * Text ending right before a date that names it as a target set by an act ("назначено на 22
     * января", "перенесли на"): the nearest such date, not the last past one; null reads none.
     */
    targetBefore: RegExp | null;
    /**
     * Words that name a part of the date and belong to its expression: before it ("в начале",
     * "до конца") or after it ("sonunda", "əvvəlində", "bəri"); null reads none.
     */
    partBefore: RegExp | null;
    partAfter: RegExp | null;
    /** Years and ranges of years ("in 2014", "2014–2016 годах", "2014-cü ildə"). */
    years: ((body: string, emit: YearSink) => void) | null;
    /**
     * The words opening a live page's "Updated" line, up to its date ("Updated ", "Обновлено в ",
     * "Yenilənib: "): the line is the page's dateline and its day the day of every time stamp.
     */
    liveUpdated: RegExp | null;
  };
  equipment: {
    /** A type word that may stand before an equipment noun ("hypersonic", "зенитных", "zenit-raket"). */
    isTypeModifier(lower: string): boolean;
    /** The class of an equipment noun this word inflects ("беспилотников" → drone), or null. */
    inflectedHead(lower: string): string | null;
    /**
     * How generic items are phrased: type words before an invariable head ("armoured vehicles"),
     * agreeing adjectives before an inflected head ("ударные беспилотники"), or type words before a
     * suffixed head ("zenit-raket kompleksləri"); null reads none.
     */
    phrases: 'modifiers-head' | 'agreeing-adjectives' | 'suffixed-head' | null;
    /** Ships are named after their noun ("the ferry Turan Express"). */
    shipNames: boolean;
    /**
     * A named system keeps the noun after it in its name ("Patriot missile"); where the noun takes
     * case endings ("S-400 sistemləri", "K9 haubitsalarının") the name is the designation alone.
     */
    nameKeepsHead: boolean;
  };
  orgs: {
    /** Ministries by short name ("Минобороны") and the words after "Министерство" in the full name. */
    ministries: readonly { short: string; full: readonly string[]; portfolio: string }[];
    /** Case endings a short ministry name may take ("Минфина"). */
    ministryCaseEndings: ReadonlySet<string>;
    /** Common nouns that refer back to the last-named ministry or agency ("ведомство"). */
    anaphors: ReadonlySet<string>;
    /** Inflected organisation heads → the head ("nazirliyinin" → "nazirliyi"). */
    headForms: ReadonlyMap<string, string>;
    /** Why: lower-case words joining two capitalised parts of one name ("Ekologiya və Təbii Sərvətlər Nazirliyi"). */
    nameConnectors: ReadonlySet<string>;
    /** Why: names decline ("APA-ya", "Интерфаксу"); the bare names an inflected word may stand for, itself first. */
    nameBases(word: string): string[];
    /** Why: an agency is named beside its noun ("BTA agentliyinin", "агентство Синьхуа"); the noun's forms, lower case. */
    agencyNouns: ReadonlySet<string>;
    /** Why: a quoted name followed by one of these nouns is an organisation ("“QatarEnergy” şirkəti"). */
    quotedNameNouns: ReadonlySet<string>;
    /** Why: a movement is named with its noun ("движение «Талибан»"); a form of that noun → its nominative. */
    movementNoun?: (lower: string) => string | null;
    /**
     * Why: organisation names decline in the text but are named in the nominative ("Объединённой
     * судостроительной корпорации" → "Объединённая судостроительная корпорация"); null where names do
     * not decline. Given the words of a name as written, returns them in the nominative, or null when
     * the words hold no organisation head noun.
     */
    nominativeOrgName: ((words: readonly string[]) => string[] | null) | null;
    /** Why: a declining name's complement after its head ("службы безопасности России"); words as written. */
    isOrgComplement: (word: string, previous?: string) => boolean;
    /**
     * Why: some words name a body on their own, in any case, by their shape ("Росприроднадзора",
     * "Росавиации"); nominativeOrgName gives their nominative. Lower case.
     */
    properHead?: (lower: string) => boolean;
    /**
     * Why: a sentence's capital cannot mark a name, yet some heads are a state or public body
     * whatever follows ("Комитет гражданской авиации отозвал …"), unlike "Компания", "Суд" or
     * "Правительство", which open ordinary sentences. A form of such a head, lower case.
     */
    institutionHead?: (lower: string) => boolean;
    /**
     * Why: a city's own body is written in lower case after the place ("Bishkek city court"); a
     * level word ("city", "district") and a body's head, lower case. Absent where names decline.
     */
    localBodies?: { levels: ReadonlySet<string>; heads: ReadonlySet<string> };
    /**
     * Why: outlets are an open class; a name with a case ending after a hyphen ("Report-a",
     * "Qafqazinfo-nun") right before one of these words (lower case) is the outlet a statement was
     * given to or taken from ("Report-a açıqlamasında", "Trend-in məlumatına görə").
     */
    reportingWords: ReadonlySet<string>;
    /** Why: a bare name before one of these phrases is the outlet reporting the story ("Report xəbər verir"). */
    outletPhrases: readonly (readonly string[])[];
    /** Why: an acronym or a name in another script right after one of these verbs is the outlet ("сообщает РБК"). */
    outletVerbsBefore: ReadonlySet<string>;
    /** Why: a name before one of these verbs, closing the sentence or citing a source, is the outlet ("X reports, citing Y"). */
    outletVerbsAfter: ReadonlySet<string>;
    /** A word in another script than the text's ("DP World" in Russian copy), or null where none stands out. */
    foreignScriptWord: RegExp | null;
    /** Why: a name right before one of these verbs, with a business noun after it, is a company ("Nordmarin expanded its fleet"). */
    businessVerbs: ReadonlySet<string>;
    businessObjects: ReadonlySet<string>;
    /**
     * Why: some names end in a head without its possessive suffix ("Mərkəzi Bank", "Baş
     * Prokurorluq"); a capitalised head in such a form, in any case → its nominative and the head
     * its other forms share ("Bankın" → { bare: "bank", head: "bankı" }).
     */
    bareHeads: ReadonlyMap<string, { bare: string; head: string }>;
    /** Why: a movement is named before its lower-case noun ("Ənsarullah hərəkatı"); the noun's forms. */
    groupHeads: ReadonlySet<string>;
    /**
     * Why: a name beside a lower-case noun describing a body is that body ("the grid operator
     * Transelectrica", "ČEPS, the grid operator of Czechia,"); nouns that never describe a person.
     */
    descriptionNouns: ReadonlySet<string>;
    /** Why: names stand before their noun unquoted ("Lumora şirkəti"), where these words only point ("Bu"). */
    pointingWords?: ReadonlySet<string>;
  };
  attribution: AttributionCues;
}

/** Words around a place name that tell what it is (places.ts); empty where a language has none. */
export interface PlaceWordCues {
  /**
   * How a capital standing for its government shows as a subject: a verb of government after it
   * ("Moscow warned"), its nominative before a finite verb ("Москва заявила"), or its bare
   * nominative opening the sentence ("Bakı … qaldıracaq").
   */
  capitalSubject: 'verb-follows' | 'nominative-verb' | 'nominative-first';
  /** Verbs whose object, when a capital, is its government ("urged Moscow"). */
  objectVerbs: ReadonlySet<string>;
  /** Words after which a capital is a city, not its government ("talks with Baku" is not a metonym). */
  notAfter: ReadonlySet<string>;
  /** A finite verb by its ending, and words that may stand before it ("не", "уже"). */
  finiteVerb: RegExp;
  verbLeadIns: ReadonlySet<string>;
  /** "the village of X", "X province", "Gulf of X", "X Sea", "the Caspian coast". */
  settlementBefore: ReadonlySet<string>;
  regionAfter: ReadonlySet<string>;
  featureBefore: ReadonlySet<string>;
  featureAfter: ReadonlySet<string>;
  /**
   * A common noun after a known region naming a part of it, as the name writes it ("the Caspian
   * coast", "Abşeron yarımadasında" → "yarımadası"), or null.
   */
  regionPart: (lower: string) => string | null;
  /** A surname's shape: a city name right before one is a first name ("Təbriz Hüseynzadə", "Sofia Petrova"). */
  surnameAfter: RegExp;
  /** "в селе X"; "Шебекинском округе" → "Шебекинский округ" (region nouns with their adjective's gender). */
  settlementWord: RegExp;
  regionNouns: Readonly<Record<string, { nom: string; gender: 'f' | 'm' }>>;
  regionAdjective: RegExp;
  /** "X kəndi", "X rayonunda". */
  settlementAfter: RegExp;
  regionNounAfter: RegExp;
  /**
   * Why: a town missing from the gazetteer still shows by its grammar: a capitalised word after a
   * place preposition with the case ending that preposition governs ("в Чиланзаре", "из Кёльна").
   * Its nominative given the preposition and the word (both lower case), or null when the pair is
   * not that shape; languages without such cases leave it null.
   */
  obliquePlace: ((preposition: string, word: string) => string | null) | null;
}

/** A date as its parts, as chrono gives them. */
export interface DateParts {
  year?: number;
  month?: number;
  day?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
}

export type Tense = 'past' | 'future' | 'present';

/** Where a pack's relative-date rules put what they find (offsets into the body). */
export interface RelativeDateSink {
  /** A calendar unit relative to publication: "last week" = (-1, 'week'). */
  unit(start: number, text: string, offset: number, unit: 'week' | 'month' | 'year'): void;
  /** A day relative to publication: "yesterday" = -1. */
  day(start: number, text: string, offset: number): void;
  /** Explicit parts ("the second half of 2026", "с шести утра"). */
  span(start: number, text: string, from: DateParts, to: DateParts | null, relative: boolean): void;
  /**
   * A stretch counted from publication: months of a year some years away ("gələn ilin birinci
   * yarısı" = { yearOffset: 1, month: 1 } to { yearOffset: 1, month: 6 }) or days some days away
   * with a clock time ("bu gün saat 18:00-dan sabahadək").
   */
  relativeSpan(start: number, text: string, from: RelativeParts, to: RelativeParts | null): void;
  /**
   * A season ("next spring", "весной 2026 года", "gələn ilin yazında"): of a year written or counted
   * from publication, the last/next/current one, or (null) the one the clause's tense points to;
   * `edge` keeps its first or last month ("by the end of next summer").
   */
  season(start: number, text: string, season: Season, year: SeasonYear | null, edge?: 'start' | 'end'): void;
}

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';
export type SeasonYear = { year: number } | { yearOffset: number } | { which: 'last' | 'next' | 'this' };

/** Parts of a date counted from publication: years or days away, with the month or clock time. */
export interface RelativeParts {
  yearOffset?: number;
  dayOffset?: number;
  month?: number;
  hour?: number;
  minute?: number;
}

/** Where a pack's year rules put a year or a range of years. */
export interface YearSink {
  year(start: number, end: number, from: number, to: number | null, text: string): void;
}

/** chrono-node's locales with a casual parser. */
export type ChronoLocale = 'en' | 'ru' | 'uk' | 'de' | 'fr' | 'es' | 'pt' | 'nl' | 'it' | 'ja' | 'zh';

/** A gazetteer phrase as the inflection rules see it. */
export interface StemmedPlace {
  /** The name's words as indexed (lower case): its ending tells how it declines. */
  words: readonly string[];
  entry: { type: string; country: string } | null;
  demonymOf: string | null;
}

export type InflectedPlace = <P extends StemmedPlace>(
  lower: string,
  cap: boolean,
  byStem: (stem: string) => readonly P[] | undefined,
) => { entry: P['entry']; demonymOf: string | null } | null;

const none: ReadonlySet<string> = new Set();
/** A pattern that matches nothing. */
const never = /(?!)/u;

export const NO_ANALYSIS_CUES: AnalysisCues = {
  englishLexicon: false,
  names: {
    baseName: (words) => [...words],
    surnameBases: (word) => [word],
    firstNames: none,
    surnameShape: never,
    placeFirstNames: none,
    nameOpeningAdjectives: none,
    suffixedWord: never,
  },
  speechVerbs: none,
  roles: {
    titles: none,
    titleStems: [],
    modifiers: none,
    honorifics: none,
    complements: 'preposition-after',
    timeWords: none,
    ownerCase: never,
  },
  places: {
    canonicalCountries: {},
    countryNameFromList: 'shortest',
    skipCountries: none,
    aliases: null,
    nameForms: null,
    stemKey: null,
    demonyms: {},
    demonymForms: (demonym) => [demonym],
    demonymsCapitalised: false,
    inflectedPlace: null,
    cues: {
      capitalSubject: 'verb-follows',
      objectVerbs: none,
      notAfter: none,
      finiteVerb: never,
      verbLeadIns: none,
      settlementBefore: none,
      regionAfter: none,
      featureBefore: none,
      featureAfter: none,
      regionPart: () => null,
      surnameAfter: never,
      settlementWord: never,
      regionNouns: {},
      regionAdjective: never,
      settlementAfter: never,
      regionNounAfter: never,
      obliquePlace: null,
    },
  },
  dates: {
    chronoLocale: 'en',
    chronoParsers: null,
    wordTense: null,
    verbAfterPenalty: 0,
    presentIsWeak: false,
    vaguePeriods: false,
    lowerCaseMonthIsWord: false,
    weekdayKeepsPreposition: false,
    relativeDates: null,
    weekdayModifiers: {},
    sinceWords: new Set(['since']),
    changeVerb: null,
    targetBefore: null,
    partBefore: null,
    partAfter: null,
    years: null,
    liveUpdated: null,
  },
  equipment: {
    isTypeModifier: () => false,
    inflectedHead: () => null,
    phrases: null,
    shipNames: false,
    nameKeepsHead: true,
  },
  orgs: {
    ministries: [],
    ministryCaseEndings: none,
    anaphors: none,
    headForms: new Map(),
    nameBases: (word) => [word],
    agencyNouns: none,
    quotedNameNouns: none,
    nominativeOrgName: null,
    isOrgComplement: () => false,
    nameConnectors: none,
    reportingWords: none,
    outletPhrases: [],
    outletVerbsBefore: none,
    outletVerbsAfter: none,
    foreignScriptWord: null,
    businessVerbs: none,
    businessObjects: none,
    bareHeads: new Map(),
    groupHeads: none,
    descriptionNouns: none,
  },
  attribution: NO_ATTRIBUTION_CUES,
};
