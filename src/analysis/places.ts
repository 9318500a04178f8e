/**
 * Step: places. Countries, cities and regions named in the text; countries only referred to by a
 * demonym ("Azerbaijani" → Azerbaijan, via demonym); capitals standing for their government
 * ("Moscow has expressed …", "Москва и Баку проведут", "asked Tbilisi and Yerevan", "Bakı … qaldıracaq")
 * give their country (via metonym); hyphenated pairs ("Azerbaijan-Armenia" → both) and descriptors
 * ("Almaty-based"); places not in the gazetteer read from grammar cues: "the village of X",
 * "X province", "Gulf of X", "Шебекинском округе" → Шебекинский округ, "село X", "X kəndi",
 * "X rayonunda" (place-metonym.ts and place-cues.ts hold those rules). The news agency in a dateline ("BAKU, Nov 12 (Caspian Wire) –") is not a place.
 */
import type { PlaceFact, PlaceVia } from './types.ts';
import { countryName, countryNameAsWritten, matchPlace, type PlaceEntry } from './gazetteer.ts';
import type { TextModel, Token } from './tokenize.ts';
import { packFor } from '../languages/index.ts';
import { isMetonym } from './place-metonym.ts';
import { capitalRun, cuePlace } from './place-cues.ts';

export interface PlaceMention {
  /** The place the mention counts for: for a metonym, the capital's country. */
  entry: PlaceEntry;
  /** For a metonym, the capital as written ("Moscow" for Russia). */
  written?: PlaceEntry;
  via: PlaceVia;
  start: number;
  end: number;
  text: string;
  tokenIndex: number;
  /** Read from a case ending alone ("в Чиланзаре"): the name's nominative is a guess. */
  guessed?: boolean;
}

function pushMention(
  out: PlaceMention[],
  entry: PlaceEntry,
  via: PlaceVia,
  first: Token,
  last: Token,
  body: string,
): void {
  out.push({
    entry,
    via,
    start: first.start,
    end: last.end,
    text: body.slice(first.start, last.end),
    tokenIndex: first.index,
  });
}

const countryEntry = (code: string, language: string): PlaceEntry => ({
  id: `country:${code}`,
  name: countryName(code, language),
  type: 'country',
  country: code,
  capital: false,
});

/** "BAKU, Nov 12 (Caspian Wire) –": the agency's name in brackets, as a span, or null. */
function datelineAgency(body: string): { start: number; end: number } | null {
  const m = /^[^\n()]{3,60}\(([^()\n]{2,60})\)\s*[-–—]/u.exec(body);
  if (!m) return null;
  const start = m[0].indexOf('(') + 1;
  return { start, end: start + (m[1]?.length ?? 0) };
}

/** Descriptors after a place in one hyphenated word: "Almaty-based", "Baku-born". */
const HYPHEN_DESCRIPTORS = new Set(['based', 'born', 'headquartered', 'registered', 'bound', 'made', 'led']);

/**
 * A known name used for something else: the name of a ship, company or operation in quotation marks
 * (“Şirvan” bərəsi, «Каспий»), or a city that is a first name before a surname.
 */
function notAPlaceHere(model: TextModel, i: number, length: number): boolean {
  const { tokens, body } = model;
  const first = tokens[i];
  const last = tokens[i + length - 1];
  if (!first || !last) return false;
  if (/[«“"„]/.test(body[first.start - 1] ?? '') && /[»”"“]/.test(body[last.end] ?? '')) return true;
  return length === 1 && cityAsFirstName(model, i);
}

/**
 * A one-word place name written bare right before a capitalised word of a surname's shape is a
 * first name ("Təbriz Hüseynzadə", "Sofia Petrova"): the people rules may read it as one.
 */
export function cityAsFirstName(model: TextModel, i: number): boolean {
  const { tokens } = model;
  const first = tokens[i];
  const next = tokens[i + 1];
  return (
    first !== undefined &&
    next !== undefined &&
    next.cap &&
    next.sentence === first.sentence &&
    next.start - first.end === 1 &&
    first.base === first.text &&
    packFor(model.language).analysis.places.cues.surnameAfter.test(next.base) &&
    !matchPlace(tokens, i + 1, model.language)
  );
}

