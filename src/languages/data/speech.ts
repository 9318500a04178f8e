/** Words the attribution, quote and date rules key on, per language. */

/** English speech verbs: a quote's speaker is the subject of one of these. */
export const EN_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'said', 'says', 'say', 'added', 'adds', 'told', 'tells', 'asserted', 'asserts', 'stated', 'states', 'noted',
  'notes', 'stressed', 'stresses', 'emphasized', 'emphasised', 'emphasizes', 'emphasises', 'underlined',
  'underscored', 'declared', 'declares', 'insisted', 'insists', 'claimed', 'argued', 'argues', 'explained',
  'explains', 'warned', 'warns', 'wrote', 'writes', 'announced', 'announces', 'commented', 'remarked',
  'recalled', 'continued', 'concluded', 'expressed', 'expresses', 'voiced', 'described', 'describes', 'denied',
  'urged', 'pledged', 'vowed', 'tweeted', 'posted', 'replied', 'responded', 'acknowledged', 'admitted',
  'confirmed', 'suggested', 'accused', 'demanded', 'complained', 'promised', 'observed', 'maintained',
  'reiterated', 'cautioned', 'predicted', 'conceded', 'called', 'calls', 'labelled', 'labeled', 'termed',
  'characterized', 'characterised', 'condemned', 'deplored', 'hailed', 'welcomed', 'quoted',
]);

/** Words that may stand between a subject and its speech verb ("Moscow has expressed"). */
export const EN_AUXILIARIES: ReadonlySet<string> = new Set([
  'has', 'have', 'had', 'will', 'would', 'also', 'further', 'later', 'then', 'previously', 'earlier', 'again',
  'was', 'is', 'reportedly', 'once', 'repeatedly', 'publicly', 'openly', 'strongly', 'firmly', 'already',
  'recently', 'separately', 'subsequently', 'itself', 'himself', 'herself', 'had',
]);

/** Verbs that mark a capital as its government ("Moscow warned", "Kyiv has accused"). */
export const EN_GOVERNMENT_VERBS: ReadonlySet<string> = new Set([
  ...EN_SPEECH_VERBS,
  'blamed', 'rejected', 'refused', 'threatened', 'hopes', 'hoped', 'wants', 'wanted', 'believes', 'believed',
  'considers', 'considered', 'agreed', 'agrees', 'intends', 'plans', 'planned', 'recognised', 'recognized',
  'expelled', 'recalled', 'summoned', 'protested', 'retaliated', 'sanctioned', 'imposed', 'demands', 'denies',
  'rejects', 'accuses', 'blames', 'sees', 'regards', 'responds', 'sought', 'seeks', 'offered', 'proposed',
  'apologised', 'apologized', 'regrets', 'regretted', 'attributed', 'attributes',
]);

/** Nouns a capital's possessive governs when the capital stands for its government ("Moscow’s position"). */
export const EN_POLICY_NOUNS: ReadonlySet<string> = new Set([
  'position', 'stance', 'response', 'decision', 'policy', 'demands', 'demand', 'claims', 'accusations',
  'refusal', 'reaction', 'proposal', 'offer', 'view', 'insistence', 'statement', 'protest',
]);

/** Nouns for a written statement: "the statement said" names the last-cited institution. */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'report', 'note', 'document', 'communiqué', 'communique', 'release', 'message', 'letter',
  'declaration', 'post', 'readout', 'notice', 'resolution',
  // ru, az
  'заявлении', 'заявление', 'сообщении', 'сообщение', 'bəyanat', 'bəyanatda', 'açıqlama', 'açıqlamada',
  'məlumatda', 'məlumatında', 'bəyanatında', 'hesabatda', 'hesabatında', 'müraciətdə',
  // "— говорится в документе / в письме / в релизе": the document, in the prepositional case.
  'документе', 'письме', 'докладе', 'отчёте', 'отчете', 'релизе', 'пресс-релизе', 'обращении', 'коммюнике',
  'sənəddə', 'məktubda',
]);

/** Nouns for an institution: "the ministry said" names the last-cited one of that kind. */
export const INSTITUTION_NOUNS: ReadonlySet<string> = new Set([
  'ministry', 'embassy', 'agency', 'government', 'office', 'department', 'service', 'committee', 'council',
  'kremlin', 'presidency', 'administration', 'mission', 'army', 'military', 'command', 'parliament', 'team',
  'delegation', 'operator', 'company', 'union',
  // az: "– nazirlikdən bildirilib" (said by the ministry), no article before it
  'nazirlik', 'nazirlikdən', 'nazirlikdə', 'səfirlik', 'səfirlikdən', 'hökumət', 'hökumətdən',
]);

