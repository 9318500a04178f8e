/**
 * Step: who said each quote. The attribution after the closing mark first ("…,” the statement
 * said", "…,” said Keller", "», — сказал он", "», – deyə nazir bildirib", "…,” according to X"),
 * then before it in its sentence ("Galuzin asserted that … “…”", "Holt's claim that “…”",
 * "по словам X, «…»"). Subjects resolve through speaker-subject.ts (people, organisations,
 * capitals as governments, roles and pronouns through coreference.ts). The previous speaker of the
 * paragraph (or of the previous paragraph when the quote opens its own) and the speaker of the
 * sentences before are candidates too; speaker-choice.ts scores them all and picks one. Short
 * phrases with no attribution are scare-quoted terms.
 */
import type { QuoteKind } from './types.ts';
import type { QuoteSpan } from './quotes.ts';
import { sentenceAt, tokenAtOrAfter, type TextModel } from './tokenize.ts';
import {
  buildSpeakerIndex,
  type AttributionContext,
  type Entity,
  type SpeakerIndex,
  type SpeakerVia,
} from './speaker-index.ts';
import { attributionAfter } from './attribution-after.ts';
import { attributionBefore } from './attribution-before.ts';
import { attributionNextSentence } from './attribution-next.ts';
import { nestedClaim, nestedSpeaker } from './attribution-nested.ts';
import { contextSpeaker } from './attribution-context.ts';
import { sameRoleWord } from './role-words.ts';
import { chooseSpeaker, fromFound, type Candidate } from './speaker-choice.ts';

export type { AttributionContext, SpeakerVia } from './speaker-index.ts';

export interface Attribution {
  speaker: string | null;
  attribution: string | null;
  kind: QuoteKind;
  /** How the speaker was found; absent when there is none. */
  via?: SpeakerVia;
  /** The marks only set off a name («Газпром», “Şirvan” bərəsi): not a quotation at all. */
  name?: boolean;
  /** The winning speaker's score over the best rival's (speaker-choice.ts); absent when none was chosen. */
  margin?: number;
}

