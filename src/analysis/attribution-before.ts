/**
 * Attribution written before a quote, in its sentence: someone's reported words ("rejected Holt's
 * claim that “…”" → Holt), a participle ("…, calling it “…”" → the sentence's subject), a speech
 * verb and its subject ("Galuzin asserted that … “…”", "Как заявил Петров, «…»"), or a source
 * ("according to X", "по словам X", "X-in sözlərinə görə").
 */
import type { QuoteSpan } from './quotes.ts';
import { sentenceAt, tokenAtOrAfter } from './tokenize.ts';
import {
  entityAt,
  entityNear,
  gapHas,
  personEntity,
  phraseAt,
  type Entity,
  type Found,
  type SpeakerIndex,
} from './speaker-index.ts';
import { DETERMINERS, resolveSubject } from './speaker-subject.ts';
import { isObjectClause, isRoleHead, roleHolder } from './coreference.ts';
import { droppedSubject, mainSubject, pronounPerson } from './speaker-main-subject.ts';
import type { Gender } from '../languages/analysis-cues.ts';
import { ATTRIBUTION_GLUE, EN_AUXILIARIES } from '../languages/data/speech.ts';
import { nameAfterPlace, quotedName, quotedOwner } from './attribution-claims.ts';
import { pronounGroup } from './speaker-groups.ts';
import { sourceSpeaker } from './speaker-sources.ts';