/** Markers of a scare-quoted term: so-called “special military operation”. */
export const TERM_MARKERS: readonly string[] = [
  'so-called', 'so called', 'dubbed', 'termed', 'known as', 'called', 'labelled', 'labeled', 'branded',
  'the term', 'the word', 'the phrase', 'the slogan', 'the notion of', 'the concept of', 'self-styled',
  'self-proclaimed', 'what it calls', 'what they call',
  'так называемой', 'так называемая', 'так называемый', 'так называемое', 'так называемые', 'так называемых',
  'так называемую', 'так называемом', 'так называемого', 'так называемым', 'sözdə', 'adlandırılan', 'deyilən',
];

/** Markers written right after a scare-quoted term, in languages that put them there (“…” adlandırılan). */
export const TERM_MARKERS_AFTER: ReadonlySet<string> = new Set([
  'adlandırılan', 'deyilən', 'adlanan', 'adlandırdığı', 'adlandırdıqları',
]);

/** Nouns that introduce a nested quote as somebody's claim ("claims about the alleged ‘…’"). */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claims', 'claim', 'allegations', 'allegation', 'accusations', 'accusation', 'assertions', 'assertion',
  'suggestions', 'rumours', 'rumors', 'reports', 'statements', 'insinuations',
]);

/** Russian past-tense speech verbs (masculine; the other genders and the plural are derived). */
const RU_PAST_SPEECH = [
  'заявил', 'сказал', 'отметил', 'добавил', 'подчеркнул', 'сообщил', 'указал', 'пояснил', 'написал', 'выразил',
  'заверил', 'констатировал', 'призвал', 'уточнил', 'напомнил', 'признал', 'назвал', 'ответил', 'рассказал',
  'объяснил', 'заметил', 'подтвердил', 'предупредил', 'пообещал', 'обещал', 'прокомментировал', 'резюмировал',
  'парировал', 'возразил', 'посетовал', 'процитировал', 'отреагировал', 'говорил', 'рассказывал', 'сообщал',
  'отмечал', 'заявлял', 'подчёркивал', 'подчеркивал', 'указывал', 'писал', 'уверял', 'добавлял', 'утверждал',
  'настаивал', 'опроверг', 'охарактеризовал', 'оценил', 'допустил', 'пожаловался', 'признался', 'высказался',
  'заключил', 'продолжил', 'акцентировал', 'предположил', 'подытожил', 'пригрозил', 'усомнился', 'отрезал',
  'цитировал',
];

/** Russian speech verbs: past tense in every gender and the plural, present third person, impersonal. */
export const RU_SPEECH_VERBS: ReadonlySet<string> = new Set([
  ...RU_PAST_SPEECH.flatMap((v) =>
    v.endsWith('ся')
      ? [v, `${v.slice(0, -2)}ась`, `${v.slice(0, -2)}ось`, `${v.slice(0, -2)}ись`]
      : v.endsWith('л')
        ? [v, `${v}а`, `${v}о`, `${v}и`]
        : [v, `${v}ла`, `${v}ло`, `${v}ли`],
  ),
  ...['считает', 'говорит', 'заявляет', 'отмечает', 'подчёркивает', 'подчеркивает', 'сообщает', 'пишет',
    'уточняет', 'добавляет', 'поясняет', 'указывает', 'настаивает', 'утверждает', 'признаёт', 'признает',
    'напоминает', 'полагает', 'отвечает', 'уверяет', 'считают', 'говорят', 'заявляют', 'отмечают',
    // "«…», — цитирует Пескова «Интерфакс»": the person quoted is the speaker, not the outlet.
    'цитирует', 'цитируют',
    'сообщают', 'пишут', 'утверждают', 'полагают',
    // Features tell in the present: "— объясняет основатель компании", "— вспоминает она".
    'объясняет', 'рассказывает', 'вспоминает', 'замечает', 'продолжает', 'признаётся', 'признается',
    'возражает', 'предупреждает', 'жалуется', 'улыбается', 'смеётся', 'смеется'],
  ...['говорится', 'отмечается', 'подчёркивается', 'подчеркивается', 'сообщается', 'указывается',
    'утверждается', 'заявляется'],
]);

