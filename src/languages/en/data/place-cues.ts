/** English words around a place name: verbs taking a capital as object, and settlement/region/feature nouns. */
/** Verbs whose object, when a capital, is its government ("urged Moscow", "asked Tbilisi"). */
export const EN_OBJECT_VERBS = new Set([
  'urged',
  'urges',
  'asked',
  'asks',
  'accused',
  'accuses',
  'warned',
  'warns',
  'told',
  'criticised',
  'criticized',
  'blamed',
  'blames',
  'pressed',
  'thanked',
  'condemned',
  'informed',
  'notified',
  'called',
  'called on',
  'lobbied',
  'persuaded',
  'reassured',
]);


export const EN_SETTLEMENT_BEFORE = new Set(['village', 'town', 'city', 'settlement', 'port', 'hamlet']);
export const EN_REGION_AFTER = new Set(['province', 'region', 'district', 'oblast', 'governorate', 'municipality']);
export const EN_FEATURE_BEFORE = new Set(['gulf', 'sea', 'bay', 'strait', 'straits']);
export const EN_FEATURE_AFTER = new Set(['sea', 'gulf', 'strait', 'river', 'bay', 'lake', 'mountains']);

