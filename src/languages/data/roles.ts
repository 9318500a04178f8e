/** Role titles and the words that may modify them, for "Russian Deputy Foreign Minister Mikhail Galuzin". */

/** English role heads (lower case). A role phrase ends with one of these. */
export const EN_ROLE_TITLES: ReadonlySet<string> = new Set([
  'minister', 'ambassador', 'president', 'vice-president', 'premier', 'chancellor', 'secretary',
  'secretary-general', 'spokesman', 'spokeswoman', 'spokesperson', 'envoy', 'representative', 'governor',
  'mayor', 'senator', 'congressman', 'congresswoman', 'lawmaker', 'mp', 'chairman', 'chairwoman', 'chair',
  'chairperson', 'speaker', 'director', 'director-general', 'commander', 'commander-in-chief', 'general',
  'colonel', 'king', 'queen', 'prince', 'princess', 'pope', 'patriarch', 'adviser', 'advisor', 'aide', 'head',
  'chief', 'leader', 'prosecutor', 'prosecutor-general', 'judge', 'ombudsman', 'ombudsperson', 'consul',
  'consul-general', 'counsellor', 'counselor', 'attaché', 'emir', 'sheikh', 'sultan', 'ayatollah', 'ceo',
  'commissioner', 'administrator', 'coordinator', 'deputy', 'lieutenant', 'sergeant', 'captain', 'admiral',
  'marshal', 'major', 'colonel-general', 'lieutenant-general', 'major-general', 'rector', 'bishop', 'mufti',
  'counterpart', 'economist', 'analyst', 'expert', 'researcher', 'professor', 'lawyer', 'attorney', 'executive',
  'engineer', 'diplomat', 'negotiator', 'founder', 'ceo', 'cfo', 'commentator',
]);

/** English words that may precede a role head inside the role ("Deputy Foreign", "Prime"). */
export const EN_ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'deputy', 'vice', 'acting', 'first', 'prime', 'foreign', 'defense', 'defence', 'interior', 'finance',
  'economy', 'economic', 'justice', 'health', 'energy', 'education', 'culture', 'emergency', 'emergencies',
  'situations', 'agriculture', 'trade', 'transport', 'digital', 'development', 'chief', 'senior', 'former',
  'special', 'permanent', 'presidential', 'state', 'executive', 'general', 'assistant', 'press', 'lieutenant',
  'major', 'supreme', 'top', 'interim', 'national', 'security', 'military', 'navy', 'army', 'affairs',
  'internal', 'home', 'labor', 'labour', 'environment', 'ecology', 'sports', 'youth', 'information',
  'intelligence', 'parliamentary', 'party', 'opposition', 'regional', 'district', 'federal', 'ministry',
  'foreign-policy', 'policy', 'second', 'third', 'ex', 'outgoing', 'incoming', 'newly', 'appointed', 'elected',
]);

/** Russian role heads in the nominative, declined below ("заместителя", "коллегой"). */
const RU_TITLE_BASES = `министр посол президент премьер-министр заместитель пресс-секретарь представитель спикер советник
  генсек секретарь председатель губернатор мэр директор руководитель помощник депутат сенатор канцлер премьер
  глава коллега эксперт аналитик экономист политолог адвокат защитник прокурор судья капитан командир водитель
  консультант дипломат вице-президент вице-премьер вице-министр начальник контр-адмирал вице-адмирал адмирал генерал полковник
  генерал-лейтенант генерал-майор атташе замминистра замглавы
  спецпредставитель спецпосланник посланник постпред постпредставитель генконсул консул гендиректор генпрокурор
  главком вице-спикер вице-губернатор вице-мэр вице-канцлер зампред сопредседатель омбудсмен лидер основатель
  владелец совладелец член замдиректора ректор профессор исследователь сотрудник корреспондент журналист
  редактор главред специалист комендант муфтий патриарх митрополит эмир шейх король принц госсекретарь
  координатор наблюдатель уполномоченный управляющий главнокомандующий`.split(/\s+/);

