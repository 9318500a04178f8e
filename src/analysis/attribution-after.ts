/**
 * Attribution written after a quote: "…,” the statement said", "…,” said Keller without giving
 * details", "», — сказал он журналистам", "», – deyə nazir bildirib", "…,” according to Varga", and
 * in verb-final languages "X “…” deyib" (the subject before the quote, the verb after it).
 * Words trailing the verb ("told reporters on Monday") are never part of the speaker.
 */
import type { QuoteSpan } from './quotes.ts';
import { sentenceAt, tokenAtOrAfter } from './tokenize.ts';
import {
  entityNear,
  gapHas,
  personEntity,
  phraseAt,
  type Entity,
  type Found,
  type SpeakerIndex,
} from './speaker-index.ts';
import { resolveSubject, statementSource } from './speaker-subject.ts';
import { ownerOf } from './attribution-before.ts';
import { ATTRIBUTION_GLUE, EN_AUXILIARIES, ROLE_ANAPHORS } from '../languages/data/speech.ts';
import { isObjectClause, isRoleHead } from './coreference.ts';
import { droppedSubject, pronounPerson } from './speaker-main-subject.ts';

const STOPS = /[.,;:!?“”«»"()]/;
/** An age standing for a person: "54-year-old", "54 yaşlı". */
const AGE = /^\d{1,3}(?:-year-old|\s+yaşlı)$/u;
const STOPS_GLUED = /[.;:!?“”«»"()]/;

/**
 * ", according to Varga" right after the quote; `false` when a source phrase names nothing found
 * (", according to a statement posted …"): the speaker is then the sentence's, before the quote.
 */
function sourceAfterQuote(ix: SpeakerIndex, j0: number): Found | null | false {
  for (const words of ix.cues.attribution.sourceBefore) {
    if (!phraseAt(ix, j0, words)) continue;
    const k = j0 + words.length;
    const entity = entityNear(ix, k, 4) ?? resolveCapitalised(ix, k);
    let e = k;
    while (e + 1 < k + 4 && ix.tokens[e + 1] && !gapHas(ix, e, e + 1, STOPS)) e++;
    if (entity) return { entity, text: ix.body.slice(ix.tokens[j0]?.start ?? 0, ix.tokens[e]?.end ?? 0) };
    return false;
  }
  return null;
}

/** A capitalised run starting at token k, read as a subject ("according to Varga"). */
function resolveCapitalised(ix: SpeakerIndex, k: number): Entity | null {
  if (!ix.tokens[k]?.cap) return null;
  let e = k;
  while (ix.tokens[e + 1]?.cap && !gapHas(ix, e, e + 1, STOPS)) e++;
  return resolveSubject(ix, k, e);
}

/**
 * "», — приводит агентство слова министра": a noun for someone's words in the clause after the
 * quote, its owner in the genitive after it (languages whose complements follow their head).
 */
function reportedAfter(ix: SpeakerIndex, j0: number, limit: number): Found | null {
  const { tokens, cues, body } = ix;
  if (cues.roles.complements !== 'genitive-after') return null;
  for (let k = j0; k < j0 + 5 && k < tokens.length; k++) {
    const t = tokens[k];
    if (!t || t.start >= limit || (k > j0 && gapHas(ix, k - 1, k, STOPS))) break;
    if (!cues.attribution.reportedNouns.has(t.lower)) continue;
    const owner = ownerOf(ix, k);
    if (owner)
      return { entity: owner.entity, text: body.slice(tokens[j0]?.start ?? 0, tokens[owner.at]?.end ?? 0) };
    break;
  }
  return null;
}

/** "Birliyinin (AYB) sədri": an acronym in brackets inside the attribution, not a stop. */
const BRACKETED = /^[ \t\u00a0]*[()][ \t\u00a0]*$/u;
function inBrackets(ix: SpeakerIndex, k: number): boolean {
  const a = ix.tokens[k - 1];
  const b = ix.tokens[k];
  if (!a || !b) return false;
  const acronym = (x: typeof a): boolean => /^\p{Lu}[\p{Lu}\p{N}]{1,7}$/u.test(x.base);
  return (
    (gapHas(ix, k - 1, k, /\(/) && BRACKETED.test(ix.body.slice(a.end, b.start)) && acronym(b)) ||
    (gapHas(ix, k - 1, k, /\)/) && BRACKETED.test(ix.body.slice(a.end, b.start)) && acronym(a))
  );
}

/** "V. K. Raghunathan", "Mr. Kim": the full stop after an initial or an honorific does not end the attribution. */
function afterInitial(ix: SpeakerIndex, k: number): boolean {
  const a = ix.tokens[k - 1];
  const b = ix.tokens[k];
  return (
    !!a &&
    !!b &&
    (/^\p{Lu}$/u.test(a.base) || ix.cues.roles.honorifics.has(a.lower)) &&
    b.cap &&
    /^\.[ \t\u00a0]*$/u.test(ix.body.slice(a.end, b.start))
  );
}

/** "China Railway Tunnel Group Co., Ltd.": punctuation inside an organisation's name does not end the attribution. */
function inOrg(ix: SpeakerIndex, k: number): boolean {
  const o = ix.orgAt.get(k - 1);
  return !!o && ix.orgAt.get(k) === o;
}

/**
 * The first speech verb after the quote within its sentence, or -1. After "…,”" the subject may
 * carry an insert set off by commas ("its chief executive, Seo Jin Woo, said", "Raghunathan, a
 * transport economist in Mumbai, told").
 */
function verbAfter(ix: SpeakerIndex, j0: number, limit: number, glued: boolean, commaQuote: boolean): number {
  const { tokens } = ix;
  const t0 = tokens[j0];
  const stops = glued || commaQuote ? STOPS_GLUED : STOPS;
  for (let k = j0; k < j0 + (glued || commaQuote ? 14 : 8) && k < tokens.length; k++) {
    const t = tokens[k];
    // "… Co., Ltd. told": the full stop of a name's abbreviation, a lower-case word after it.
    const abbreviated = !!t && !t.cap && ix.orgAt.has(k - 1) && gapHas(ix, k - 1, k, /^\.[ \t\u00a0]+$/u);
    if (!t || !t0 || t.start >= limit || (t.sentence !== t0.sentence && !abbreviated)) break;
    if (k > j0 && gapHas(ix, k - 1, k, stops) && !inBrackets(ix, k) && !afterInitial(ix, k) && !inOrg(ix, k))
      if (!abbreviated) break;
    if (ix.cues.speechVerbs.has(t.lower)) return k;
  }
  return -1;
}

/**
 * The tokens from which an addressee starts in a subject before a final verb: an outlet or a word
 * in the dative or a circumstance ("nazirlikdən APA-ya", "onlar Qafqaz Ekspress-ə açıqlamalarında"),
 * or -1. The speaker is before it.
 */
function addresseeFrom(ix: SpeakerIndex, first: number, last: number): number {
  const re = ix.cues.attribution.addressee;
  for (let k = first + 1; k <= last; k++) {
    const t = ix.tokens[k];
    if (!t) break;
    const o = ix.orgAt.get(k);
    const end = o ? ix.tokens[o.last] : undefined;
    if (o && end && re.test(end.base)) return Math.max(first + 1, o.first);
    if (re.test(t.base) || re.test(t.lower)) return k;
  }
  return -1;
}

/** The subject after an inverted verb at v ("said Keller", "сказала она позднее журналистам"). */
function invertedSubject(ix: SpeakerIndex, v: number): Found | null {
  const { tokens, body, cues } = ix;
  const verb = tokens[v];
  if (!verb) return null;
  let e = v + 1;
  while (
    e < tokens.length &&
    e <= v + 6 &&
    tokens[e]?.sentence === verb.sentence &&
    !ix.quoted[e] &&
    (!gapHas(ix, e - 1, e, STOPS) || afterInitial(ix, e))
  )
    e++;
  if (e === v + 1) return null;
  const gender = cues.attribution.verbGender(verb.lower);
  // "сказала она позднее журналистам": a pronoun right after the verb is the subject.
  const pron = tokens[v + 1];
  // "цитирует его ТАСС": after a verb of citing, the pronoun is the person cited.
  const cited = pron ? cues.attribution.possessivePronouns.get(pron.lower) : undefined;
  if (pron && cited !== undefined && cues.attribution.citingVerbs?.has(verb.lower))
    return { entity: pronounPerson(ix, v + 1, cited), text: body.slice(verb.start, pron.end) };
  if (
    pron &&
    (cues.attribution.personPronouns.has(pron.lower) || cues.attribution.groupPronouns.has(pron.lower))
  )
    return { entity: resolveSubject(ix, v + 1, v + 1, gender), text: body.slice(verb.start, pron.end) };
  // "написала в своём телеграм-канале глава администрации … Елена Воронина": the person may come later.
  // The first person named is the subject: "сказал посол Соколов после встречи с министром Ивановым".
  let named = false;
  for (let k = v + 1; k < e; k++) named ||= ix.personAt.has(k);
  if (cues.attribution.lateSubject && !named) {
    for (let k = e; k < v + 14 && k < tokens.length; k++) {
      const x = tokens[k];
      if (!x || x.sentence !== verb.sentence || gapHas(ix, k - 1, k, STOPS_GLUED)) break;
      if (ix.personAt.has(k)) e = k + 1;
      else if (e === k) break;
    }
  }
  const passedOn = citedSource(ix, v);
  if (passedOn) return passedOn;
  let entity = outletAddressee(ix, v, e) ?? resolveSubject(ix, v + 1, e - 1, gender, true);
  // "said one of them, Omar Saleh": a name set off after words that only describe the speaker.
  const apposed = ix.personAt.get(e);
  if (
    entity?.literal &&
    apposed &&
    tokens[e]?.sentence === verb.sentence &&
    gapHas(ix, e - 1, e, /^[ \t]*,[ \t]*$/)
  )
    entity = personEntity(apposed);
  const shown = entity && !entity.literal ? lastTokenOf(ix, v + 1, e - 1, entity) : e - 1;
  return { entity, text: body.slice(verb.start, tokens[shown]?.end ?? verb.end) };
}

/**
 * "— пишет РБК со ссылкой на источник в министерстве", "Reuters reported, citing a source close to
 * the talks": the outlet passes on words; the one it cites said them, when that names someone.
 */
function citedSource(ix: SpeakerIndex, v: number): Found | null {
  const { tokens, body, cues } = ix;
  const verb = tokens[v];
  if (!verb) return null;
  for (let k = v + 1; k <= v + 6 && tokens[k]?.sentence === verb.sentence && !ix.quoted[k]; k++) {
    if (gapHas(ix, k - 1, k, STOPS_GLUED)) return null;
    const words = cues.attribution.sourceBefore.find((w) => phraseAt(ix, k, w));
    if (!words) continue;
    const a = k + words.length;
    let e = a;
    while (e + 1 < a + 5 && tokens[e + 1]?.sentence === verb.sentence && !gapHas(ix, e, e + 1, STOPS)) e++;
    const entity = tokens[a] ? resolveSubject(ix, a, e, null, true) : null;
    const head = tokens[a]?.lower ?? '';
    const { groupNouns, sourceNouns } = cues.attribution;
    if (!entity || (entity.literal && !groupNouns.has(head) && !sourceNouns?.has(head))) return null;
    return { entity, text: body.slice(verb.start, tokens[e]?.end ?? verb.end) };
  }
  return null;
}

/**
 * "сообщил ТАСС источник в правительстве": an outlet right after the verb, with more of the
 * subject after it, is whom the speaker told; the speaker is the rest when it names someone.
 */
function outletAddressee(ix: SpeakerIndex, v: number, e: number): Entity | null {
  const o = ix.orgAt.get(v + 1);
  if (!ix.cues.attribution.lateSubject || !o || o.first !== v + 1 || o.last + 1 >= e) return null;
  const rest = resolveSubject(
    ix,
    o.last + 1,
    e - 1,
    ix.cues.attribution.verbGender(ix.tokens[v]?.lower ?? ''),
    true,
  );
  // The words after it must be a subject — a person, a group, a role's holder, an unnamed source —
  // not a time or a place ("сообщил ТАСС в понедельник": TASS reported).
  const head = ix.tokens[o.last + 1]?.lower ?? '';
  const { groupNouns, sourceNouns } = ix.cues.attribution;
  if (!rest || (rest.literal && !groupNouns.has(head) && !sourceNouns?.has(head))) return null;
  return rest;
}

/** The last token of [first, last] that belongs to the entity found (the attribution as written). */
function lastTokenOf(ix: SpeakerIndex, first: number, last: number, entity: Entity): number {
  for (let k = last; k >= first; k--) {
    if (entity.person && ix.personAt.get(k) === entity.person) return k;
    if (ix.orgAt.get(k)?.name === entity.speaker) return k;
  }
  return last;
}

/** Two or three capitalised words, not a role, organisation or place: a name the people step missed. */
function nameInClause(ix: SpeakerIndex, from: number, to: number): Entity | null {
  const { tokens, cues } = ix;
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    if (!t?.cap || ix.orgAt.has(k) || ix.placeAt.has(k) || isRoleHead(ix, t.lower)) continue;
    if (ROLE_ANAPHORS.has(t.lower) || cues.roles.modifiers.has(t.lower)) continue;
    let e = k;
    while (e < to && e < k + 2 && tokens[e + 1]?.cap && !ix.orgAt.has(e + 1) && !gapHas(ix, e, e + 1, /\S/))
      e++;
    if (e === k) continue;
    // "… Yelena Vorontsovanın “…” proqnozunu": a name in the genitive owns something; it is no subject.
    if (cues.roles.complements === 'before' && cues.roles.ownerCase.test(tokens[e]?.lower ?? '')) {
      k = e;
      continue;
    }
    const name = resolveSubject(ix, k, e);
    if (name) return name;
  }
  return null;
}

/** "Prezident İlham Əliyev “…” deyib": the clause before the quote holds the subject. */
function subjectBeforeQuote(ix: SpeakerIndex, q: QuoteSpan): Entity | null {
  const { tokens } = ix;
  const s = sentenceAt(ix.model, q.openAt);
  if (!s) return null;
  const to = tokenAtOrAfter(tokens, q.openAt) - 1;
  let from = tokenAtOrAfter(tokens, s.start);
  for (let k = to; k > from; k--) {
    if (ix.quoted[k] || gapHas(ix, k - 1, k, /[,:;—–]/)) {
      from = k;
      break;
    }
  }
  if (to < from) return null;
  const e = resolveSubject(ix, from, to);
  if (e && !e.literal) return e;
  // "prokuror Rauf Mirzəyev çıxışında işi “…” kimi səciyyələndirib": a full name in the clause.
  const name = nameInClause(ix, from, to);
  if (name) return name;
  // "O, … heç bir “…” hadisə … deyib": the sentence's subject, set off by a comma.
  const start = tokenAtOrAfter(tokens, s.start);
  if (start < from && gapHas(ix, start, start + 1, /,/)) {
    const e = resolveSubject(ix, start, start);
    if (e && !e.literal) return e;
  }
  // The sentence's subject before the clause that holds the quote ("Yalçınkaya … “…” keçdiyini vurğulayıb"):
  // the name opening the sentence, else a name in it.
  const first = tokens[start];
  const opener =
    first?.cap && !ix.cues.roles.ownerCase.test(first.lower) ? resolveSubject(ix, start, start) : null;
  if (opener && !opener.literal) return opener;
  return start < from ? nameInClause(ix, start, from) : null;
}

/** "“…”, - deyə bildirilib": a passive with no agent; most likely the body the paragraph cites. */
function passiveSource(ix: SpeakerIndex, v: number): Entity | null {
  const verb = ix.tokens[v];
  if (!verb || !ix.cues.attribution.droppedSubject?.passive.test(verb.lower)) return null;
  const source = statementSource(ix, verb.start, verb.paragraph);
  return source ? { ...source, via: 'guess' } : null;
}

/** The attribution after quote q, before `limit` (the next quote). */
export function attributionAfter(ix: SpeakerIndex, q: QuoteSpan, limit: number): Found | null {
  const { tokens, body, cues } = ix;
  const content = body.slice(q.start, q.end).trimEnd();
  const j0 = tokenAtOrAfter(tokens, q.closeAt + 1);
  const t0 = tokens[j0];
  if (!t0 || t0.start >= limit) return null;
  const gap = body.slice(q.closeAt + 1, t0.start);
  if (/\n/.test(gap) || /[.!?;:]/.test(gap)) return null;
  // "…” and said": the writer's sentence goes on; its subject is before the quote.
  if (cues.attribution.conjunctions.has(t0.lower)) return null;
  // "Popeskunun “…” iddiasını rədd edib": the words of the owner named before the quote.
  if (cues.attribution.reportedNouns.has(t0.lower) && cues.roles.complements === 'before') {
    const owner = ownerOf(ix, tokenAtOrAfter(tokens, q.openAt));
    if (owner) return { entity: owner.entity, text: body.slice(tokens[owner.at]?.start ?? t0.start, t0.end) };
  }
  const words = reportedAfter(ix, j0, limit);
  if (words) return words;
  const source = sourceAfterQuote(ix, j0);
  if (source !== null) return source || null;
  if (/[.!?…]$/.test(content) && t0.cap && !/[,—–-]/.test(gap) && !cues.speechVerbs.has(t0.lower))
    return null;
  // "– deyə müdafiə nazirinin müavini, general-leytenant Kamran Əhmədov bildirib": the verb comes last.
  const glued = ATTRIBUTION_GLUE.has(t0.lower);
  let v = verbAfter(ix, j0, limit, glued, /,/.test(gap) || /,$/.test(content));
  if (v < 0) return null;
  // "qeyd edib": the compound's light word is not the verb's subject.
  while (
    cues.attribution.verbParts.has(tokens[v]?.lower ?? '') &&
    cues.speechVerbs.has(tokens[v + 1]?.lower ?? '')
  )
    v++;
  const verb = tokens[v];
  if (!verb) return null;
  // "– İHA … Saraçoğlunun sözlərini sitat gətirir": the owner of the words cited, not who cites them.
  if (cues.roles.complements === 'before') {
    for (let k = j0 + 1; k < v; k++) {
      if (!cues.attribution.reportedNouns.has(tokens[k]?.lower ?? '')) continue;
      const owner = ownerOf(ix, k);
      if (owner?.entity.person)
        return { entity: owner.entity, text: body.slice(tokens[j0]?.start ?? verb.start, verb.end) };
    }
  }
  let first = j0;
  while (first < v && ATTRIBUTION_GLUE.has(tokens[first]?.lower ?? '')) first++;
  let last = v - 1;
  while (last >= first && cues.attribution.verbParts.has(tokens[last]?.lower ?? '') && last === v - 1) last--;
  while (last >= first && EN_AUXILIARIES.has(tokens[last]?.lower ?? '')) last--;
  const verbFinal = cues.attribution.verbFinal;
  // "deyə onlar Qafqaz Ekspress-ə açıqlamalarında qeyd ediblər": whom they told is not who spoke.
  const told = verbFinal && last > first ? addresseeFrom(ix, first, last) : -1;
  if (told > first) last = told - 1;
  if (last >= first) {
    // "…,” the agency said, citing Lena Varga": the one cited said it.
    const passedOn = citedSource(ix, v);
    // A person citing someone still said it.
    if (passedOn && !resolveSubject(ix, first, last)?.person) return passedOn;
    const text = body.slice(tokens[first]?.start ?? verb.start, verb.end);
    let entity = resolveSubject(ix, first, last, cues.attribution.verbGender(verb.lower), verbFinal);
    // "the 54-year-old said": an age standing for the person, as a pronoun does.
    if (entity?.literal && AGE.test(entity.speaker)) entity = pronounPerson(ix, first, null);
    // "– şirkətin baş direktoru Mehmet Ali Korkmaz … bildirib": a full name the people step missed,
    // after the words of its role.
    if (verbFinal && entity?.literal) entity = nameInClause(ix, first, last + 1) ?? entity;
    // "“…”, – onlar qeyd edib": a group of sources as written is the subject, not an object clause.
    const group = entity?.via === 'group';
    // "“…” hadisə qeydə alınmadığını deyib": an object clause, the subject opened the sentence.
    if (verbFinal && !group && (!entity || entity.literal)) {
      const before = subjectBeforeQuote(ix, q);
      if (before) return { entity: before, text };
      // "… keçdiyini vurğulayıb": a lower-case clause is the verb's object, never its speaker; the
      // subject was dropped.
      if (entity && (/^\p{Ll}/u.test(entity.speaker) || isObjectClause(ix, last)))
        return { entity: droppedSubject(ix, v), text };
    }
    return { entity, text };
  }
  const inverted = verbFinal ? null : invertedSubject(ix, v);
  if (inverted) return inverted;
  // Nothing between the quote and its verb, nothing after the verb: the subject opened the clause.
  const before = subjectBeforeQuote(ix, q);
  const text = body.slice(tokens[j0]?.start ?? verb.start, verb.end);
  if (before) return { entity: before, text };
  // "“…”, - deyə bildirib": no subject written anywhere, where the language drops it.
  // A passive after words in the writer's sentence names them ("“…” adlandırılır"); it cites a whole one.
  const dropped = verbFinal
    ? (droppedSubject(ix, v) ?? (q.kind === 'full' ? passiveSource(ix, v) : null))
    : null;
  return dropped ? { entity: dropped, text } : null;
}
