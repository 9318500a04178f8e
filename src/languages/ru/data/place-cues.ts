/** Russian words around a place name: settlements, region nouns, finite verbs. */
export const RU_SETTLEMENT =
  /^(?:село|селе|села|селом|сёл|сел|посёлок|поселок|посёлке|поселке|посёлка|поселка|деревня|деревне|деревни|станица|станице|станицы|пгт|хутор|хуторе|хутора|город|городе|города|городом|город-порт|порт|порту|порта)$/u;
/** Russian region nouns and the gender of their adjective. */
export const RU_REGION_NOUNS: Record<string, { nom: string; gender: 'f' | 'm' }> = {
  область: { nom: 'область', gender: 'f' },
  области: { nom: 'область', gender: 'f' },
  областью: { nom: 'область', gender: 'f' },
  район: { nom: 'район', gender: 'm' },
  района: { nom: 'район', gender: 'm' },
  районе: { nom: 'район', gender: 'm' },
  району: { nom: 'район', gender: 'm' },
  районом: { nom: 'район', gender: 'm' },
  округ: { nom: 'округ', gender: 'm' },
  округа: { nom: 'округ', gender: 'm' },
  округе: { nom: 'округ', gender: 'm' },
  округу: { nom: 'округ', gender: 'm' },
  округом: { nom: 'округ', gender: 'm' },
  край: { nom: 'край', gender: 'm' },
  края: { nom: 'край', gender: 'm' },
  крае: { nom: 'край', gender: 'm' },
  краю: { nom: 'край', gender: 'm' },
  краем: { nom: 'край', gender: 'm' },
  // Bays and gulfs named by an adjective ("Цемесской бухте" → "Цемесская бухта").
  бухта: { nom: 'бухта', gender: 'f' },
  бухты: { nom: 'бухта', gender: 'f' },
  бухте: { nom: 'бухта', gender: 'f' },
  бухту: { nom: 'бухта', gender: 'f' },
  бухтой: { nom: 'бухта', gender: 'f' },
  залив: { nom: 'залив', gender: 'm' },
  залива: { nom: 'залив', gender: 'm' },
  заливе: { nom: 'залив', gender: 'm' },
  заливу: { nom: 'залив', gender: 'm' },
  заливом: { nom: 'залив', gender: 'm' },
};
export const RU_ADJ_ENDING = /(ая|ой|ую|ий|ый|ого|ому|им|ым|ом)$/u;

/** A Russian finite verb, by its ending ("проведут", "поддерживает", "заявила"). */
export const RU_FINITE = /(?:ет|ит|ют|ят|ут|ат|ал|ала|али|ил|ила|или|ел|ела|ели|ся|лась|лись|ёт)$/u;

