import type { AnalysisCues } from '../analysis-cues.ts';
import { NO_ANALYSIS_CUES } from '../analysis-cues.ts';
import { AZ_ROLE_STEMS } from '../data/roles.ts';
import {
  AZ_CONJUNCTIONS,
  AZ_GROUP_NOUNS,
  AZ_GROUP_PRONOUNS,
  AZ_PERSON_PRONOUN_GENDERS,
  AZ_POSSESSIVE_PRONOUNS,
  AZ_REPORTED_NOUNS,
  AZ_SOURCE_AFTER,
  AZ_SPEECH_VERBS,
  AZ_VERB_PARTS,
  azNameGender,
} from '../data/speech.ts';
import { azBaseName, azSurnameBases } from './base-form.ts';
import {
  AZ_ADDRESSEE,
  AZ_DROPPED_SUBJECT,
  AZ_MORE_SPEECH_VERBS,
  AZ_MORE_VERB_PARTS,
  AZ_NEXT_SENTENCE,
  AZ_SPEECH_PARTICIPLES,
  AZ_SOURCE_NOUNS,
  AZ_SUBJECT_ADVERBS,
} from './data/speech.ts';
import { AZ_FEMALE_FIRST_NAMES, AZ_MALE_FIRST_NAMES } from './data/names.ts';
import {
  AZ_AGENCY_NOUNS,
  AZ_BARE_HEAD_FORMS,
  AZ_GROUP_HEADS,
  AZ_POINTING_WORDS,
  AZ_ORG_FORMS,
  AZ_OUTLET_PHRASES,
  AZ_QUOTED_NAME_NOUNS,
  AZ_REPORTING_NOUNS,
  azOrgNameBases,
} from './data/orgs.ts';
import { AZ_DEMONYMS } from './data/demonyms.ts';
import { AZ_REGION, AZ_SETTLEMENT } from './data/place-cues.ts';
import { AZ_TYPE_MODIFIERS } from '../data/equipment.ts';
import { azHead } from './equipment.ts';
import { azInflectedPlace, azNameForms, azRegionPart } from './places.ts';
import { AZ_PART_AFTER, azParsers, azRelativeDates, azWordTense, azYears, AZ_LIVE_UPDATED } from './dates.ts';

/** Time words that never complement a role ("cümə günü səfir …"). */
const AZ_TIME_WORDS: ReadonlySet<string> = new Set([
  'günü',
  'gün',
  'saat',
  'il',
  'ildə',
  'ayında',
  'tarixində',
  'həftə',
]);