/** The vowel an Azerbaijani suffix takes after a stem (vowel harmony): ı, i, u or ü. */
function azHigh(stem: string): string {
  const last = Array.from(stem).reverse().find((c) => 'aıoueəiöü'.includes(c)) ?? 'ə';
  if ('aı'.includes(last)) return 'ı';
  if ('ou'.includes(last)) return 'u';
  if ('öü'.includes(last)) return 'ü';
  return 'i';
}

/**
 * An Azerbaijani verb stem's forms a speech report uses: perfect "-ib", past "-dı", present "-ır",
 * each with its plural ("bildirib", "bildiriblər", "bildirdi", "bildirir"). `soft` is the stem before
 * a vowel where it changes ("et" → "edib").
 */
function azVerbForms(stem: string, soft = stem): string[] {
  const v = azHigh(stem);
  const glide = /[aıoueəiöü]$/u.test(stem) ? 'y' : '';
  const pl = 'ıu'.includes(v) ? 'lar' : 'lər';
  const ib = `${soft}${glide}${v}b`;
  const di = `${stem}d${v}`;
  const ir = `${soft}${glide}${v}r`;
  // The conditional ("adlandırsa da", "desə də"): the speaker concedes, then the sentence turns.
  const sa = `${stem}s${'aıou'.includes(v) ? 'a' : 'ə'}`;
  return [ib, `${ib}${pl}`, di, `${di}${pl}`, ir, `${ir}${pl}`, sa];
}

/** Azerbaijani speech verbs (single words; a compound "qeyd edib" is matched by its last word). */
export const AZ_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'deyib', 'deyiblər', 'dedi', 'dedilər', 'deyir', 'deyirlər', 'qeyd', 'deyilir', 'deyilib', 'desə',
  // The light verb of a compound ("qeyd edib", "iddia edir"), in the perfect, past and present.
  'edib', 'etdi', 'edir', 'etsə',
  ...azVerbForms('bildir'),
  ...azVerbForms('vurğula'),
  ...azVerbForms('söylə'),
  ...azVerbForms('açıqla'),
  ...azVerbForms('yaz'),
  ...azVerbForms('xatırlat', 'xatırlad'),
  ...azVerbForms('çatdır'),
  ...azVerbForms('səsləndir'),
  ...azVerbForms('cavablandır'),
  ...azVerbForms('təsdiqlə'),
  ...azVerbForms('adlandır'),
  ...azVerbForms('səciyyələndir'),
  ...azVerbForms('dəyərləndir'),
  ...azVerbForms('qiymətləndir'),
  ...azVerbForms('adlandırıl'),
  ...azVerbForms('bildiril'),
  ...azVerbForms('vurğulan'),
  ...azVerbForms('söylən'),
]);

/** Russian and Azerbaijani words that only glue a quote to its attribution ("— заявил", "deyə", "“…” kimi"). */
export const ATTRIBUTION_GLUE: ReadonlySet<string> = new Set(['deyə', 'как', 'kimi']);

/** Nouns that name an event a bare time may belong to ("the strike, which occurred around 1 a.m."). */
export const EVENT_NOUNS: ReadonlySet<string> = new Set([
  'strike', 'attack', 'assault', 'meeting', 'talks', 'visit', 'summit', 'explosion', 'blast', 'shelling',
  'bombing', 'incident', 'crash', 'fire', 'clash', 'vote', 'election', 'ceremony', 'protest', 'raid',
  'operation', 'shooting', 'earthquake', 'flood', 'session', 'conference', 'negotiations', 'signing', 'launch',
  'drill', 'exercise', 'offensive', 'ceasefire', 'truce', 'call', 'conversation', 'interview', 'briefing',
  'hearing', 'trial', 'arrest', 'detention', 'release', 'exchange', 'accident', 'collision', 'storm',
]);

/** English words that put a clause in the future ("will meet on Monday"). */
export const EN_FUTURE_MARKERS: ReadonlySet<string> = new Set([
  'will', 'shall', "'ll", 'next', 'upcoming', 'coming', 'scheduled', 'due', 'plans', 'plan', 'planned',
  'expected', 'set', 'intends', 'tomorrow',
]);