/** Every place mention, in text order. */
export function findPlaceMentions(model: TextModel): PlaceMention[] {
  const { tokens, body, language } = model;
  const cues = packFor(language).analysis.places.cues;
  const out: PlaceMention[] = [];
  const agency = datelineAgency(body);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    if (agency && t.start >= agency.start && t.end <= agency.end) continue;
    // "Gulf of Riga": the feature, not the city it is named after.
    const of = tokens[i + 1];
    if (t.cap && cues.featureBefore.has(t.lower) && of?.lower === 'of' && of.sentence === t.sentence) {
      const run = capitalRun(tokens, i + 2);
      const last = run[run.length - 1];
      if (last) {
        const name = body.slice(t.start, last.end);
        const entry: PlaceEntry = {
          id: `region:${name.toLowerCase()}`,
          name,
          type: 'region',
          country: '',
          capital: false,
        };
        pushMention(out, entry, 'name', t, last, body);
        i = last.index;
        continue;
      }
    }
    const m = matchPlace(tokens, i, language);
    if (m && m.entry && notAPlaceHere(model, i, m.length)) {
      i += m.length - 1;
      continue;
    }
    if (m) {
      const last = tokens[i + m.length - 1] ?? t;
      if (m.entry) {
        let entry = m.entry;
        let via: PlaceVia = 'name';
        let end = last;
        if (
          m.entry.capital &&
          m.length === 1 &&
          m.entry.country &&
          isMetonym(model, i, m.entry, out[out.length - 1])
        ) {
          entry = countryEntry(m.entry.country, language);
          via = 'metonym';
        } else if (m.entry.type === 'region') {
          // "the Caspian coast", "Abşeron yarımadasında" is a region of its own.
          const next = tokens[i + m.length];
          const part = next && next.start - last.end === 1 ? cues.regionPart(next.lower) : null;
          if (next && part !== null) {
            const name = `${body.slice(t.start, last.end)} ${part}`;
            entry = { ...m.entry, id: `region:${name.toLowerCase()}`, name };
            end = next;
          }
        }
        pushMention(out, entry, via, t, end, body);
        if (via === 'metonym') {
          const last = out[out.length - 1];
          if (last) last.written = m.entry;
        }
        i = end.index;
      } else if (m.demonymOf !== null) {
        pushMention(out, countryEntry(m.demonymOf, language), 'demonym', t, last, body);
        i += m.length - 1;
      }
      continue;
    }
    const cue = cuePlace(model, i);
    if (cue) {
      const entry: PlaceEntry = {
        id: `${cue.type}:${cue.name.toLowerCase()}`,
        name: cue.name,
        type: cue.type,
        country: '',
        capital: false,
      };
      pushMention(out, entry, 'name', cue.first, cue.last, body);
      const pushed = out[out.length - 1];
      if (pushed && cue.guessed) pushed.guessed = true;
      i = Math.max(i, cue.last.index);
      continue;
    }
    // Hyphenated pairs: "Azerbaijan-Armenia", "Russian-Ukrainian"; descriptors: "Almaty-based".
    if (t.base.includes('-')) {
      const parts = t.base.split('-');
      if (parts.length === 2 && HYPHEN_DESCRIPTORS.has(parts[1] ?? '')) parts.pop();
      const found: { entry: PlaceEntry; via: PlaceVia }[] = [];
      for (const part of parts) {
        const pt: Token = {
          ...t,
          text: part,
          base: part,
          lower: part.toLowerCase(),
          cap: /^\p{Lu}/u.test(part),
          possessive: false,
        };
        const pm = matchPlace([pt], 0, language);
        if (!pm) {
          found.length = 0;
          break;
        }
        if (pm.entry) found.push({ entry: pm.entry, via: 'name' });
        else if (pm.demonymOf !== null)
          found.push({ entry: countryEntry(pm.demonymOf, language), via: 'demonym' });
      }
      for (const f of found) pushMention(out, f.entry, f.via, t, t, body);
    }
  }
  return out;
}

/**
 * The mentions of places named outside organisations: a country or city written only inside an
 * organisation's name ("Bank of Japan", "Türkiyə Milli Müdafiə Nazirliyi", "Xəzər Qaz Nəqliyyatı
 * ASC") is not a place of the story. An owner standing before a body in the possessive or genitive
 * ("Iran's foreign ministry", "Rusiyanın mərkəzi bankı") still names the country.
 */
export function placesOutsideOrgs(
  model: TextModel,
  mentions: readonly PlaceMention[],
  orgTokens: Uint8Array,
): PlaceMention[] {
  const ownerCase = packFor(model.language).analysis.roles.ownerCase;
  const free = new Set<string>();
  for (const m of mentions) {
    const t = model.tokens[m.tokenIndex];
    const owner = t !== undefined && m.via === 'name' && (t.possessive || ownerCase.test(t.lower));
    if (!orgTokens[m.tokenIndex] || owner) free.add(m.entry.id);
  }
  return mentions.filter((m) => free.has(m.entry.id));
}

/** Aggregate mentions into facts, in order of first mention. */
/**
 * "Чёрное море" where the article writes ё: the name keeps the letter the text gives it, though the
 * gazetteer spells it with е (the two are one letter to a reader; not to a search or a comparison).
 */
export function withWrittenYo(name: string, written: readonly string[]): string {
  if (!name.includes('е') && !name.includes('Е')) return name;
  for (const w of written) {
    if (!/[ёЁ]/u.test(w)) continue;
    let out = '';
    for (let k = 0; k < name.length; k++) {
      const a = name.charAt(k);
      const b = w.charAt(k);
      if (b === '' || a.toLowerCase() !== b.toLowerCase().replace('ё', 'е')) return out + name.slice(k);
      out += (a === 'е' && b === 'ё') || (a === 'Е' && b === 'Ё') ? b : a;
    }
    return out;
  }
  return name;
}

export function placeFacts(mentions: readonly PlaceMention[], language = 'en'): PlaceFact[] {
  const groups = new Map<string, PlaceMention[]>();
  for (const m of mentions) {
    const g = groups.get(m.entry.id) ?? [];
    g.push(m);
    groups.set(m.entry.id, g);
  }
  const facts: PlaceFact[] = [];
  for (const g of groups.values()) {
    const first = g[0];
    if (!first) continue;
    const via: PlaceVia = g.some((m) => m.via === 'name')
      ? 'name'
      : g.some((m) => m.via === 'metonym')
        ? 'metonym'
        : 'demonym';
    const shown = g.filter((m) => (via === 'demonym' ? m.via === 'demonym' : m.via !== 'demonym'));
    const byName = g.filter((m) => m.via === 'name').map((m) => m.text);
    const name =
      first.entry.type === 'country' && byName.length
        ? countryNameAsWritten(first.entry.country, language, byName)
        : first.entry.name;
    facts.push({
      name: withWrittenYo(
        name,
        g.map((m) => m.text),
      ),
      type: first.entry.type,
      via,
      mentions: [...new Set(shown.map((m) => m.text))],
    });
  }
  return facts;
}

export function places(model: TextModel): PlaceFact[] {
  return placeFacts(findPlaceMentions(model), model.language);
}
