/** English month names, lower case, January first: the pack's calendar and the date readers share them. */
export const EN_MONTHS: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
