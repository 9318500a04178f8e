/**
 * The case a word imposes on a person's name right after it, in Russian copy: a role noun in
 * apposition shares its case with the name («с послом Пак Чон Хуном», «посла Халида бин Абдуллу»),
 * a preposition governs one («к Иванову», «у Петровой»). The name alone often leaves its case open
 * (Korean and Arabic names, surnames that look like a nominative); the governing word settles it.
 *
 * Also the words that end a role's run-on complements ("министр иностранных дел России" goes on
 * through genitives; «министр провёл переговоры с послом …» stops at the verb).
 */
import { RU_ROLE_TITLES } from '../data/roles.ts';

export type RuCase = 'nom' | 'gen' | 'dat' | 'acc' | 'ins' | 'pre';

/** Prepositions and the cases of a person's name after them. */
const PREPOSITION_CASES: Readonly<Record<string, readonly RuCase[]>> = {
  с: ['ins', 'gen'],
  со: ['ins', 'gen'],
  между: ['ins'],
  перед: ['ins'],
  к: ['dat'],
  ко: ['dat'],
  по: ['dat'],
  о: ['pre'],
  об: ['pre'],
  обо: ['pre'],
  при: ['pre'],
  у: ['gen'],
  от: ['gen'],
  до: ['gen'],
  для: ['gen'],
  без: ['gen'],
  против: ['gen'],
  среди: ['gen'],
  около: ['gen'],
  после: ['gen'],
  вместо: ['gen'],
  кроме: ['gen'],
  про: ['acc'],
  через: ['acc'],
  // "по словам Чжана", "по мнению Ивановой", "по данным Петрова": the noun takes a genitive.
  словам: ['gen'],
  мнению: ['gen'],
  данным: ['gen'],
  слова: ['gen'],
};

/** Role nouns of the -а/-я declension, whose nominative ends like another noun's genitive. */
const A_DECLENSION_TITLES = new Set(['глава', 'судья', 'коллега']);
/** Role nouns that never decline: they tell nothing. */
const INDECLINABLE_TITLES = new Set(['замминистра', 'замглавы', 'атташе']);

/** The case of a role noun (lower case) by its ending, or null when the word is no role noun. */
function titleCases(lower: string): readonly RuCase[] | null {
  if (!RU_ROLE_TITLES.has(lower) || INDECLINABLE_TITLES.has(lower)) return null;
  if (A_DECLENSION_TITLES.has(lower)) return ['nom'];
  if (/(?:его|ого)$/u.test(lower)) return ['gen', 'acc'];
  if (/(?:ему|ому)$/u.test(lower)) return ['dat'];
  if (/(?:ом|ем|ём|ой|ей|ёй|им|ым)$/u.test(lower)) return ['ins'];
  if (/[ыи]$/u.test(lower) && !lower.endsWith('ий')) return ['gen'];
  if (/[ую]$/u.test(lower)) {
    const stem = lower.slice(0, -1);
    return A_DECLENSION_TITLES.has(`${stem}а`) || A_DECLENSION_TITLES.has(`${stem}я`) ? ['acc'] : ['dat'];
  }
  if (lower.endsWith('е')) return ['dat', 'pre'];
  if (/[ая]$/u.test(lower)) return ['gen', 'acc'];
  return ['nom'];
}

/** The cases a name right after `lower` may take, or null when the word governs nothing known. */
export function ruGovernedCases(lower: string | null): readonly RuCase[] | null {
  if (lower === null) return null;
  return PREPOSITION_CASES[lower] ?? titleCases(lower);
}

/**
 * Prepositions a role's complement may open: "посол в России", "представитель при ООН", "министр
 * по делам молодёжи". Any other preposition starts something else.
 */
const ROLE_PREPOSITIONS = new Set(['в', 'во', 'при', 'по', 'и']);
/**
 * A verb by its ending: past (провёл, заявила), reflexive (встретился), present (сообщает). Not a
 * feminine past in -ала, which genitives share ("редактор журнала").
 */
const VERB_SHAPE = /(?:[аяиеёуы]л|[иеяы]ла|[аяиеёуы]ли|ся|сь|ет|ёт|ит|ют|ут|ат|ят)$/u;

/** A lower-case word that ends a role's run-on of complements ("провёл", "с", "после"). */
export function ruRunOnStop(lower: string): boolean {
  if (ROLE_PREPOSITIONS.has(lower)) return false;
  if (lower in PREPOSITION_CASES && lower.length <= 6) return true;
  if (['что', 'который', 'которая', 'которые', 'где', 'когда', 'а', 'но', 'как'].includes(lower)) return true;
  // Short genitive plurals look like verbs ("дел", "сил"); verbs that end a role are longer.
  return lower.length > 4 && VERB_SHAPE.test(lower);
}

/** Role words written short, and the words they stand for, head first ("замглавы" → "заместитель главы"). */
export const RU_ROLE_ABBREVIATIONS: ReadonlyMap<string, readonly string[]> = new Map([
  ['замглавы', ['заместитель', 'главы']],
  ['замминистра', ['заместитель', 'министра']],
  ['замгендиректора', ['заместитель', 'генерального', 'директора']],
  ['зампред', ['заместитель', 'председателя']],
  ['зампреда', ['заместитель', 'председателя']],
  ['генсек', ['генеральный', 'секретарь']],
  ['генсека', ['генеральный', 'секретарь']],
  ['гендиректор', ['директор', 'генеральный']],
  ['гендиректора', ['директор', 'генеральный']],
]);
