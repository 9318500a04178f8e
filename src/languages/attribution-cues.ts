/**
 * The words and rules that find who said a quotation (src/analysis/attribution*.ts), per language:
 * part of AnalysisCues (analysis-cues.ts), kept apart because speakers are their own stage.
 */
/** A person's grammatical gender, as pronouns and name forms tell it. */
export type Gender = 'm' | 'f';

export interface AttributionCues {
  /** Pronouns for one person and the gender each tells ("she" → f, "o" → either): the last such person. */
  personPronouns: ReadonlyMap<string, Gender | null>;
  /** Pronouns for a group ("they", "они"): the last group of speakers named ("diplomatic sources"). */
  groupPronouns: ReadonlySet<string>;
  /** Plural nouns naming an unnamed group of speakers ("sources", "жители"): a "they" refers to them. */
  groupNouns: ReadonlySet<string>;
  /**
   * A person's gender as their name's form ("Белова"), role ("spokeswoman") or honorific ("Ms")
   * tells it, or null where none does.
   */
  personGender(name: string, role: string | null, written: readonly string[]): Gender | null;
  /** Possessive pronouns owning reported words ("her claim that", "её довод"), with their gender. */
  possessivePronouns: ReadonlyMap<string, Gender | null>;
  /**
   * The verb closes its clause: no subject follows it, and words may stand between the subject
   * and the verb ("Kapanadze jurnalistlərə açıqlamasında bildirib"), so the subject is the first unit.
   */
  verbFinal: boolean;
  /** The gender a speech verb tells about its subject ("сказала" → f), or null. */
  verbGender(lower: string): Gender | null;
  /** Words before a quote's source ("according to", "по словам"): the source is who said it. */
  sourceBefore: readonly (readonly string[])[];
  /** Words after a quote's source ("sözlərinə görə"), for languages that put them after. */
  sourceAfter: readonly (readonly string[])[];
  /** Nouns for someone's words: a quote after "Holt's claim that" is Holt's, not the sentence subject's. */
  reportedNouns: ReadonlySet<string>;
  /** Conjunctions that carry the writer's sentence on after a quote ("…” and said"): not an attribution. */
  conjunctions: ReadonlySet<string>;
  /** Pronouns for an institution ("it said"). */
  institutionPronouns: ReadonlySet<string>;
  /** Participles that attribute a quote to their sentence's subject ("…, calling it “…”"). */
  speechParticiples: ReadonlySet<string>;
  /** Light words of a compound speech verb, skipped before the subject ("qeyd", "əlavə"). */
  verbParts: ReadonlySet<string>;
  /** Adverbs between a subject and its verb, trimmed off the subject ("тогда", "ясно"). */
  subjectAdverbs: ReadonlySet<string>;
  /**
   * Institution nouns stand without a determiner and carry case endings ("nazirlikdən"): the
   * noun as it names the institution, or null in languages where they need "the".
   */
  bareInstitutionNoun: ((lower: string) => string) | null;
  /** After an inverted verb the subject may come several words later ("написала … глава … Воронина"). */
  lateSubject: boolean;
  /**
   * Why: a noun for words in a form that makes them the subject's own ("ограничился замечанием,
   * что «…»", "выступил с заявлением"): with no owner written, the quote is the sentence subject's.
   */
  ownWordsNouns?: ReadonlySet<string>;
  /**
   * Why: unnamed sources are named with where they are ("источники в отрасли", "источник в штабе
   * флотилии"): prepositions whose phrase after a group noun belongs to the group's name.
   */
  groupPlacePrepositions?: ReadonlySet<string>;
  /**
   * Why: verbs of citing take the speaker as their object and the outlet as subject ("«…», —
   * цитирует его ТАСС"): a pronoun right after them is the person cited.
   */
  citingVerbs?: ReadonlySet<string>;
  /**
   * Why: before a final verb the speaker comes first and whom they told or where after it
   * ("nazirlikdən APA-ya bildirilib", "onlar Qafqaz Ekspress-ə açıqlamalarında"); a word (as
   * written, or lower case) that starts that part. Matches nothing where verbs come early.
   */
  addressee: RegExp;
  /**
   * Why: the attribution may follow in the next sentence, opened by words pointing back at the
   * quote ("“…”. Bu barədə APA-ya … Ramil Zeynalov deyib."); those words, lower case.
   */
  nextSentence: readonly (readonly string[])[];
  // Speaker cues (speakers helper; the language's speech.ts fills them).
  /**
   * Why: reported words may be far from their quote, the clause of their content opened by a
   * word ("the claim by X, …, that “…”", "заявление X о том, что «…»"); those words.
   */
  complementizers?: ReadonlySet<string>;
  /** Why: "X, who called it “…”", "X, которая назвала …": the pronoun stands for the name before it. */
  relativePronouns?: ReadonlySet<string>;
  /**
   * Why: where the subject may be dropped ("“…”, - deyə bildirib"), a speech verb with no subject
   * was said by the last person spoken of; not a passive ("bildirilib") and not when the words
   * before the verb are its object clause ("… olduğunu qeyd edib").
   */
  droppedSubject?: { passive: RegExp; objectClause: RegExp };
  /**
   * Why: "adını açıqlamayan hərbi mənbələr": a participle closing a clause about a group before
   * its noun is no part of the group as written ("hərbi mənbələr").
   */
  groupClauseWord?: RegExp;
  /** Why: one unnamed source is quoted as written ("источник в правительстве"), like a group. */
  sourceNouns?: ReadonlySet<string>;
  /**
   * Why: an unnamed source is written with what describes it ("осведомлённый источник",
   * "federasiyadakı mənbə") after words that do not ("со ссылкой на источник"): the words that may
   * describe it, by their ending. Absent: any word the group rules keep.
   */
  sourceModifier?: RegExp;
  /** Why: "— приводит портал их слова": a possessive for a group owns the words of the group named last. */
  groupPossessives?: ReadonlySet<string>;
  /** Why: a name with a dative ending ("səfirliyinə") is whom words were addressed to, never the speaker. */
  dativeEnding?: RegExp;
  /** Why: "The rebels seized … “…,” they said": a plural noun opening a sentence is a group "they" stands for. */
  pluralNoun?: RegExp;
  /** Adjectives before such a noun where no article marks it ("Российские перевозчики"). */
  pluralAdjective?: RegExp;
}

const none: ReadonlySet<string> = new Set();
const never = /(?!)/u;

/** A language with no attribution cues: no pronoun, no source phrase, no dropped subject. */
export const NO_ATTRIBUTION_CUES: AttributionCues = {
  personPronouns: new Map(),
  groupPronouns: none,
  groupNouns: none,
  personGender: () => null,
  possessivePronouns: new Map(),
  verbFinal: false,
  verbGender: () => null,
  sourceBefore: [],
  sourceAfter: [],
  reportedNouns: none,
  conjunctions: none,
  institutionPronouns: none,
  speechParticiples: none,
  verbParts: none,
  subjectAdverbs: none,
  bareInstitutionNoun: null,
  lateSubject: false,
  addressee: never,
  nextSentence: [],
};
