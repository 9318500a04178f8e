/**
 * Word-class lookups from compromise's English lexicon. Looking a word up is a map access; parsing
 * whole articles with compromise would cost more than the whole pipeline's budget.
 */
import nlp from 'compromise';

type LexiconValue = string | string[];
const lexicon = (nlp.model() as unknown as { one: { lexicon: Record<string, LexiconValue> } }).one.lexicon;

export function tagsOf(word: string): readonly string[] {
  const v = lexicon[word.toLowerCase()];
  if (v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

const has = (word: string, tags: readonly string[]): boolean => tagsOf(word).some((t) => tags.includes(t));

/** A finite or infinitive verb ("summoned", "meets", "sign"); unknown "-ed" words count as past tense. */
export function isVerb(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length === 0) return /^[a-z]+ed$/.test(word);
  return tags.some(
    (t) =>
      t === 'PastTense' ||
      t === 'PresentTense' ||
      t === 'Infinitive' ||
      t === 'Verb' ||
      t === 'Modal' ||
      t === 'Copula' ||
      t === 'Auxiliary',
  );
}

/** A finite verb or participle ("summoned", "meets", "based"); base forms like "support" are not. */
export function isFiniteVerb(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length === 0) return /^[a-z]+ed$/.test(word);
  if (tags.includes('PastTense') || tags.includes('PresentTense') || tags.includes('Participle')) return true;
  return tags.includes('Adjective') && /[a-z]ed$/.test(word);
}

/** A base-form verb ("meet", "sign"). */
export function isInfinitive(word: string): boolean {
  return tagsOf(word).includes('Infinitive');
}

export function isPastTense(word: string): boolean {
  const tags = tagsOf(word);
  if (tags.length === 0) return /^[a-z]+ed$/.test(word);
  return tags.includes('PastTense');
}

export function isNoun(word: string): boolean {
  return has(word, ['Singular', 'Plural', 'Noun', 'Uncountable', 'Actor', 'Gerund']);
}

export function isFirstName(word: string): boolean {
  return has(word, ['FirstName', 'MaleName', 'FemaleName']);
}

export function isFunctionWord(word: string): boolean {
  return has(word, ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Adverb']);
}

export function isPreposition(word: string): boolean {
  return has(word, ['Preposition']);
}

export function isDeterminer(word: string): boolean {
  return has(word, ['Determiner']);
}

export function isMonthOrWeekday(word: string): boolean {
  return has(word, ['Month', 'WeekDay']);
}
