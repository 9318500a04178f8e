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