/** Russian and Azerbaijani future markers (prefixes of words). */
export const RU_FUTURE_PREFIXES: readonly string[] = [
  'будет', 'будут', 'буду', 'состоится', 'состоятся', 'пройдет', 'пройдёт', 'планиру', 'намерен', 'предстоящ',
  'следующ', 'проведут', 'проведет', 'проведёт', 'завтра',
];
export const AZ_FUTURE_MARKERS: readonly string[] = ['növbəti', 'gələn', 'sabah'];
export const AZ_FUTURE_SUFFIXES: readonly string[] = ['acaq', 'əcək', 'acaqdır', 'əcəkdir', 'acaqlar', 'əcəklər'];

/** English participles that attribute a quote to the subject of their sentence ("…, calling it “…”"). */
export const EN_SPEECH_PARTICIPLES: ReadonlySet<string> = new Set([
  'calling', 'describing', 'saying', 'adding', 'noting', 'warning', 'stressing', 'insisting', 'terming', 'dubbing',
  'labelling', 'labeling', 'branding', 'arguing', 'declaring', 'urging', 'promising', 'vowing', 'accusing',
]);

/** Professions that speak for a side ("the prosecutor said"): only their own holder, never another role's. */
export const PROFESSION_ROLES: ReadonlySet<string> = new Set([
  'lawyer', 'attorney', 'prosecutor', 'judge', 'адвокат', 'прокурор', 'судья', 'защитник', 'vəkil', 'prokuror',
  'hakim', 'müdafiəçi',
]);

/**
 * Role nouns that, as the subject of a speech verb, refer back to the last person named with a role
 * ("the minister said", "подчеркнула дипломат", "bildirib nazir").
 */
export const ROLE_ANAPHORS: ReadonlySet<string> = new Set([
  'minister', 'diplomat', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'mayor',
  'premier', 'chancellor', 'дипломат', 'министр', 'посол', 'глава', 'губернатор',
  'представитель', 'спикер', 'замминистра', 'пресс-секретарь', 'мэр', 'nazir', 'səfir',
  // Experts are quoted by their profession after being named: "— отметила эксперт", "the analyst said".
  'эксперт', 'аналитик', 'политолог', 'экономист', 'expert', 'analyst', 'economist',
  ...PROFESSION_ROLES,
]);

/**
 * Nouns any person quoted may be called after being named ("the official said", "сказал гость",
 * "qonaq bildirib"): they stand for the person the sentence before was about.
 */
export const GENERIC_PERSONS: ReadonlySet<string> = new Set([
  'official', 'guest', 'visitor', 'чиновник', 'гость', 'собеседник', 'rəsmi', 'qonaq', 'həmsöhbət',
]);

/** Pronouns for an institution ("it said"). */
export const EN_INSTITUTION_PRONOUNS: ReadonlySet<string> = new Set(['it']);

/** Light words of an Azerbaijani compound speech verb ("əlavə edib", "qeyd edib"), skipped before the subject. */
export const AZ_VERB_PARTS: ReadonlySet<string> = new Set([
  'qeyd', 'əlavə', 'bəyan', 'elan', 'ifadə', 'təkzib', 'rədd', 'şərh', 'təsdiq', 'iddia',
]);

/** Russian adverbs that may stand between a subject and its verb ("Президент тогда ясно сказал"). */
export const RU_ADVERBS: ReadonlySet<string> = new Set([
  'тогда', 'ясно', 'также', 'вновь', 'ещё', 'еще', 'уже', 'прямо', 'открыто', 'неоднократно', 'однажды', 'тоже',
  'недавно', 'ранее', 'позднее', 'позже', 'затем', 'потом', 'прямо',
]);

/** First-person words: a nested quote introduced by "Our message is short: ‘…’" is the speaker's own. */
export const FIRST_PERSON: ReadonlySet<string> = new Set([
  'i', 'we', 'my', 'our', 'me', 'us', 'я', 'мы', 'наш', 'наша', 'наше', 'наши', 'мой', 'моя', 'mən', 'biz', 'bizim',
  'mənim',
]);

/** Pronouns for one person and the gender each tells ("she" → f); Azerbaijani "o" tells none. */
export const EN_PERSON_PRONOUN_GENDERS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['he', 'm'],
  ['she', 'f'],
]);
export const RU_PERSON_PRONOUN_GENDERS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['он', 'm'],
  ['она', 'f'],
]);
export const AZ_PERSON_PRONOUN_GENDERS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([['o', null]]);

