import type { AnalysisCues } from '../analysis-cues.ts';
import { NO_ANALYSIS_CUES } from '../analysis-cues.ts';
import { RU_HONORIFICS, RU_ROLE_MODIFIERS, RU_ROLE_TITLES } from '../data/roles.ts';
import {
  RU_ADVERBS,
  RU_CONJUNCTIONS,
  RU_GROUP_NOUNS,
  RU_GROUP_PRONOUNS,
  RU_PERSON_PRONOUN_GENDERS,
  RU_POSSESSIVE_PRONOUNS,
  RU_REPORTED_NOUNS,
  RU_SOURCE_BEFORE,
  RU_SPEECH_VERBS,
  ruNameGender,
  ruVerbGender,
} from '../data/speech.ts';
import { RU_SURNAME_SHAPE, ruBaseName, ruBaseNameAfter, ruSurnameBases } from './base-form.ts';
import { RU_ROLE_ABBREVIATIONS, ruRunOnStop } from './name-case.ts';
import {
  RU_COMPLEMENTIZERS,
  RU_OWN_WORDS_NOUNS,
  RU_RELATIVE_PRONOUNS,
  RU_NEXT_SENTENCE,
  RU_SOURCE_NOUNS,
  RU_SPEECH_PARTICIPLES,
} from './data/speech.ts';
import { RU_FEMALE_FIRST_NAMES, RU_MALE_FIRST_NAMES } from './data/names.ts';
import { ruInflectedPlace, ruNameForms, ruObliquePlace, stemRu } from './places.ts';
import { RU_ADJ_ENDING, RU_FINITE, RU_REGION_NOUNS, RU_SETTLEMENT } from './data/place-cues.ts';
import { isRuTypeAdjective, ruHead } from './equipment.ts';
import {
  RU_AGENCY_NOUNS,
  RU_MINISTRIES,
  RU_NOUN_CASE_ENDINGS,
  RU_ORG_ANAPHORS,
  RU_QUOTED_NAME_NOUNS,
  RU_OUTLET_VERBS,
  RU_BUSINESS_VERBS,
  RU_BUSINESS_OBJECTS,
} from './data/orgs.ts';
import { ruNominativeOrgName, ruOrgComplement, ruOrgNameBases, ruProperOrgHead } from './org-names.ts';
import { ruRelativeDates, ruWordTense, ruYears } from './dates.ts';