/** Quotes this short, far from their source, are terms (as attribution.ts reads them). */
const TERM_WORDS = 3;
const SUBJECT_BREAKS = new Set(['that', 'and', 'but', 'which', 'who', 'as']);
const STOPS = /[.,;:!?“”«»"()—–]/;
/** Words back from a quote a reported-words noun may stand ("Holt's claim that the … “…”"). */
const REPORTED_REACH = 14;

/** Tokens between a reported-words noun and its owner ("a claim by Chinese … spokeswoman Zhou Mei Ling"). */
const OWNER_REACH = 7;

/** A person or organisation among tokens from k stepping by `step`, in the clause, within reach. */
function ownerScan(
  ix: SpeakerIndex,
  k: number,
  step: 1 | -1,
  genitive: boolean,
): { entity: Entity; at: number } | null {
  const { tokens, cues } = ix;
  let org: { entity: Entity; at: number } | null = null;
  // The owner is in the noun's own sentence: "— говорится в заявлении.\n\nГалузин …" is not Galuzin's.
  const sentence = tokens[k - step]?.sentence;
  for (let j = k, n = 0; n < OWNER_REACH && j >= 0 && j < tokens.length; j += step, n++) {
    const t = tokens[j];
    if (!t || ix.quoted[j] || t.sentence !== sentence) break;
    if (gapHas(ix, step > 0 ? j - 1 : j, step > 0 ? j : j + 1, /[.,;:!?()—–]/) && n > 0) break;
    if (genitive && !cues.roles.ownerCase.test(t.lower)) continue;
    // "İzvestiya qəzetinin": the organisation its lower-case noun follows.
    const e = entityAt(ix, j) ?? (genitive && !t.cap && ix.orgAt.has(j - 1) ? entityAt(ix, j - 1) : null);
    if (e?.person) return { entity: e, at: j };
    // "слова собеседника": the unnamed source cited before owns them.
    const source = e ? null : sourceSpeaker(ix, j);
    if (source) return { entity: source, at: j };
    // "слова министра": a role noun owning the words stands for its holder.
    if (!e && isRoleHead(ix, t.lower)) {
      const holder = roleHolder(ix, j, j, null);
      if (holder) return { entity: holder, at: j };
    }
    if (e && (!org || (org.entity.via === 'place' && e.via !== 'place'))) org = { entity: e, at: j };
  }
  // A country owning the words ("Rusiyanın … iddiasını") most likely stands before their real owner.
  return org && org.entity.via === 'place' ? { ...org, entity: { ...org.entity, via: 'guess' } } : org;
}

/**
 * The owner of the reported words named by the noun at k: a possessive ("Holt's claim", "her
 * claim", "её довод"), "by" and a name ("a claim by … Zhou Mei Ling"), or the genitive where the
 * language puts it ("заявление … Холлоуэя", "Popeskunun … iddiasını").
 */
export function ownerOf(ix: SpeakerIndex, k: number): { entity: Entity; at: number } | null {
  const { tokens, cues } = ix;
  const prev = tokens[k - 1];
  const possessive = prev ? cues.attribution.possessivePronouns.get(prev.lower) : undefined;
  if (prev && possessive !== undefined) {
    const e = resolvePossessive(ix, k - 1, possessive);
    return e ? { entity: e, at: k - 1 } : null;
  }
  // "их слова", "their claim": the group named last.
  if (prev && cues.attribution.groupPossessives?.has(prev.lower)) {
    const group = pronounGroup(ix, k - 1);
    return group ? { entity: group, at: k - 1 } : null;
  }
  if (prev?.possessive) {
    const e = entityAt(ix, k - 1);
    if (e) return { entity: e, at: k - 1 };
  }
  const where = cues.roles.complements;
  // "утверждение партии «Гражданский выбор»", "“Yeni Yol” partiyasının iddiası": a quoted name owns them.
  const step = where === 'before' ? -1 : 1;
  const quoted = where === 'genitive-after' || where === 'before' ? quotedOwner(ix, k, step) : null;
  if (quoted) return quoted;
  if (where === 'genitive-after') return ownerScan(ix, k + 1, 1, false) ?? nameAfter(ix, k + 1);
  if (where === 'before') return ownerScan(ix, k - 1, -1, true);
  if (tokens[k + 1]?.lower !== 'by') return null;
  const owner = ownerScan(ix, k + 2, 1, false);
  if (owner?.entity.person) return owner;
  // "a claim by the Moscow business daily Delovoy Vestnik": the name after the place.
  if (owner && (owner.entity.via === 'place' || owner.entity.via === 'guess')) {
    const named = nameAfterPlace(ix, owner.at);
    if (named) return named;
  }
  // "the claim by Jordan Havel, the energy spokesman …": a full name the people step did not know.
  const name = capitalisedName(ix, k + 2);
  return name ?? owner;
}

/** Two to four capitalised words from k, ending the phrase: a name as written. */
function capitalisedName(ix: SpeakerIndex, k: number): { entity: Entity; at: number } | null {
  const { tokens, body } = ix;
  let e = k;
  while (e < k + 3 && tokens[e + 1]?.cap && !gapHas(ix, e, e + 1, /\S/)) e++;
  // A first name that is also a place ("Jordan Havel") still opens a name.
  if (e === k || !tokens[k]?.cap || ix.orgAt.has(k) || ix.placeAt.has(e)) return null;
  const speaker = body.slice(tokens[k].start, tokens[e]?.end ?? 0);
  return { entity: { speaker, country: null, via: 'literal', literal: true }, at: e };
}

/** "утверждение газеты Financial Times": a name of two or more capitalised words just after the noun. */
function nameAfter(ix: SpeakerIndex, k: number): { entity: Entity; at: number } | null {
  for (let j = k; j < k + 3 && ix.tokens[j] && !ix.quoted[j]; j++) {
    if (j > k && gapHas(ix, j - 1, j, STOPS)) return null;
    if (ix.tokens[j]?.cap) return capitalisedName(ix, j);
  }
  return null;
}

function resolvePossessive(ix: SpeakerIndex, k: number, gender: Gender | null): Entity | null {
  const e = pronounPerson(ix, k, gender);
  return e ? { ...e, via: e.via === 'pronoun' ? 'pronoun' : 'guess' } : null;
}

/**
 * Where reported words may be named before a quote: back from the quote, and — for a that-clause
 * ("dismissed the claim by Jordan Havel, the energy spokesman of …, that the deal was “…”") —
 * back from its "that", however long the owner's description.
 */
function reportedWords(ix: SpeakerIndex, from: number, to: number, short: boolean): Found | null {
  const near = reportedWordsBefore(ix, from, to, short);
  if (near) return near;
  // A short quote counts only right after its "that" ("that the tunnel was “far behind schedule”").
  const reach = short ? SOURCE_REACH + 1 : REPORTED_REACH;
  for (let k = to - 1; k > from && k > to - reach; k--) {
    if (ix.quoted[k] && quotedName(ix, k)) continue;
    if (ix.quoted[k] || ix.cues.speechVerbs.has(ix.tokens[k]?.lower ?? '')) return null;
    if (ix.cues.attribution.complementizers?.has(ix.tokens[k]?.lower ?? ''))
      return reportedWordsBefore(ix, from, k, false);
  }
  return null;
}

/** "Holt's claim that “…”", "заявление Ивана Соколова о том, что «…»", "Bayramovun iddiası": the owner. */
function reportedWordsBefore(ix: SpeakerIndex, from: number, to: number, short: boolean): Found | null {
  const { tokens, body, cues } = ix;
  // A short quote far from the noun is a term in a clause of its own.
  const reach = short ? SOURCE_REACH : REPORTED_REACH;
  for (let k = to - 1; k >= Math.max(from, to - reach); k--) {
    const t = tokens[k];
    // A name in quote marks may stand between the noun and its quote ("утверждение канала «X» о том").
    if (t && ix.quoted[k] && quotedName(ix, k)) continue;
    if (!t || ix.quoted[k]) return null;
    if (cues.speechVerbs.has(t.lower)) return null;
    const own = cues.attribution.ownWordsNouns?.has(t.lower) ?? false;
    if (!own && !cues.attribution.reportedNouns.has(t.lower)) continue;
    const owner = ownerOf(ix, k);
    if (!owner) {
      // "Козырев … ограничился замечанием, что решение «…»": the subject's own words.
      const subject = own ? sentenceSubject(ix, from, k) : null;
      return subject ? { entity: subject, text: body.slice(tokens[from]?.start ?? t.start, t.end) } : null;
    }
    const a = Math.min(owner.at, k);
    const b = Math.max(owner.at, k);
    return { entity: owner.entity, text: body.slice(tokens[a]?.start ?? t.start, tokens[b]?.end ?? t.end) };
  }
  return null;
}

/** The first person or organisation opening the sentence, before token v. */
function sentenceSubject(ix: SpeakerIndex, from: number, v: number): Entity | null {
  for (let k = from; k < v && k < from + 6; k++) {
    if (ix.quoted[k]) return null;
    const p = ix.personAt.get(k);
    if (p) return resolveSubject(ix, k, k);
    const o = ix.orgAt.get(k);
    if (o) return resolveSubject(ix, k, k);
  }
  return null;
}

/** "«…», — сказал Кольцов, добавив, что «…»": the first person or organisation outside quotes before v. */
function firstSpeaker(ix: SpeakerIndex, from: number, v: number): Entity | null {
  for (let k = from; k < v; k++) {
    if (ix.quoted[k]) continue;
    const e = entityAt(ix, k);
    if (e && e.via !== 'place') return e;
  }
  return null;
}

/**
 * The subject written before a clause set off by commas that ends right before the verb:
 * "Levon Harutyunyan, who leads the other delegation, said", "Khazar Ferry Lines, the operator, said".
 */
function subjectBeforeInsert(ix: SpeakerIndex, v: number, from: number): Entity | null {
  if (!gapHas(ix, v - 1, v, /,/)) return null;
  for (let k = v - 2; k >= from; k--) {
    if (ix.quoted[k]) return null;
    if (!gapHas(ix, k, k + 1, /,/)) continue;
    // A comma inside an organisation's name ("Group Co., Ltd.") does not end the insert.
    const org = ix.orgAt.get(k);
    if (org && ix.orgAt.get(k + 1) === org) continue;
    const e = entityAt(ix, k);
    if (e) return e.via !== 'place' ? e : null;
    // "Турецкий министр, в свою очередь, назвал": a role or a surname before the insert.
    let s = k;
    while (s > from && s > k - 3 && !gapHas(ix, s - 1, s, STOPS)) s--;
    const subject = resolveSubject(ix, s, k);
    return subject && !subject.literal ? subject : null;
  }
  return null;
}

/** Punctuation that ends a name's run of capitalised words (initials keep their full stops). */
const NAME_BREAK = /[,;:!?()—–"“”«»]/u;

/**
 * "J. D. Whitcombe, a partner at Meridian Gas Advisory Ltd, said", "Ahmed Qahtani, director …, who
 * accompanied the delegation, said": the person opening the sentence, set off by the commas of one
 * or more inserts that end right before the verb — not the employer or the object inside them. A
 * name the people step did not know counts when it is two to four capitalised words that are no
 * organisation, place or role; the speaker is then a guess.
 */
function sentenceOpener(ix: SpeakerIndex, from: number, v: number): Entity | null {
  const { tokens, body, cues } = ix;
  if (!gapHas(ix, v - 1, v, /,/) || ix.quoted[from]) return null;
  const p = ix.personAt.get(from);
  let end = from;
  // "Вице-премьер, курирующий инфраструктуру, …, назвал": a role set off by the insert's comma.
  const role = roleOpener(ix, from, v);
  if (role && gapHas(ix, role.at, role.at + 1, /,/)) return role.entity;
  if (p) {
    while (ix.personAt.get(end + 1) === p) end++;
  } else {
    while (end + 1 < v && end - from < 3 && tokens[end + 1]?.cap && !gapHas(ix, end, end + 1, NAME_BREAK))
      end++;
    if (end === from) return null;
    for (let k = from; k <= end; k++) {
      const w = tokens[k]?.lower ?? '';
      const { roles } = cues;
      if (ix.orgAt.has(k) || ix.placeAt.has(k) || isRoleHead(ix, w) || roles.modifiers.has(w)) return null;
      if (roles.titles.has(w) || roles.honorifics.has(w) || DETERMINERS.has(w)) return null;
    }
  }
  if (end + 1 >= v || !gapHas(ix, end, end + 1, /,/)) return null;
  if (p) return personEntity(p);
  const speaker = body.slice(tokens[from]?.start ?? 0, tokens[end]?.end ?? 0);
  return { speaker, country: null, via: 'guess' };
}

/**
 * A role opening the sentence ("The minister also rejected …", "Вице-премьер, …"), up to three words
 * in, whose holder is a person: that person and the role's last token.
 */
function roleOpener(ix: SpeakerIndex, from: number, v: number): { entity: Entity; at: number } | null {
  const { tokens, cues } = ix;
  for (let h = from; h < from + 3 && h < v; h++) {
    const w = tokens[h]?.lower ?? '';
    if (ix.quoted[h] || ix.personAt.has(h) || ix.orgAt.has(h)) return null;
    if (isRoleHead(ix, w)) {
      const entity = resolveSubject(ix, from, h, cues.attribution.verbGender(tokens[v]?.lower ?? ''));
      return entity?.person ? { entity, at: h } : null;
    }
    if (!DETERMINERS.has(w) && !cues.roles.modifiers.has(w) && !ix.placeAt.has(h)) return null;
  }
  return null;
}

/** The subject of the speech verb at v, written before it; null when none resolves. */
export function subjectOfVerb(ix: SpeakerIndex, v: number, from: number, to: number): Found | null {
  const { tokens, body, cues } = ix;
  const t = tokens[v];
  if (!t) return null;
  let last = v - 1;
  while (last >= from && EN_AUXILIARIES.has(tokens[last]?.lower ?? '')) last--;
  // "O qeyd edib ki": the light word of a compound verb is not its subject.
  while (last >= from && cues.attribution.verbParts.has(tokens[last]?.lower ?? '')) last--;
  // "Qeyd edib ki, …", "… olduğunu qeyd edib: …": no subject written; the language dropped it.
  if (cues.attribution.droppedSubject && (last < from || isObjectClause(ix, last))) {
    const dropped = droppedSubject(ix, v);
    return dropped
      ? { entity: dropped, text: body.slice(tokens[Math.max(from, last + 1)]?.start ?? t.start, t.end) }
      : null;
  }
  // "Ilse Moreau, who called it “…”": the relative pronoun stands for the name before its comma.
  if (cues.attribution.relativePronouns?.has(tokens[last]?.lower ?? '') && gapHas(ix, last - 1, last, /,/)) {
    const antecedent = entityAt(ix, last - 1);
    if (antecedent && antecedent.via !== 'place')
      return { entity: antecedent, text: body.slice(tokens[last]?.start ?? t.start, t.end) };
  }
  // "X thanked the hosts and called the talks “…”": a second verb shares the main clause's subject.
  if (cues.attribution.conjunctions.has(tokens[last]?.lower ?? '') && last > from) {
    const shared = mainSubject(ix, t.sentence, cues.attribution.verbGender(t.lower));
    if (shared) return { entity: personEntity(shared.person, shared.via), text: body.slice(t.start, t.end) };
  }
  let first = last;
  while (
    first - 1 >= from &&
    last - first < 5 &&
    !ix.quoted[first - 1] &&
    !gapHas(ix, first - 1, first, STOPS) &&
    !SUBJECT_BREAKS.has(tokens[first - 1]?.lower ?? '')
  )
    first--;
  // "Как заявил …": a word gluing the attribution on is not its subject.
  while (first <= last && ATTRIBUTION_GLUE.has(tokens[first]?.lower ?? '')) first++;
  const gender = cues.attribution.verbGender(t.lower);
  const thatTok = tokens[v + 1];
  const end = thatTok && thatTok.lower === 'that' && v + 1 < to ? thatTok.end : t.end;
  // Keep the shortest resolvable tail: "during the talks Keller said" → "Keller".
  for (let f = Math.max(first, last - 5); f <= last; f++) {
    const a = tokens[f];
    if (!a) continue;
    if (!(
      a.cap ||
      DETERMINERS.has(a.lower) ||
      cues.attribution.personPronouns.has(a.lower) ||
      cues.attribution.groupPronouns.has(a.lower)
    ))
      continue;
    let entity = resolveSubject(ix, f, last, gender);
    if (!entity) continue;
    // "Harutyunyan, who leads the other delegation, said": the subject before the inserted clause;
    // "Jordan Avery, an analyst at Steppe Capital LLP, said": a person before it, not their employer.
    if (entity.literal) entity = sentenceOpener(ix, from, v) ?? subjectBeforeInsert(ix, v, from) ?? entity;
    else if (!entity.person) {
      const outer = sentenceOpener(ix, from, v) ?? subjectBeforeInsert(ix, v, from);
      if (outer?.person || outer?.via === 'guess') entity = outer;
    }
    // "Бутина в беседе с «Известиями» отметила": an addressee in quote marks, the person opening the sentence.
    if (entity.via === 'literal' && gapHas(ix, f - 1, f, /[«“"„]/u))
      entity = sentenceSubject(ix, from, v) ?? entity;
    return { entity, text: body.slice(a.start, end) };
  }
  const outer = subjectBeforeInsert(ix, v, from);
  if (outer) return { entity: outer, text: body.slice(t.start, t.end) };
  // "Как заявил Сергей Петров, «…»": verb first, its subject after it, before the comma.
  let e = v + 1;
  while (e < to && e <= v + 6 && !gapHas(ix, e - 1, e, STOPS)) e++;
  if (e > v + 1 && (last < from || cues.attribution.lateSubject)) {
    const entity = resolveSubject(ix, v + 1, e - 1, gender);
    if (entity && !entity.literal)
      return { entity, text: body.slice(tokens[first]?.start ?? t.start, tokens[e - 1]?.end ?? t.end) };
  }
  return null;
}

/** Auxiliaries of the passive before a participle ("was dismissed", "were described"). */
const PASSIVE = /^(?:was|were|is|are|be|been|being)$/u;

/** Tokens a source may stand before a short quote and still be its speaker (not a clause's). */
const SOURCE_REACH = 5;

/**
 * A source phrase owned by a possessive pronoun: "по его словам" (the pronoun inside the phrase),
 * "Onun sözlərinə görə" (before it). The pronoun's person, as for "he said".
 */
function pronounSource(ix: SpeakerIndex, k: number, to: number, short: boolean): Found | null {
  const { tokens, body, cues } = ix;
  // A short quote far from the phrase is a term in a clause of its own, as for a named source.
  if (short && to - k > 3 + SOURCE_REACH) return null;
  const own = cues.attribution.possessivePronouns;
  const found = (pronoun: number, end: number): Found | null => {
    const entity = resolvePossessive(ix, pronoun, own.get(tokens[pronoun]?.lower ?? '') ?? null);
    return entity
      ? { entity, text: body.slice(tokens[Math.min(k, pronoun)]?.start ?? 0, tokens[end]?.end ?? 0) }
      : null;
  };
  if (!own.has(tokens[k]?.lower ?? '')) {
    const words = cues.attribution.sourceBefore.find(
      (w) =>
        w.length > 1 &&
        tokens[k]?.lower === w[0] &&
        own.has(tokens[k + 1]?.lower ?? '') &&
        phraseAt(ix, k + 2, w.slice(1)),
    );
    return words && k + words.length < to ? found(k + 1, k + words.length) : null;
  }
  const after = cues.attribution.sourceAfter.find((w) => phraseAt(ix, k + 1, w));
  return after && k + after.length < to ? found(k, k + after.length) : null;
}

/**
 * "according to X", "по словам X" before the quote; "X-in sözlərinə görə" with the source first. A
 * short quote far from the source is a term in a clause of its own ("По словам X, жители называют
 * сирены «будильником»").
 */
function sourcePhrase(ix: SpeakerIndex, from: number, to: number, short: boolean): Found | null {
  const { tokens, body, cues } = ix;
  for (let k = from; k < to; k++) {
    const mine = pronounSource(ix, k, to, short);
    if (mine) return mine;
    for (const words of cues.attribution.sourceBefore) {
      if (!phraseAt(ix, k, words) || (short && to - k > words.length + SOURCE_REACH)) continue;
      const entity = entityNear(ix, k + words.length, 5);
      if (entity)
        return { entity, text: body.slice(tokens[k]?.start ?? 0, tokens[k + words.length - 1]?.end ?? 0) };
    }
    for (const words of cues.attribution.sourceAfter) {
      if (k === from || !phraseAt(ix, k, words) || (short && to - k > words.length + SOURCE_REACH)) continue;
      let s = k - 1;
      while (s > from && entityAt(ix, s - 1) && !gapHas(ix, s - 1, s, STOPS)) s--;
      const entity = entityAt(ix, k - 1) ? resolveSubject(ix, s, k - 1) : null;
      if (entity && !entity.literal)
        return { entity, text: body.slice(tokens[s]?.start ?? 0, tokens[k + words.length - 1]?.end ?? 0) };
    }
  }
  return null;
}

/** The attribution before quote q in its sentence. */
export function attributionBefore(ix: SpeakerIndex, q: QuoteSpan): Found | null {
  const { tokens, body, cues } = ix;
  // "… Məmmədov bildirib:\n\n“…”": a quote opening after a colon belongs to the clause before it.
  // Only the few characters before the mark are read (a quote's work stays local).
  const from0 = Math.max(0, q.openAt - 80);
  const before = body.slice(from0, q.openAt).trimEnd();
  const s = sentenceAt(ix.model, before.endsWith(':') ? from0 + before.length - 1 : q.openAt);
  if (!s) return null;
  const from = tokenAtOrAfter(tokens, s.start);
  const to = tokenAtOrAfter(tokens, q.openAt);
  const short = body.slice(q.start, q.end).trim().split(/\s+/).length <= TERM_WORDS;
  const reported = reportedWords(ix, from, to, short);
  if (reported) return reported;
  for (let v = to - 1; v >= from; v--) {
    const t = tokens[v];
    if (!t || ix.quoted[v]) continue;
    // "Keller rejected …, calling it “…”": the subject of the sentence.
    if (cues.attribution.speechParticiples.has(t.lower) && v > from) {
      const subject =
        sentenceSubject(ix, from, v) ?? roleOpener(ix, from, v)?.entity ?? firstSpeaker(ix, from, v);
      if (subject) {
        const obj = tokens[v + 1]?.lower === 'it' && v + 1 < to ? tokens[v + 1] : t;
        return { entity: subject, text: body.slice(t.start, obj?.end ?? t.end) };
      }
    }
    if (!cues.speechVerbs.has(t.lower)) continue;
    // "the plan was dismissed … as “a dream”": a passive verb's subject said nothing.
    if (PASSIVE.test(tokens[v - 1]?.lower ?? '') && /ed$/u.test(t.lower) && t.lower !== 'quoted') continue;
    const found = subjectOfVerb(ix, v, from, to);
    if (found) return found;
  }
  // "Nazir Samir Şərifov: “…”": a name set off by a colon before the quote.
  const last = to - 1;
  if (last >= from && gapHas(ix, last, to, /:/)) {
    const named = entityAt(ix, last);
    if (named && named.via !== 'place')
      return { entity: named, text: body.slice(tokens[from]?.start ?? 0, tokens[last]?.end ?? 0) };
    // "The ministry issued a warning: “…”": a colon hands the quote to the clause's subject.
    const subject = sentenceSubject(ix, from, last);
    if (subject && subject.via !== 'place')
      return { entity: subject, text: body.slice(tokens[from]?.start ?? 0, tokens[last]?.end ?? 0) };
  }
  return sourcePhrase(ix, from, to, short);
}
