/**
 * Russian demonym adjective stems: a token is a demonym when it is the stem plus an adjective
 * ending ("российский", "российского", "российская").
 */
export const RU_DEMONYM_STEMS: Readonly<Record<string, readonly string[]>> = {
  RU: ['российск', 'русск'],
  UA: ['украинск'],
  AZ: ['азербайджанск'],
  AM: ['армянск'],
  GE: ['грузинск'],
  TR: ['турецк'],
  IR: ['иранск'],
  KZ: ['казахстанск', 'казахск'],
  UZ: ['узбекск'],
  BY: ['белорусск'],
  US: ['американск'],
  GB: ['британск'],
  FR: ['французск'],
  DE: ['немецк', 'германск'],
  CN: ['китайск'],
  IL: ['израильск'],
  PL: ['польск'],
  IT: ['итальянск'],
  JP: ['японск'],
  SY: ['сирийск'],
};

/** Russian adjective endings that may follow a demonym stem. */
export const RU_ADJECTIVE_ENDINGS: readonly string[] = [
  'ий', 'ый', 'ая', 'ое', 'ие', 'ые', 'ого', 'ому', 'ой', 'ую', 'ими', 'ыми', 'их', 'ых', 'им', 'ым', 'ом', 'ей',
];
