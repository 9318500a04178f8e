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

export const EN_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['he', 'she']);

/** Nouns for a written statement: "the statement said" names the last-cited institution. */
export const STATEMENT_NOUNS: ReadonlySet<string> = new Set([
  'statement', 'report', 'note', 'document', 'communiqué', 'communique', 'release', 'message', 'letter',
  'declaration', 'post', 'readout', 'notice', 'resolution',
  // ru, az
  'заявлении', 'заявление', 'сообщении', 'сообщение', 'bəyanat', 'bəyanatda', 'açıqlama', 'açıqlamada',
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

/** Nouns that introduce a nested quote as somebody's claim ("claims about the alleged ‘…’"). */
export const CLAIM_NOUNS: ReadonlySet<string> = new Set([
  'claims', 'claim', 'allegations', 'allegation', 'accusations', 'accusation', 'assertions', 'assertion',
  'suggestions', 'rumours', 'rumors', 'reports', 'statements', 'insinuations',
]);

/** Russian speech verbs (past tense, all genders and plural). */
export const RU_SPEECH_VERBS: ReadonlySet<string> = new Set(
  [
    'заявил', 'сказал', 'отметил', 'добавил', 'подчеркнул', 'сообщил', 'указал', 'пояснил', 'написал',
    'выразил', 'заверил', 'констатировал', 'призвал', 'уточнил', 'напомнил', 'признал', 'считает', 'говорит',
  ].flatMap((v) => (v.endsWith('л') ? [v, `${v}а`, `${v}и`] : [v])).concat(['говорится']),
);

/** Azerbaijani speech verbs (single words; compound "qeyd edib" is matched by its last word). */
export const AZ_SPEECH_VERBS: ReadonlySet<string> = new Set([
  'bildirib', 'bildirdi', 'deyib', 'dedi', 'vurğulayıb', 'vurğuladı', 'söyləyib', 'söylədi', 'açıqlayıb',
  'açıqladı', 'qeyd', 'edib', 'etdi', 'deyilir', 'deyilib', 'yazıb', 'yazdı', 'bildirilib', 'bildirilir',
]);

/** Russian and Azerbaijani words that only glue a quote to its attribution ("— заявил", "deyə"). */
export const ATTRIBUTION_GLUE: ReadonlySet<string> = new Set(['deyə', 'как']);

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

/**
 * Role nouns that, as the subject of a speech verb, refer back to the last person named with a role
 * ("the minister said", "подчеркнула дипломат", "bildirib nazir").
 */
export const ROLE_ANAPHORS: ReadonlySet<string> = new Set([
  'minister', 'diplomat', 'ambassador', 'envoy', 'spokesman', 'spokeswoman', 'spokesperson', 'governor', 'mayor',
  'premier', 'chancellor', 'дипломат', 'министр', 'посол', 'глава', 'губернатор',
  'представитель', 'спикер', 'замминистра', 'пресс-секретарь', 'мэр', 'nazir', 'səfir',
]);

/** Pronouns for an institution ("it said") and, in Azerbaijani, for a person ("o əlavə edib"). */
export const EN_INSTITUTION_PRONOUNS: ReadonlySet<string> = new Set(['it']);
export const AZ_PERSON_PRONOUNS: ReadonlySet<string> = new Set(['o']);

/** Light words of an Azerbaijani compound speech verb ("əlavə edib", "qeyd edib"), skipped before the subject. */
export const AZ_VERB_PARTS: ReadonlySet<string> = new Set(['qeyd', 'əlavə', 'bəyan', 'elan', 'ifadə']);

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
