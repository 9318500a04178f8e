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

/** Honorifics that introduce a surname ("Mr Keller"). */
export const EN_HONORIFICS: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'prof', 'sir', 'dame']);

/** Russian role heads (lower case), e.g. "министр иностранных дел России Сергей Лавров". */
export const RU_ROLE_TITLES: ReadonlySet<string> = new Set([
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
  'köməkçi', 'katib', 'komandan', 'direktor', 'deputat', 'kansler', 'baş nazir',
];

/** Russian words that may open a role before its head ("официальный представитель", "первый заместитель"). */
export const RU_ROLE_MODIFIERS: ReadonlySet<string> = new Set([
  'официальный', 'официальная', 'официального', 'официальной', 'первый', 'первая', 'первого', 'первой', 'бывший',
  'бывшая', 'бывшего', 'бывшей', 'временно', 'исполняющий', 'специальный', 'специальная', 'специального',
  'постоянный', 'постоянная', 'постоянного', 'чрезвычайный', 'полномочный', 'генеральный', 'генерального',
  'верховный', 'верховного', 'главный', 'главного', 'новый', 'новая', 'нового',
]);
