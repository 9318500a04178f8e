/**
 * Step: who said each quote. Looks for "<subject> <speech verb>" right after the closing mark
 * ("…,” the statement said") or inverted ("…,” said Keller"), then earlier in the quote's sentence
 * ("Galuzin asserted that … “…”", "Moscow has expressed “…”"), then "according to X". Subjects
 * resolve to people (a surname or he/she → the last-mentioned person), organisations ("the
 * ministry" → the last-named ministry), capitals as governments ("Moscow (Russia)") or, for "the
 * statement", the institution cited last in the paragraph. Unattributed quotes continue the
 * previous speaker of the paragraph, or of the previous paragraph when they open theirs.
 */
import type { QuoteKind } from './types.ts';
import type { QuoteSpan } from './quotes.ts';
import type { Person } from './people.ts';
import type { OrgMention } from './orgs.ts';
import type { PlaceMention } from './places.ts';
import { countryName, demonymCountry } from './gazetteer.ts';
import { isFiniteVerb } from './lexicon.ts';
import { sentenceAt, tokenAtOrAfter, type TextModel, type Token } from './tokenize.ts';
import { packFor } from '../languages/index.ts';
import {
  ATTRIBUTION_GLUE,
  FIRST_PERSON,
  ROLE_ANAPHORS,
  RU_ADVERBS,
  CLAIM_NOUNS,
  EN_AUXILIARIES,
  EN_PERSON_PRONOUNS,
  INSTITUTION_NOUNS,
  STATEMENT_NOUNS,
} from '../languages/data/speech.ts';

/** How a quote's speaker was found (its confidence is read from this, see confidence.ts). */
export type SpeakerVia =
  | 'named'
  | 'institution'
  | 'statement'
  | 'place'
  | 'anaphor'
  | 'pronoun'
  | 'continuation'
  | 'claim'
  | 'literal';

export interface Attribution {
  speaker: string | null;
  attribution: string | null;
  kind: QuoteKind;
  /** How the speaker was found; absent when there is none. */
  via?: SpeakerVia;
}

export interface AttributionContext {
  people: readonly Person[];
  orgs: readonly OrgMention[];
  places: readonly PlaceMention[];
}

interface Entity {
  speaker: string;
  via: SpeakerVia;
  /** Country the speaker belongs to, when known (for "the other side"). */
  country: string | null;
  /** Only the subject's words: no person, organisation or place was found in them. */
  literal?: boolean;
}

const RU_PRONOUNS = new Set(['он', 'она']);
/** Words opening a clause before its subject ("When the team told us"). */
const CLAUSE_OPENERS = new Set([
  'when',
  'and',
  'but',
  'then',
  'as',
  'if',
  'after',
  'before',
  'because',
  'и',
  'а',
  'но',
  'когда',
]);
const DETERMINERS = new Set(['the', 'a', 'an', 'its', 'his', 'her', 'their', 'this', 'that', 'in', 'в']);