/** Pronouns for a group ("they said" → the sources or officials named before). */
export const EN_GROUP_PRONOUNS: ReadonlySet<string> = new Set(['they']);
export const RU_GROUP_PRONOUNS: ReadonlySet<string> = new Set(['они']);
export const AZ_GROUP_PRONOUNS: ReadonlySet<string> = new Set(['onlar']);

/** Plural nouns for unnamed groups that speak ("diplomatic sources", "местные жители", "yerli sakinlər"). */
export const EN_GROUP_NOUNS: ReadonlySet<string> = new Set([
  'sources', 'officials', 'diplomats', 'analysts', 'experts', 'witnesses', 'residents', 'observers',
  'investigators', 'rescuers', 'lawmakers', 'critics', 'activists', 'protesters', 'protestors', 'authorities',
  'organisers', 'organizers', 'villagers', 'locals', 'survivors', 'doctors', 'medics', 'prosecutors',
  'negotiators', 'mediators', 'monitors', 'inspectors', 'participants', 'insiders', 'economists', 'traders',
  'researchers', 'scientists', 'campaigners', 'representatives', 'spokespeople', 'aides', 'commanders',
]);
export const RU_GROUP_NOUNS: ReadonlySet<string> = new Set([
  'источники', 'представители', 'эксперты', 'аналитики', 'жители', 'очевидцы', 'дипломаты', 'чиновники',
  'власти', 'депутаты', 'спасатели', 'военные', 'силовики', 'наблюдатели', 'организаторы', 'участники',
  'следователи', 'медики', 'врачи', 'собеседники', 'политологи', 'экономисты', 'переговорщики',
]);
export const AZ_GROUP_NOUNS: ReadonlySet<string> = new Set([
  'mənbələr', 'ekspertlər', 'sakinlər', 'şahidlər', 'rəsmilər', 'diplomatlar', 'analitiklər', 'təhlilçilər',
  'deputatlar', 'müşahidəçilər', 'nümayəndələr', 'iştirakçılar', 'həkimlər', 'xilasedicilər', 'politoloqlar',
  'iqtisadçılar', 'müstəntiqlər',
]);

/** Numbers and quantifiers written with a group of speakers ("Two industry sources", "два источника"). */
export const GROUP_QUANTIFIERS: ReadonlySet<string> = new Set([
  'two', 'three', 'four', 'five', 'six', 'several', 'many', 'some', 'два', 'две', 'три', 'четыре', 'пять',
  'несколько', 'многие', 'некоторые', 'iki', 'üç', 'dörd', 'beş', 'bəzi', 'neçə',
]);

/** Words before a quote's source ("according to Varga", "по словам Петрова", "со ссылкой на источник"). */
export const EN_SOURCE_BEFORE: readonly (readonly string[])[] = [
  ['according', 'to'],
  ['citing'],
  ['quoting'],
  ['in', 'the', 'words', 'of'],
];
export const RU_SOURCE_BEFORE: readonly (readonly string[])[] = [
  ['по', 'словам'],
  ['по', 'мнению'],
  ['по', 'оценке'],
  ['по', 'данным'],
  ['со', 'ссылкой', 'на'],
  ['ссылаясь', 'на'],
];
/** Words after a quote's source ("Bayramovun sözlərinə görə", "nazirliyə istinadən"). */
export const AZ_SOURCE_AFTER: readonly (readonly string[])[] = [
  ['sözlərinə', 'görə'],
  ['dediyinə', 'görə'],
  ['bildirdiyinə', 'görə'],
  ['məlumatına', 'görə'],
  ['açıqlamasına', 'görə'],
  ['fikrincə'],
  ['istinadən'],
  ['istinadla'],
];

/**
 * Nouns for someone's words: a quote right after one is its owner's ("rejected Holt's claim that
 * “…”", "отверг заявление Петрова о том, что «…»", "Bayramovun iddiasını … “…”").
 */