/** The nominative, genitive, dative and instrumental of a role noun (never the prepositional: "посол" → "после"). */
function ruTitleForms(word: string): string[] {
  if (/(?:е|замминистра|замглавы|замдиректора)$/.test(word)) return [word];
  // Adjectives used as nouns: "уполномоченный", "управляющий".
  const adj = /^(.*)(ый|ий)$/.exec(word);
  if (adj && word.length > 7) {
    const stem = adj[1] ?? '';
    const soft = adj[2] === 'ий' && /[жшчщ]$/.test(stem);
    return [word, `${stem}${soft ? 'его' : 'ого'}`, `${stem}${soft ? 'ему' : 'ому'}`, `${stem}${soft || adj[2] === 'ий' ? 'им' : 'ым'}`];
  }
  // A fleeting vowel: "владелец" → "владельца".
  if (word.endsWith('ец') && word.length > 5) {
    const stem = `${word.slice(0, -2)}ьц`;
    return [word, ...['а', 'у', 'ем'].map((e) => stem + e)];
  }
  if (word.endsWith('ь')) return [word, ...['я', 'ю', 'ем'].map((e) => word.slice(0, -1) + e)];
  if (word.endsWith('я')) return [word, ...['и', 'ю', 'ей'].map((e) => word.slice(0, -1) + e)];
  if (word.endsWith('а')) {
    const stem = word.slice(0, -1);
    return [word, `${stem}${/[гкх]$/.test(stem) ? 'и' : 'ы'}`, `${stem}е`, `${stem}у`, `${stem}ой`];
  }
  return [word, `${word}а`, `${word}у`, `${word}ом`];
}

/** Honorifics that introduce a surname ("Mr Keller"). */
export const EN_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame']);

/** Russian role heads (lower case), e.g. "министр иностранных дел России Сергей Лавров". */
export const RU_ROLE_TITLES: ReadonlySet<string> = new Set([
  ...RU_TITLE_BASES.flatMap(ruTitleForms),
  'командующий', 'командующего', 'командующему', 'командующим', 'курирующий',
  'министр', 'министра', 'посол', 'посла', 'президент', 'президента', 'премьер-министр', 'заместитель',
  'замминистра', 'глава', 'главы', 'пресс-секретарь', 'представитель', 'спикер', 'советник', 'генсек',
  'секретарь', 'председатель', 'губернатор', 'мэр', 'командующий', 'директор', 'руководитель', 'помощник',
  'депутат', 'сенатор', 'канцлер', 'премьер',
  // in other cases ("встреча с послом …", "заместителю министра …"); never "после", which is also "after"
  'послом', 'послу', 'министром', 'министру', 'президентом', 'президенту', 'главой', 'главе',
  'заместителя', 'заместителем', 'заместителю', 'представителя', 'представителем', 'председателя',
  'председателем', 'помощника', 'советника',
]);

/** Azerbaijani role heads as stems (lower case): "naziri", "səfiri", "müavini". */
export const AZ_ROLE_STEMS: readonly string[] = [
  'nazir', 'səfir', 'prezident', 'müavin', 'sözçü', 'başçı', 'rəhbər', 'sədr', 'nümayəndə', 'spiker',
  'köməkçi', 'katib', 'komandan', 'direktor', 'deputat', 'kansler', 'baş nazir', 'vitse-prezident', 'politoloq',
  'iqtisadçı', 'ekspert', 'hakim', 'prokuror', 'vəkil', 'kapitan', 'müşavir', 'rəis', 'həmkar', 'diplomat',
  'müdafiəçi', 'general', 'marşal', 'analitik',
];

/** Russian honorifics before a surname ("господин Ливанов"). */
export const RU_HONORIFICS: ReadonlySet<string> = new Set([
  'господин', 'госпожа', 'господина', 'госпожи', 'господину', 'госпоже', 'господином', 'госпожой', 'г-н', 'г-жа',
]);

/** Russian words that may open a role before its head ("официальный представитель", "первый заместитель"). */
export const RU_ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'официальный', 'официальная', 'официального', 'официальной', 'первый', 'первая', 'первого', 'первой', 'бывший',
  'бывшая', 'бывшего', 'бывшей', 'временно', 'исполняющий', 'специальный', 'специальная', 'специального',
  'постоянный', 'постоянная', 'постоянного', 'чрезвычайный', 'полномочный', 'генеральный', 'генерального',
  'верховный', 'верховного', 'главный', 'главного', 'новый', 'новая', 'нового',
]);
