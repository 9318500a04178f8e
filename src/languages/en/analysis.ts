import type { AnalysisCues } from '../analysis-cues.ts';
import { NO_ANALYSIS_CUES } from '../analysis-cues.ts';
import { EN_HONORIFICS, EN_ROLE_MODIFIERS, EN_ROLE_TITLES } from '../data/roles.ts';
import { EN_CANONICAL, EN_DEMONYMS } from './data/places.ts';
import { EN_COMPLEMENTIZERS, EN_RELATIVE_PRONOUNS, EN_SOURCE_NOUNS } from './data/speech.ts';
import {
  EN_FEATURE_AFTER,
  EN_FEATURE_BEFORE,
  EN_OBJECT_VERBS,
  EN_REGION_AFTER,
  EN_SETTLEMENT_BEFORE,
} from './data/place-cues.ts';
import { EN_TYPE_MODIFIER_SHAPE, EN_TYPE_MODIFIERS } from '../data/equipment.ts';
import {
  EN_CONJUNCTIONS,
  EN_GROUP_NOUNS,
  EN_GROUP_PRONOUNS,
  EN_INSTITUTION_PRONOUNS,
  EN_PERSON_PRONOUN_GENDERS,
  EN_POSSESSIVE_PRONOUNS,
  enPersonGender,
  EN_REPORTED_NOUNS,
  EN_SOURCE_BEFORE,
  EN_SPEECH_PARTICIPLES,
  EN_SPEECH_VERBS,
} from '../data/speech.ts';
import { enRelativeDates, enYears, EN_LIVE_UPDATED } from './dates.ts';
import { EN_BUSINESS_OBJECTS, EN_BUSINESS_VERBS, EN_DESCRIPTION_NOUNS } from './data/orgs.ts';
import { EN_FAMILY_FIRST_NAMES, EN_FIRST_NAMES, EN_SURNAME_SHAPE } from './data/names.ts';

/** Nouns after a region that name a part of it ("the Caspian coast"). */
const EN_REGION_PARTS: ReadonlySet<string> = new Set(['coast', 'coastline', 'shore']);
/** English: names do not decline; roles take their complements after a preposition. */
export const enAnalysis: AnalysisCues = {
  ...NO_ANALYSIS_CUES,
  englishLexicon: true,
  names: {
    ...NO_ANALYSIS_CUES.names,
    firstNames: EN_FIRST_NAMES,
    familyFirstNames: EN_FAMILY_FIRST_NAMES,
    surnameShape: EN_SURNAME_SHAPE,
    placeFirstNames: new Set([
      'Jordan',
      'Georgia',
      'Sofia',
      'Florence',
      'Victoria',
      'Paris',
      'Austin',
      'Lincoln',
      'Chelsea',
      'Madison',
      'Dallas',
      'Sydney',
      'Savannah',
      'Charlotte',
      'Virginia',
      'Carolina',
      'Adelaide',
      'Alexandria',
      'Orlando',
      'Houston',
      'Israel',
      'India',
      'Kenya',
      'Regina',
      'Eugene',
      'Lorraine',
      'Denver',
      'Phoenix',
      'Aurora',
    ]),
  },
  speechVerbs: EN_SPEECH_VERBS,
  roles: {
    ...NO_ANALYSIS_CUES.roles,
    titles: EN_ROLE_TITLES,
    titleStems: [],
    modifiers: EN_ROLE_MODIFIERS,
    honorifics: EN_HONORIFICS,
    complements: 'preposition-after',
  },
  places: {
    canonicalCountries: EN_CANONICAL,
    countryNameFromList: 'last',
    // Jersey, U.S. Minor Outlying Islands, Antarctica: mostly something else in news text.
    skipCountries: new Set(['JE', 'UM', 'AQ']),
    aliases: 'alt',
    nameForms: null,
    stemKey: null,
    demonyms: EN_DEMONYMS,
    demonymForms: (d) => (/(sh|ch|ese|ss)$/.test(d) ? [d] : [d, `${d}s`]),
    demonymsCapitalised: true,
    inflectedPlace: null,
    cues: {
      ...NO_ANALYSIS_CUES.places.cues,
      objectVerbs: EN_OBJECT_VERBS,
      notAfter: new Set(['with']),
      settlementBefore: EN_SETTLEMENT_BEFORE,
      regionAfter: EN_REGION_AFTER,
      featureBefore: EN_FEATURE_BEFORE,
      featureAfter: EN_FEATURE_AFTER,
      regionPart: (lower) => (EN_REGION_PARTS.has(lower) ? lower : null),
      surnameAfter: /\p{Ll}(?:ov|ev|ova|eva|ina|yan|zade|dze|shvili|enko|ski|sky|ska)$/u,
    },
  },
  dates: {
    ...NO_ANALYSIS_CUES.dates,
    liveUpdated: EN_LIVE_UPDATED,
    verbAfterPenalty: 2,
    presentIsWeak: true,
    vaguePeriods: true,
    lowerCaseMonthIsWord: true,
    relativeDates: enRelativeDates,
    years: enYears,
  },
  equipment: {
    isTypeModifier: (lower) => EN_TYPE_MODIFIERS.has(lower) || EN_TYPE_MODIFIER_SHAPE.test(lower),
    inflectedHead: () => null,
    phrases: 'modifiers-head',
    shipNames: true,
    nameKeepsHead: true,
  },
  orgs: {
    ...NO_ANALYSIS_CUES.orgs,
    // Outlets beside their noun: "the business daily Delovoy Vestnik", "the state news agency TDH".
    agencyNouns: new Set([
      'agency',
      'daily',
      'newspaper',
      'weekly',
      'portal',
      'website',
      'magazine',
      'broadcaster',
    ]),
    outletVerbsAfter: new Set(['reports', 'reported', 'writes', 'wrote']),
    nameConnectors: new Set(['and', '&']),
    descriptionNouns: EN_DESCRIPTION_NOUNS,
    businessVerbs: EN_BUSINESS_VERBS,
    businessObjects: EN_BUSINESS_OBJECTS,
  },
  attribution: {
    ...NO_ANALYSIS_CUES.attribution,
    personPronouns: EN_PERSON_PRONOUN_GENDERS,
    personGender: (_name, role, written) => enPersonGender(role, written),
    possessivePronouns: EN_POSSESSIVE_PRONOUNS,
    groupPronouns: EN_GROUP_PRONOUNS,
    groupNouns: EN_GROUP_NOUNS,
    sourceBefore: EN_SOURCE_BEFORE,
    reportedNouns: EN_REPORTED_NOUNS,
    conjunctions: EN_CONJUNCTIONS,
    institutionPronouns: EN_INSTITUTION_PRONOUNS,
    speechParticiples: EN_SPEECH_PARTICIPLES,
    complementizers: EN_COMPLEMENTIZERS,
    relativePronouns: EN_RELATIVE_PRONOUNS,
    groupPossessives: new Set(['their']),
    // "two sources in the federation": where an unnamed group is, written after it.
    groupPlacePrepositions: new Set(['in', 'at', 'within', 'inside']),
    sourceNouns: EN_SOURCE_NOUNS,
    pluralNoun: /^[a-z]{3,}[^s'’]s$/u,
  },
};
