/** Azerbaijani month and weekday names for the custom date parser (lower case, Azerbaijani casing). */
export const AZ_MONTHS: readonly string[] = [
  'yanvar', 'fevral', 'mart', 'aprel', 'may', 'iyun', 'iyul', 'avqust', 'sentyabr', 'oktyabr', 'noyabr', 'dekabr',
];

/** Weekday names with their number (0 = Sunday). Two-word names first so they win. */
export const AZ_WEEKDAYS: readonly { name: string; weekday: number; needsGunu: boolean }[] = [
  { name: 'bazar ertəsi', weekday: 1, needsGunu: false },
  { name: 'çərşənbə axşamı', weekday: 2, needsGunu: false },
  { name: 'cümə axşamı', weekday: 4, needsGunu: false },
  { name: 'çərşənbə', weekday: 3, needsGunu: true },
  { name: 'cümə', weekday: 5, needsGunu: true },
  { name: 'şənbə', weekday: 6, needsGunu: true },
  { name: 'bazar', weekday: 0, needsGunu: true },
];

/** The weekday names by number, from Sunday. */
export const AZ_WEEKDAY_NAMES: readonly string[] = [...AZ_WEEKDAYS]
  .sort((a, b) => a.weekday - b.weekday)
  .map((w) => w.name);