/** Azerbaijani: one case suffix on a name's last word; roles put their complements first. */
export const azAnalysis: AnalysisCues = {
  ...NO_ANALYSIS_CUES,
  names: {
    baseName: azBaseName,
    surnameBases: azSurnameBases,
    firstNames: new Set([...AZ_MALE_FIRST_NAMES, ...AZ_FEMALE_FIRST_NAMES]),
    // Local surname endings only (not "-in", which ends many nouns), any case suffix after them.
    surnameShape:
      /(?:ov|yev|ev|ova|yeva|eva|lı|li|lu|lü|zadə|oğlu|qızı)(?:[uüıi]n|n[iıuü]n|y?[aə]|l[aə]|d[aə]n?|[uüıi])?$/u,
    placeFirstNames: new Set([
      'Sofiya',
      'İordan',
      'Corciya',
      'Florensiya',
      'Viktoriya',
      'Təbriz',
      'Xəzər',
      'Araz',
      'Ararat',
      'Samara',
      'Asiya',
    ]),
    nameOpeningAdjectives: new Set(
      'Orta Böyük Kiçik Yeni Köhnə Şimali Cənubi Qərbi Şərqi Mərkəzi Milli Ali Dövlət Beynəlxalq Birləşmiş Uzaq Yaxın'.split(
        ' ',
      ),
    ),
    // "Report-a", "Ekspress-ə": the suffix of an organisation or place; people's names take it directly.
    suffixedWord: /^[^-]+-\p{Ll}{1,4}$/u,
  },
  speechVerbs: new Set([...AZ_SPEECH_VERBS, ...AZ_MORE_SPEECH_VERBS]),
  roles: {
    ...NO_ANALYSIS_CUES.roles,
    titleStems: AZ_ROLE_STEMS,
    complements: 'before',
    timeWords: AZ_TIME_WORDS,
    ownerCase: /(?:ın|in|un|ün|dakı|dəki|ki)$/u,
  },
  places: {
    ...NO_ANALYSIS_CUES.places,
    // The short name newsrooms write, where the locale data has the long one.
    canonicalCountries: { CZ: 'Çexiya' },
    aliases: 'azAlt',
    nameForms: azNameForms,
    stemKey: (word) => word,
    demonyms: AZ_DEMONYMS,
    inflectedPlace: azInflectedPlace,
    cues: {
      ...NO_ANALYSIS_CUES.places.cues,
      capitalSubject: 'nominative-first',
      settlementAfter: AZ_SETTLEMENT,
      regionNounAfter: AZ_REGION,
      regionPart: azRegionPart,
      surnameAfter: /\p{Ll}(?:ov|ev|yev|ova|eva|yeva|zadə|oğlu|qızı|bəyli|yan|dze|şvili)$/u,
    },
  },
  dates: {
    ...NO_ANALYSIS_CUES.dates,
    liveUpdated: AZ_LIVE_UPDATED,
    chronoParsers: azParsers(),
    wordTense: azWordTense,
    weekdayModifiers: { ötən: 'last', keçən: 'last', gələn: 'next', növbəti: 'next' },
    // Azerbaijani verbs close their clause: a verb after the date is the nearer one.
    verbAfterPenalty: -1,
    relativeDates: azRelativeDates,
    partAfter: AZ_PART_AFTER,
    years: azYears,
  },
  equipment: {
    isTypeModifier: (lower) => AZ_TYPE_MODIFIERS.has(lower),
    inflectedHead: (lower) => azHead(lower)?.cls ?? null,
    phrases: 'suffixed-head',
    shipNames: false,
    nameKeepsHead: false,
  },
  orgs: {
    ...NO_ANALYSIS_CUES.orgs,
    headForms: AZ_ORG_FORMS,
    nameBases: azOrgNameBases,
    agencyNouns: AZ_AGENCY_NOUNS,
    quotedNameNouns: AZ_QUOTED_NAME_NOUNS,
    // "BMT Qaçqınlar üzrə Ali Komissarlığı": a postposition inside a name.
    nameConnectors: new Set(['və', 'üzrə']),
    reportingWords: new Set([...AZ_SPEECH_VERBS, ...AZ_REPORTING_NOUNS]),
    outletPhrases: AZ_OUTLET_PHRASES,
    bareHeads: AZ_BARE_HEAD_FORMS,
    groupHeads: AZ_GROUP_HEADS,
    pointingWords: AZ_POINTING_WORDS,
  },
  attribution: {
    ...NO_ANALYSIS_CUES.attribution,
    personPronouns: AZ_PERSON_PRONOUN_GENDERS,
    groupPronouns: AZ_GROUP_PRONOUNS,
    groupNouns: AZ_GROUP_NOUNS,
    personGender: (name) => azNameGender(name),
    possessivePronouns: AZ_POSSESSIVE_PRONOUNS,
    verbFinal: true,
    pluralNoun: /^[\p{Ll}]{2,}(?:lar|lər)$/u,
    pluralAdjective: /^[\p{Ll}]{3,}$/u,
    sourceAfter: AZ_SOURCE_AFTER,
    reportedNouns: AZ_REPORTED_NOUNS,
    conjunctions: AZ_CONJUNCTIONS,
    verbParts: new Set([...AZ_VERB_PARTS, ...AZ_MORE_VERB_PARTS]),
    // "– nazirlikdən bildirilib": no article, and the case ending comes off ("nazirlik" in "Nazirliyi").
    bareInstitutionNoun: (lower) => lower.replace(/(?:dən|dan|də|da)$/u, '').replace(/k$/u, ''),
    addressee: AZ_ADDRESSEE,
    nextSentence: AZ_NEXT_SENTENCE,
    speechParticiples: AZ_SPEECH_PARTICIPLES,
    droppedSubject: AZ_DROPPED_SUBJECT,
    subjectAdverbs: AZ_SUBJECT_ADVERBS,
    sourceModifier: /^\p{Ll}+(?:dakı|dəki|lı|li|lu|lü)$/u,
    groupPossessives: new Set(['onların']),
    sourceNouns: AZ_SOURCE_NOUNS,
    // "istəməyən", "açıqlamayan", "danışan": participles ending a clause about a group.
    groupClauseWord: /^\p{Ll}{3,}(?:[yn][aə]n|[^aıoueəiöü]an|[^aıoueəiöü]ən)$/u,
    dativeEnding: /^(?:y?[aə]|n[aə])$/u,
  },
};