export function attribute(
  model: TextModel,
  quotes: readonly QuoteSpan[],
  ctx: AttributionContext,
): Attribution[] {
  const { tokens, body, language } = model;
  const cues = packFor(language).analysis;
  const verbs = cues.speechVerbs;
  const cue = cues.attribution;

  // Token → entity maps.
  const personAt = new Map<number, Person>();
  const personStarts: { start: number; person: Person }[] = [];
  for (const p of ctx.people) {
    for (const m of p.mentions) {
      for (let k = tokenAtOrAfter(tokens, m.start); k <= m.nameLast; k++) personAt.set(k, p);
      personStarts.push({ start: m.start, person: p });
    }
  }
  personStarts.sort((a, b) => a.start - b.start);
  const orgAt = new Map<number, OrgMention>();
  for (const o of ctx.orgs) for (let k = o.first; k <= o.last; k++) orgAt.set(k, o);
  const placeAt = new Map<number, PlaceMention>();
  for (const p of ctx.places) placeAt.set(p.tokenIndex, p);

  // Tokens inside top-level quotes are the speaker's words, not the writer's.
  const quoted = new Uint8Array(tokens.length);
  for (const q of quotes) {
    if (q.depth > 0) continue;
    for (
      let k = tokenAtOrAfter(tokens, q.start);
      k < tokens.length && (tokens[k]?.start ?? Infinity) < q.end;
      k++
    )
      quoted[k] = 1;
  }

  const countryOfName = (name: string): string | null => {
    const word = name.split(/\s+/)[0] ?? '';
    const t: Token = {
      index: 0,
      start: 0,
      end: word.length,
      text: word,
      base: word,
      lower: word.toLowerCase(),
      cap: true,
      possessive: false,
      sentence: 0,
      paragraph: 0,
    };
    return demonymCountry([t], 0, language);
  };

  const lastPersonBefore = (offset: number): Person | null => {
    let found: Person | null = null;
    for (const s of personStarts) {
      if (s.start >= offset) break;
      found = s.person;
    }
    return found;
  };

  const orgEntity = (o: OrgMention): Entity => ({
    speaker: o.name,
    country: countryOfName(o.name),
    via: o.anaphor ? 'institution' : 'named',
  });
  const as = (e: Entity | null, via: SpeakerVia): Entity | null => (e ? { ...e, via } : null);

  /** The institution a "statement" belongs to: "according to X" in the paragraph, else the last organisation named. */
  const sourceBefore = (offset: number, paragraph: number): Entity | null => {
    let according: Entity | null = null;
    let lastInParagraph: Entity | null = null;
    let lastAnywhere: Entity | null = null;
    const end = tokenAtOrAfter(tokens, offset);
    for (let k = 0; k < end; k++) {
      const t = tokens[k];
      if (!t || quoted[k]) continue;
      if (t.lower === 'according' && tokens[k + 1]?.lower === 'to' && t.paragraph === paragraph) {
        const e = entityNear(k + 2, 5);
        if (e) according = e;
      }
      const o = orgAt.get(k);
      if (o && o.first === k) {
        lastAnywhere = orgEntity(o);
        if (t.paragraph === paragraph) lastInParagraph = lastAnywhere;
      }
    }
    return according ?? lastInParagraph ?? lastAnywhere;
  };

  /** The first person/org/place entity within `span` tokens from k. */
  function entityNear(k: number, span: number): Entity | null {
    for (let j = k; j < k + span && j < tokens.length; j++) {
      const p = personAt.get(j);
      if (p) return { speaker: p.name, country: null, via: 'named' };
      const o = orgAt.get(j);
      if (o) return orgEntity(o);
      const pl = placeAt.get(j);
      if (pl && pl.via !== 'demonym') return placeEntity(pl);
    }
    return null;
  }

  function placeEntity(pl: PlaceMention): Entity {
    const place = pl.written ?? pl.entry;
    if (place.type === 'city' && place.capital) {
      return {
        speaker: `${place.name} (${countryName(place.country, language)})`,
        country: place.country,
        via: 'place',
      };
    }
    return { speaker: pl.entry.name, country: pl.entry.country || null, via: 'place' };
  }

  /** Resolve the subject tokens [first, last] of a speech verb. */
  function resolve(first: number, last: number): Entity | null {
    const a = tokens[first];
    const b = tokens[last];
    if (!a || !b) return null;
    if (
      first === last &&
      (EN_PERSON_PRONOUNS.has(b.lower) || RU_PRONOUNS.has(b.lower) || cue.personPronouns.has(b.lower))
    ) {
      const p = lastPersonBefore(b.start);
      return p ? { speaker: p.name, country: null, via: 'pronoun' } : null;
    }
    // "it said": the organisation named last.
    if (first === last && cue.institutionPronouns.has(b.lower)) {
      let found: OrgMention | null = null;
      for (const o of ctx.orgs) if (o.start < b.start) found = o;
      return found ? as(orgEntity(found), 'pronoun') : null;
    }
    // "the minister said", "подчеркнула дипломат": the last person named with a role.
    if (ROLE_ANAPHORS.has(b.lower) && (first === last || (last - first === 1 && DETERMINERS.has(a.lower)))) {
      let found: Person | null = null;
      for (const s of personStarts) {
        if (s.start >= b.start) break;
        if (s.person.role !== null) found = s.person;
      }
      if (found) return { speaker: found.name, country: null, via: 'anaphor' };
    }
    for (let k = last; k >= first; k--) {
      const p = personAt.get(k);
      if (p) return { speaker: p.name, country: null, via: 'named' };
    }
    for (let k = last; k >= first; k--) {
      const o = orgAt.get(k);
      if (o) return orgEntity(o);
    }
    for (let k = first; k <= last; k++) {
      const pl = placeAt.get(k);
      if (pl && pl.via !== 'demonym' && last - first <= 1) return placeEntity(pl);
    }
    if (STATEMENT_NOUNS.has(b.lower)) return as(sourceBefore(a.start, a.paragraph), 'statement');
    const bareNoun = cue.bareInstitutionNoun;
    if (INSTITUTION_NOUNS.has(b.lower) && (bareNoun || DETERMINERS.has(tokens[last - 1]?.lower ?? ''))) {
      // "nazirlikdən" names an organisation whose name has "Nazirliyi" in it.
      const noun = bareNoun ? bareNoun(b.lower) : b.lower;
      for (let i = ctx.orgs.length - 1; i >= 0; i--) {
        const o = ctx.orgs[i];
        if (o && o.start < a.start && o.name.toLowerCase().includes(noun))
          return as(orgEntity(o), 'institution');
      }
      return as(sourceBefore(a.start, a.paragraph), 'institution');
    }
    let end = last;
    while (end > first && cue.subjectAdverbs.has(tokens[end]?.lower ?? '')) end--;
    const text = body.slice(a.start, tokens[end]?.end ?? b.end);
    return {
      speaker: text.replace(/^(the|a|an|our|my|their|its|his|her)\s+/i, ''),
      country: null,
      via: 'literal',
      literal: true,
    };
  }

  const gapHas = (from: number, to: number, re: RegExp): boolean => re.test(body.slice(from, to));

  /** "…,” the statement said" / "…,” said Keller" / "», — заявил Лавров" / "», – deyə nazir bildirib". */
  function after(q: QuoteSpan, limit: number): { entity: Entity | null; text: string } | null {
    const content = body.slice(q.start, q.end).trimEnd();
    const j0 = tokenAtOrAfter(tokens, q.closeAt + 1);
    const t0 = tokens[j0];
    if (!t0 || t0.start >= limit) return null;
    const gap = body.slice(q.closeAt + 1, t0.start);
    if (/\n/.test(gap) || /[.!?;:]/.test(gap)) return null;
    if (/[.!?…]$/.test(content) && t0.cap && !/[,—–-]/.test(gap) && !verbs.has(t0.lower)) return null;
    let v = -1;
    // "– deyə müdafiə nazirinin müavini, general-leytenant Kamran Əhmədov bildirib": the verb comes last.
    const glued = ATTRIBUTION_GLUE.has(t0.lower);
    for (let k = j0; k < j0 + (glued ? 14 : 8) && k < tokens.length; k++) {
      const t = tokens[k];
      if (!t || t.start >= limit || t.sentence !== t0.sentence) break;
      if (k > j0 && gapHas(tokens[k - 1]?.end ?? 0, t.start, glued ? /[.;:!?“”«»"()]/ : /[.,;:!?“”«»"()]/))
        break;
      if (verbs.has(t.lower)) {
        v = k;
        break;
      }
    }
    if (v < 0) return null;
    const verb = tokens[v];
    if (!verb) return null;
    let first = j0;
    while (first < v && ATTRIBUTION_GLUE.has(tokens[first]?.lower ?? '')) first++;
    let last = v - 1;
    while (last >= first && EN_AUXILIARIES.has(tokens[last]?.lower ?? '')) last--;
    if (cue.verbParts.has(tokens[last]?.lower ?? '')) last--;
    if (last >= first) {
      const s = tokens[first];
      return { entity: resolve(first, last), text: body.slice(s?.start ?? verb.start, verb.end) };
    }
    // Inverted: verb first, subject after it.
    let e = v + 1;
    while (
      e < tokens.length &&
      e <= v + 6 &&
      tokens[e]?.sentence === verb.sentence &&
      !gapHas(tokens[e - 1]?.end ?? 0, tokens[e]?.start ?? 0, /[.,;:!?“”«»"()]/)
    )
      e++;
    if (e === v + 1) return null;
    // "сказала она позднее журналистам": a pronoun right after the verb is the subject.
    const pron = tokens[v + 1];
    if (pron && (EN_PERSON_PRONOUNS.has(pron.lower) || RU_PRONOUNS.has(pron.lower)))
      return { entity: resolve(v + 1, v + 1), text: body.slice(verb.start, pron.end) };
    // "написала в своём телеграм-канале глава администрации … Елена Воронина": the person may come later.
    if (cue.lateSubject) {
      for (let k = e; k < v + 14 && k < tokens.length; k++) {
        const x = tokens[k];
        if (!x || x.sentence !== verb.sentence || gapHas(tokens[k - 1]?.end ?? 0, x.start, /[.;:!?“”«»"()]/))
          break;
        if (personAt.has(k)) e = k + 1;
      }
    }
    const subj = tokens[e - 1];
    return { entity: resolve(v + 1, e - 1), text: body.slice(verb.start, subj?.end ?? verb.end) };
  }

  /** "Galuzin asserted that … “…”", "Moscow has expressed “…”", "According to X, “…”". */
  function before(q: QuoteSpan): { entity: Entity | null; text: string } | null {
    const s = sentenceAt(model, q.openAt);
    if (!s) return null;
    const from = tokenAtOrAfter(tokens, s.start);
    const to = tokenAtOrAfter(tokens, q.openAt);
    for (let v = to - 1; v >= from; v--) {
      const t = tokens[v];
      if (!t || quoted[v]) continue;
      // "Keller rejected …, calling it “…”": the subject of the sentence.
      if (cue.speechParticiples.has(t.lower) && v > from) {
        const subject = sentenceSubject(from, v);
        if (subject) {
          const obj = tokens[v + 1]?.lower === 'it' && v + 1 < to ? tokens[v + 1] : t;
          return { entity: subject, text: body.slice(t.start, obj?.end ?? t.end) };
        }
      }
      if (!verbs.has(t.lower)) continue;
      let last = v - 1;
      while (last >= from && EN_AUXILIARIES.has(tokens[last]?.lower ?? '')) last--;
      let first = last;
      while (
        first - 1 >= from &&
        last - first < 5 &&
        !quoted[first - 1] &&
        !gapHas(tokens[first - 1]?.end ?? 0, tokens[first]?.start ?? 0, /[.,;:!?“”«»"()—–]/) &&
        !['that', 'and', 'but', 'which', 'who', 'as'].includes(tokens[first - 1]?.lower ?? '')
      ) {
        first--;
      }
      // Keep the shortest resolvable tail: "during the talks Keller said" → "Keller".
      for (let f = Math.max(first, last - 5); f <= last; f++) {
        const a = tokens[f];
        if (!a) continue;
        if (!(
          a.cap ||
          DETERMINERS.has(a.lower) ||
          EN_PERSON_PRONOUNS.has(a.lower) ||
          RU_PRONOUNS.has(a.lower)
        ))
          continue;
        let entity = resolve(f, last);
        if (!entity) continue;
        // "Harutyunyan, who leads the other delegation, said": the subject before the inserted clause.
        if (entity.literal) {
          const outer = subjectBeforeInsert(v, from);
          if (outer) entity = outer;
        }
        const thatTok = tokens[v + 1];
        const end = thatTok && thatTok.lower === 'that' && v + 1 < to ? thatTok.end : t.end;
        return { entity, text: body.slice(a.start, end) };
      }
      const outer = subjectBeforeInsert(v, from);
      if (outer) return { entity: outer, text: body.slice(t.start, t.end) };
      if (last < from) {
        // Verb first ("said Keller, …") is handled by `after`; nothing to resolve here.
        continue;
      }
    }
    for (let k = from; k < to; k++) {
      if (tokens[k]?.lower === 'according' && tokens[k + 1]?.lower === 'to') {
        const entity = entityNear(k + 2, 5);
        if (entity) return { entity, text: body.slice(tokens[k]?.start ?? 0, tokens[k + 1]?.end ?? 0) };
      }
    }
    return null;
  }

  /** The first person or organisation opening the sentence, before token v. */
  function sentenceSubject(from: number, v: number): Entity | null {
    for (let k = from; k < v && k < from + 6; k++) {
      if (quoted[k]) return null;
      const p = personAt.get(k);
      if (p) return { speaker: p.name, country: null, via: 'named' };
      const o = orgAt.get(k);
      if (o) return orgEntity(o);
    }
    return null;
  }

  /**
   * The subject written before a clause set off by commas that ends right before the verb's own
   * subject: "Levon Harutyunyan, who leads the other delegation, said", "Khazar Ferry Lines, the
   * Azerbaijani operator …, said".
   */
  function subjectBeforeInsert(v: number, from: number): Entity | null {
    if (!gapHas(tokens[v - 1]?.end ?? 0, tokens[v]?.start ?? 0, /,/)) return null;
    for (let k = v - 2; k >= from; k--) {
      if (quoted[k]) return null;
      if (!gapHas(tokens[k]?.end ?? 0, tokens[k + 1]?.start ?? 0, /,/)) continue;
      const p = personAt.get(k);
      if (p) return { speaker: p.name, country: null, via: 'named' };
      const o = orgAt.get(k);
      if (o) return orgEntity(o);
      return null;
    }
    return null;
  }

  /**
   * A quote inside a quote: the subject of a speech verb before it inside the outer quote ("our
   * Kazakh partners came to us and said, ‘…’", "the team told us, ‘…’"), or the outer speaker when
   * they introduce their own words ("Our message to Moscow is short: ‘…’").
   */
  function nestedSpeaker(q: QuoteSpan, outer: Entity | null): { entity: Entity; text: string } | null {
    const parent = quotes[q.parent];
    if (!parent) return null;
    const s = sentenceAt(model, q.openAt);
    const from = tokenAtOrAfter(tokens, Math.max(parent.start, s?.start ?? parent.start));
    const to = tokenAtOrAfter(tokens, q.openAt);
    for (let v = to - 1; v >= from; v--) {
      const t = tokens[v];
      if (!t || !verbs.has(t.lower)) continue;
      // The clause's subject: from the clause start to the first verb ("our Kazakh partners came").
      let first = v;
      while (
        first - 1 >= from &&
        !gapHas(tokens[first - 1]?.end ?? 0, tokens[first]?.start ?? 0, /[.,;:!?“”«»"‘’()—–]/)
      )
        first--;
      while (first < v && CLAUSE_OPENERS.has(tokens[first]?.lower ?? '')) first++;
      let last = first;
      while (last + 1 < v && !isClauseVerb(tokens[last + 1]?.lower ?? '')) last++;
      if (first >= v) return null;
      const entity = resolve(first, last);
      if (!entity) return null;
      return { entity, text: body.slice(tokens[first]?.start ?? t.start, t.end) };
    }
    const intro = body.slice(tokens[from]?.start ?? q.openAt, q.openAt);
    if (outer && /:\s*$/.test(intro)) {
      for (let k = from; k < to; k++) {
        if (FIRST_PERSON.has(tokens[k]?.lower ?? '')) return { entity: outer, text: intro.trim() };
      }
    }
    return null;
  }

  function isClauseVerb(lower: string): boolean {
    return verbs.has(lower) || (cues.englishLexicon && isFiniteVerb(lower)) || RU_ADVERBS.has(lower);
  }

  const results: Attribution[] = [];
  const entities: (Entity | null)[] = [];
  quotes.forEach((q, qi) => {
    if (q.kind === 'term') {
      results.push({ speaker: null, attribution: q.marker, kind: 'term' });
      entities.push(null);
      return;
    }
    if (q.kind === 'nested') {
      const parentEntity = q.parent >= 0 ? (entities[q.parent] ?? null) : null;
      const claim = nestedClaim(q, parentEntity);
      const inner = claim ? null : nestedSpeaker(q, parentEntity);
      const speaker = claim?.speaker ?? inner?.entity.speaker ?? null;
      results.push({
        speaker,
        ...(speaker ? { via: claim ? ('claim' as const) : inner!.entity.via } : {}),
        attribution: claim?.text ?? inner?.text ?? null,
        kind: 'nested',
      });
      entities.push(null);
      return;
    }
    const nextQuote = quotes.slice(qi + 1).find((x) => x.depth === 0);
    const limit = nextQuote ? nextQuote.openAt : body.length;
    const found = after(q, limit) ?? before(q);
    if (found?.entity) {
      results.push({
        speaker: found.entity.speaker,
        attribution: found.text,
        kind: q.kind,
        via: found.entity.via,
      });
      entities.push(found.entity);
      return;
    }
    const words = body.slice(q.start, q.end).trim().split(/\s+/).length;
    if (q.kind === 'partial' && words <= 3) {
      results.push({ speaker: null, attribution: null, kind: 'term' });
      entities.push(null);
      return;
    }
    // Continuation: the previous speaker in this paragraph, or the last one of the previous
    // paragraph when this quote opens its paragraph.
    const para = tokens[tokenAtOrAfter(tokens, q.start)]?.paragraph ?? -1;
    const opensParagraph = model.paragraphs.some((p) => p.start === q.openAt);
    for (let k = qi - 1; k >= 0; k--) {
      const prev = quotes[k];
      const e = entities[k];
      if (!prev || prev.depth > 0 || !e) continue;
      const prevPara = tokens[tokenAtOrAfter(tokens, prev.start)]?.paragraph ?? -2;
      if (prevPara === para || (opensParagraph && prevPara === para - 1)) {
        results.push({ speaker: e.speaker, attribution: null, kind: q.kind, via: 'continuation' });
        entities.push(e);
        return;
      }
      break;
    }
    results.push({ speaker: null, attribution: null, kind: q.kind });
    entities.push(null);
  });
  return results;

  /** A nested quote given as the other side's claim: "claims about the alleged ‘…’". */
  function nestedClaim(q: QuoteSpan, outer: Entity | null): { speaker: string; text: string } | null {
    const to = tokenAtOrAfter(tokens, q.openAt);
    for (let k = to - 1; k >= Math.max(0, to - 6); k--) {
      const t = tokens[k];
      if (!t || !CLAIM_NOUNS.has(t.lower)) continue;
      const text = body.slice(t.start, q.openAt).trim();
      // The party: the last "the <Demonym> side" written before the quotation, not the speaker's own.
      const parent = quotes[q.parent];
      const limit = tokenAtOrAfter(tokens, parent ? parent.openAt : q.openAt);
      for (let j = limit - 1; j > 0; j--) {
        const side = tokens[j];
        if (!side || quoted[j] || (side.base !== 'side' && side.base !== 'sides')) continue;
        const code = demonymCountry(tokens, j - 1, language);
        if (code === null || (outer && outer.country === code)) continue;
        return { speaker: `${tokens[j - 1]?.base ?? ''} side (${t.lower})`, text };
      }
      return null;
    }
    return null;
  }
}
