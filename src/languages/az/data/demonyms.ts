/** Azerbaijani demonyms (lower case, Azerbaijani casing rules). */
export const AZ_DEMONYMS: Readonly<Record<string, readonly string[]>> = {
  RU: ['rus', 'rusiyalı'],
  UA: ['ukraynalı'],
  AZ: ['azərbaycanlı'],
  AM: ['erməni'],
  GE: ['gürcü'],
  TR: ['türk'],
  IR: ['iranlı'],
  US: ['amerikalı'],
  GB: ['britaniyalı', 'ingilis'],
  FR: ['fransız'],
  DE: ['alman'],
  CN: ['çinli'],
};