/** Russian: names decline in every part; roles run on with genitives ("министр обороны России"). */
export const ruAnalysis: AnalysisCues = {
  ...NO_ANALYSIS_CUES,
  names: {
    baseName: ruBaseName,
    surnameBases: ruSurnameBases,
    firstNames: new Set([...RU_MALE_FIRST_NAMES, ...RU_FEMALE_FIRST_NAMES]),
    surnameShape: RU_SURNAME_SHAPE,
    placeFirstNames: new Set([
      'Иордан',
      'София',
      'Джорджия',
      'Флоренс',
      'Виктория',
      'Александрия',
      'Шарлотта',
    ]),
    nameOpeningAdjectives: new Set(),
    suffixedWord: NO_ANALYSIS_CUES.names.suffixedWord,
    baseNameAfter: ruBaseNameAfter,
    notGivenName: /^\p{Ll}{3,}(?:ый|ая|ое|ые|ие)$/u,
  },
  speechVerbs: RU_SPEECH_VERBS,
  roles: {
    titles: RU_ROLE_TITLES,
    titleStems: [],
    modifiers: RU_ROLE_MODIFIERS,
    honorifics: RU_HONORIFICS,
    complements: 'genitive-after',
    timeWords: NO_ANALYSIS_CUES.roles.timeWords,
    ownerCase: NO_ANALYSIS_CUES.roles.ownerCase,
    runOnStop: ruRunOnStop,
    abbreviations: RU_ROLE_ABBREVIATIONS,
  },
  places: {
    ...NO_ANALYSIS_CUES.places,
    // The name the country itself uses, where the locale data has another.
    canonicalCountries: { TM: 'Туркменистан', KG: 'Кыргызстан', CN: 'Китай' },
    aliases: 'ruAlt',
    nameForms: ruNameForms,
    stemKey: stemRu,
    inflectedPlace: ruInflectedPlace,
    cues: {
      ...NO_ANALYSIS_CUES.places.cues,
      capitalSubject: 'nominative-verb',
      finiteVerb: RU_FINITE,
      verbLeadIns: new Set(['не', 'уже', 'также', 'тоже', 'ещё', 'еще', 'по-прежнему', 'вновь']),
      settlementWord: RU_SETTLEMENT,
      regionNouns: RU_REGION_NOUNS,
      regionAdjective: RU_ADJ_ENDING,
      surnameAfter: /\p{Ll}(?:ов|ев|ёв|ин|ова|ева|ина|ский|ская|цкий|цкая|швили|дзе|ян|енко)$/u,
      obliquePlace: ruObliquePlace,
    },
  },
  dates: {
    ...NO_ANALYSIS_CUES.dates,
    chronoLocale: 'ru',
    wordTense: ruWordTense,
    weekdayModifiers: {
      прошлый: 'last',
      прошлую: 'last',
      прошлое: 'last',
      следующий: 'next',
      следующую: 'next',
      следующее: 'next',
    },
    weekdayKeepsPreposition: true,
    sinceWords: new Set(['с']),
    relativeDates: ruRelativeDates,
    years: ruYears,
  },
  equipment: {
    isTypeModifier: isRuTypeAdjective,
    inflectedHead: (lower) => ruHead(lower)?.head.cls ?? null,
    phrases: 'agreeing-adjectives',
    shipNames: false,
    nameKeepsHead: false,
  },
  orgs: {
    ...NO_ANALYSIS_CUES.orgs,
    ministries: RU_MINISTRIES,
    ministryCaseEndings: RU_NOUN_CASE_ENDINGS,
    anaphors: RU_ORG_ANAPHORS,
    nameBases: ruOrgNameBases,
    agencyNouns: RU_AGENCY_NOUNS,
    quotedNameNouns: RU_QUOTED_NAME_NOUNS,
    movementNoun: (lower) => (/^движени[еяюи]$|^движением$/u.test(lower) ? 'движение' : null),
    nominativeOrgName: ruNominativeOrgName,
    isOrgComplement: ruOrgComplement,
    properHead: ruProperOrgHead,
    nameConnectors: new Set(['и']),
    outletVerbsBefore: RU_OUTLET_VERBS,
    foreignScriptWord: /^[A-Z][A-Za-z0-9&.'’-]*$/u,
    businessVerbs: RU_BUSINESS_VERBS,
    businessObjects: RU_BUSINESS_OBJECTS,
  },
  attribution: {
    ...NO_ANALYSIS_CUES.attribution,
    personPronouns: RU_PERSON_PRONOUN_GENDERS,
    groupPronouns: RU_GROUP_PRONOUNS,
    groupNouns: RU_GROUP_NOUNS,
    personGender: (name) => ruNameGender(name),
    possessivePronouns: RU_POSSESSIVE_PRONOUNS,
    verbGender: ruVerbGender,
    sourceBefore: RU_SOURCE_BEFORE,
    reportedNouns: RU_REPORTED_NOUNS,
    conjunctions: RU_CONJUNCTIONS,
    subjectAdverbs: RU_ADVERBS,
    lateSubject: true,
    pluralNoun: /^[а-яё-]{4,}[ыи]$/u,
    pluralAdjective: /^[а-яё-]{3,}(?:ые|ие)$/u,
    ownWordsNouns: RU_OWN_WORDS_NOUNS,
    groupPlacePrepositions: new Set(['в', 'во', 'при', 'из']),
    citingVerbs: new Set(['цитирует', 'цитируют', 'цитировал', 'цитировала', 'цитировали', 'приводит']),
    speechParticiples: RU_SPEECH_PARTICIPLES,
    complementizers: RU_COMPLEMENTIZERS,
    relativePronouns: RU_RELATIVE_PRONOUNS,
    nextSentence: RU_NEXT_SENTENCE,
    sourceNouns: RU_SOURCE_NOUNS,
  },
};
