import type { AnalysisCues } from '../analysis-cues.ts';
import { NO_ANALYSIS_CUES } from '../analysis-cues.ts';
import { EN_HONORIFICS, EN_ROLE_MODIFIERS, EN_ROLE_TITLES } from '../data/roles.ts';
import { EN_CANONICAL, EN_DEMONYMS } from './data/places.ts';
import {
  EN_FEATURE_AFTER,
  EN_FEATURE_BEFORE,
  EN_OBJECT_VERBS,
  EN_REGION_AFTER,
  EN_SETTLEMENT_BEFORE,
} from './data/place-cues.ts';
import { EN_TYPE_MODIFIER_SHAPE, EN_TYPE_MODIFIERS } from '../data/equipment.ts';
import { EN_INSTITUTION_PRONOUNS, EN_SPEECH_PARTICIPLES, EN_SPEECH_VERBS } from '../data/speech.ts';
import { enRelativeDates, enYears } from './dates.ts';

/** English: names do not decline; roles take their complements after a preposition. */
export const enAnalysis: AnalysisCues = {
  ...NO_ANALYSIS_CUES,
  englishLexicon: true,
  names: {
    ...NO_ANALYSIS_CUES.names,
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
      coastWords: new Set(['coast', 'coastline', 'shore']),
    },
  },
  dates: {
    ...NO_ANALYSIS_CUES.dates,
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
  },
  orgs: { ...NO_ANALYSIS_CUES.orgs, agencyNouns: new Set(['agency']), nameConnectors: new Set(['and', '&']) },
  attribution: {
    ...NO_ANALYSIS_CUES.attribution,
    institutionPronouns: EN_INSTITUTION_PRONOUNS,
    speechParticiples: EN_SPEECH_PARTICIPLES,
  },
};
