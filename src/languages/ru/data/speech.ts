/** Russian words for speech that the shared lists (languages/data/speech.ts) do not hold. */

/**
 * Nouns for words in the instrumental, which make them the subject's own: "ограничился замечанием,
 * что …", "выступил с заявлением", "поделился мнением". With no owner after them, the sentence's
 * subject said the quote.
 */
export const RU_OWN_WORDS_NOUNS: ReadonlySet<string> = new Set([
  'замечанием',
  'заявлением',
  'словами',
  'репликой',
  'комментарием',
  'оговоркой',
  'мнением',
  'предупреждением',
  'обещанием',
]);
export const RU_COMPLEMENTIZERS: ReadonlySet<string> = new Set(['что']);
export const RU_RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['который', 'которая', 'которые']);
/** Adverbial participles of speech ("— сказал Кольцов, добавив, что «…»"): their sentence's subject spoke. */
export const RU_SPEECH_PARTICIPLES: ReadonlySet<string> = new Set([
  'добавив',
  'отметив',
  'подчеркнув',
  'назвав',
  'заявив',
  'пояснив',
  'уточнив',
  'напомнив',
  'указав',
  'охарактеризовав',
]);

/** Words opening the sentence after a quote that attribute it ("«…». Об этом заявил …"). */
export const RU_NEXT_SENTENCE: readonly (readonly string[])[] = [
  ['об', 'этом'],
  ['о', 'этом'],
  ['такое', 'заявление'],
  ['такое', 'мнение'],
  ['такую', 'оценку'],
];

/** One unnamed source ("источник в правительстве", "собеседник агентства"). */
export const RU_SOURCE_NOUNS: ReadonlySet<string> = new Set(['источник', 'собеседник', 'представитель']);