/** Words of a quoted name: capitalised or numbers, no sentence punctuation («Хазар Танкер», “QatarEnergy”). */
const NAME_WORD = /^[\p{Lu}\p{N}][\p{L}\p{M}\p{N}’'-]*$/u;

/** A quoted proper name, not attributed speech: short, every word capitalised, no comma or dash after it. */
function isQuotedName(body: string, q: QuoteSpan): boolean {
  // Nested ones too: "Biz “Bakı-Tbilisi-Qars” xətti ilə …" names a route inside the speech.
  if (q.segments.length > 1) return false;
  const words = body.slice(q.start, q.end).trim().split(/\s+/);
  if (words.length > 4 || !words.every((w) => NAME_WORD.test(w))) return false;
  return !/^\s*,?\s*[—–-]/u.test(body.slice(q.closeAt + 1, q.closeAt + 5));
}

/** Unattributed partial quotes this short are scare-quoted terms, not speech. */
const TERM_WORDS = 3;

function paragraphOf(ix: SpeakerIndex, offset: number): number {
  return ix.tokens[tokenAtOrAfter(ix.tokens, offset)]?.paragraph ?? -1;
}

/** The previous top-level speaker, carried on when this quote continues it. */
function continuation(ix: SpeakerIndex, qi: number, entities: readonly (Entity | null)[]): Entity | null {
  const q = ix.quotes[qi];
  if (!q) return null;
  const para = paragraphOf(ix, q.start);
  const opensParagraph = ix.model.paragraphs.some((p) => p.start === q.openAt);
  for (let k = qi - 1; k >= 0; k--) {
    const prev = ix.quotes[k];
    const e = entities[k];
    if (!prev || prev.depth > 0 || !e) continue;
    const prevPara = paragraphOf(ix, prev.start);
    if (prevPara === para || (opensParagraph && prevPara === para - 1)) return e;
    return null;
  }
  return null;
}

/** Remember a person speaker for the pronouns that follow ("…,” she added"). */
function remember(ix: SpeakerIndex, q: QuoteSpan, e: Entity): void {
  if (!e.person) return;
  const from = sentenceAt(ix.model, q.openAt)?.index ?? 0;
  const to = sentenceAt(ix.model, Math.min(ix.body.length - 1, q.closeAt + 2))?.index ?? from;
  ix.previous = { person: e.person, from, to };
}

/** Words of two letters or fewer ("в", "at") say nothing about a role. */
const ROLE_WORD = /^\p{L}{3,}$/u;

/**
 * The attribution's unresolved words name a profession ("the hydrologist") that the person's
 * written role ("the mayor") does not: they describe someone else.
 */
function roleClash(words: string, e: Entity): boolean {
  const role = e.person?.role;
  if (!role) return false;
  const own = role.toLowerCase().split(/[\s,-]+/u);
  const said = words
    .toLowerCase()
    .split(/\s+/u)
    .filter((w) => ROLE_WORD.test(w));
  return !said.some((w) => own.some((r) => sameRoleWord(w, r)));
}

export function attribute(
  model: TextModel,
  quotes: readonly QuoteSpan[],
  ctx: AttributionContext,
): Attribution[] {
  const ix = buildSpeakerIndex(model, quotes, ctx);
  const { groupNouns, sourceNouns } = ix.cues.attribution;
  const sources = new Set([...groupNouns, ...(sourceNouns ?? [])]);
  const results: Attribution[] = [];
  const entities: (Entity | null)[] = [];
  const push = (a: Attribution, e: Entity | null): void => {
    results.push(a);
    entities.push(e);
  };
  for (const [qi, q] of quotes.entries()) {
    if (q.kind === 'term') {
      push({ speaker: null, attribution: q.marker, kind: 'term' }, null);
      continue;
    }
    if (isQuotedName(model.body, q)) {
      push({ speaker: null, attribution: null, kind: q.kind, name: true }, null);
      continue;
    }
    if (q.kind === 'nested') {
      const parentEntity = q.parent >= 0 ? (entities[q.parent] ?? null) : null;
      const claim = nestedClaim(ix, q, parentEntity);
      const inner = claim ? null : nestedSpeaker(ix, q, parentEntity);
      const speaker = claim?.speaker ?? inner?.entity.speaker ?? null;
      const via: SpeakerVia | undefined = claim ? 'claim' : inner?.entity.via;
      push(
        {
          speaker,
          ...(speaker && via ? { via } : {}),
          attribution: claim?.text ?? inner?.text ?? null,
          kind: 'nested',
        },
        null,
      );
      continue;
    }
    ix.quoteSentence = sentenceAt(model, q.openAt)?.index ?? 0;
    const nextQuote = quotes.slice(qi + 1).find((x) => x.depth === 0);
    const limit = nextQuote ? nextQuote.openAt : model.body.length;
    const written = [
      fromFound('after', attributionAfter(ix, q, limit), sources),
      fromFound('before', attributionBefore(ix, q), sources),
      fromFound('next', attributionNextSentence(ix, q, limit), sources),
    ].filter((c): c is Candidate => c !== null);
    const words = model.body.slice(q.start, q.end).trim().split(/\s+/).length;
    if (!written.length && q.kind === 'partial' && words <= TERM_WORDS) {
      push({ speaker: null, attribution: null, kind: 'term' }, null);
      continue;
    }
    const carried = continuation(ix, qi, entities);
    const context = carried ? null : contextSpeaker(ix, q);
    // Lower-case unresolved words describe someone ("the hydrologist", "дзюдоист в интервью").
    const described =
      written
        .map((c) => (c.unresolved === 'words' ? c.entity.speaker : ''))
        .find((w) => /^\p{Ll}/u.test(w)) ?? null;
    const inferred = (road: 'carried' | 'context', e: Entity): Candidate => ({
      road,
      entity: e,
      text: null,
      ...(described && roleClash(described, e) ? { roleClash: true } : {}),
    });
    const candidates = [
      ...written,
      ...(carried ? [inferred('carried', carried)] : []),
      ...(context ? [inferred('context', context)] : []),
    ];
    const choice = chooseSpeaker(candidates, carried);
    if (!choice) {
      push({ speaker: null, attribution: null, kind: q.kind }, null);
      continue;
    }
    const { entity, road, text } = choice.candidate;
    remember(ix, q, entity);
    push(
      {
        speaker: entity.speaker,
        attribution: text,
        kind: q.kind,
        via: road === 'carried' || road === 'context' ? 'continuation' : entity.via,
        ...(Number.isFinite(choice.margin) ? { margin: choice.margin } : {}),
      },
      entity,
    );
  }
  return results;
}