export const EN_REPORTED_NOUNS: ReadonlySet<string> = new Set([
  'claim', 'claims', 'assertion', 'assertions', 'allegation', 'allegations', 'accusation', 'accusations',
  'remark', 'remarks', 'words', 'comment', 'comments', 'warning', 'promise', 'pledge', 'suggestion',
  'insistence', 'argument', 'description', 'statement', 'threat', 'vow', 'boast', 'charge', 'forecast',
  'prediction', 'contention', 'view',
]);
export const RU_REPORTED_NOUNS: ReadonlySet<string> = new Set([
  'заявление', 'заявления', 'заявлению', 'заявлением', 'слова', 'словами', 'утверждение',
  'утверждения', 'утверждению', 'обвинение', 'обвинения', 'обещание', 'обещания', 'предупреждение',
  'высказывание', 'высказывания', 'реплику', 'реплика', 'тезис', 'тезисы', 'тезисе', 'заявлении', 'довод',
  'доводы', 'доводом', 'аргумент', 'аргументы', 'версию', 'версия', 'прогноз', 'прогнозы', 'прогнозу',
  'замечание', 'замечанием',
]);
export const AZ_REPORTED_NOUNS: ReadonlySet<string> = new Set([
  'iddia', 'iddiası', 'iddiasını', 'iddiaları', 'iddialarını', 'sözləri', 'sözlərini', 'bəyanatı',
  'bəyanatını', 'fikri', 'fikrini', 'ittihamı', 'ittihamlarını', 'açıqlaması', 'açıqlamasını', 'xəbərdarlığı',
  'xəbərdarlığını', 'vədi', 'vədini', 'proqnozu', 'proqnozunu', 'arqumenti', 'arqumentini', 'versiyasını',
]);

/** Conjunctions that carry the writer's sentence on after a quote ("…” and said"): never its attribution. */
export const EN_CONJUNCTIONS: ReadonlySet<string> = new Set(['and', 'but', 'or', 'while', 'yet']);
export const RU_CONJUNCTIONS: ReadonlySet<string> = new Set(['и', 'но', 'а', 'или', 'однако']);
export const AZ_CONJUNCTIONS: ReadonlySet<string> = new Set(['və', 'amma', 'lakin', 'ancaq', 'həm']);

/** Russian names: a woman's surname or first name by its ending ("Белова", "Ирина"), a man's likewise. */
export function ruNameGender(name: string): 'm' | 'f' | null {
  if (/(?:^|\s)(?:г-жа|госпожа)\s/u.test(name.toLowerCase())) return 'f';
  const words = name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (/(?:ова|ева|ёва|ина|ына|ская|цкая|ая)$/u.test(last)) return 'f';
  if (/(?:ов|ев|ёв|ин|ын|ский|цкий|ой|ый|ий)$/u.test(last)) return 'm';
  const first = words.length > 1 ? (words[0] ?? '') : '';
  if (first === '') return null;
  if (/(?:ья|ита|ома|ука|ьма)$/u.test(first)) return 'm';
  if (/[ая]$/u.test(first)) return 'f';
  return /[бвгджзклмнпрстфхцчшщй]$/u.test(first) ? 'm' : null;
}

/** Azerbaijani names: "-ova"/"-yeva", "qızı" for a woman; "-ov"/"-yev", "oğlu" for a man. */
export function azNameGender(name: string): 'm' | 'f' | null {
  const words = name.toLowerCase().split(/\s+/);
  const last = words[words.length - 1] ?? '';
  if (last === 'qızı' || /(?:ova|eva)$/u.test(last)) return 'f';
  if (last === 'oğlu' || /(?:ov|ev)$/u.test(last)) return 'm';
  return null;
}

/** The gender a Russian past-tense verb tells about its subject ("сказала" → f). */
export function ruVerbGender(lower: string): 'm' | 'f' | null {
  if (/ла(?:сь)?$/u.test(lower)) return 'f';
  if (/(?:л|лся)$/u.test(lower)) return 'm';
  return null;
}

/** English: a role or honorific that tells a gender ("spokeswoman", "Ms Pokorná"). */
export function enPersonGender(role: string | null, written: readonly string[]): 'm' | 'f' | null {
  const text = `${role ?? ''} ${written.join(' ')}`.toLowerCase();
  if (/(?:^|[^a-z])(?:ms|mrs|miss|madam|dame|queen|princess)\b|woman\b/u.test(text)) return 'f';
  if (/(?:^|[^a-z])(?:mr|sir|king|prince)\b|(?:spokes|chair|congress)man\b/u.test(text)) return 'm';
  return null;
}

/** Possessive pronouns owning someone's reported words ("her claim that", "её довод", "onun iddiası"). */
export const EN_POSSESSIVE_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['his', 'm'],
  ['her', 'f'],
]);
export const RU_POSSESSIVE_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([
  ['его', 'm'],
  ['её', 'f'],
  ['ее', 'f'],
]);
export const AZ_POSSESSIVE_PRONOUNS: ReadonlyMap<string, 'm' | 'f' | null> = new Map([['onun', null]]);
