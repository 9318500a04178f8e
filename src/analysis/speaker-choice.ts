/**
 * The final choice of a quote's speaker: every road that reads an attribution proposes a
 * candidate, each is scored from its features with the weights in SPEAKER_WEIGHTS, and the best
 * wins. The margin over the best rival (a different speaker) is kept: a narrow one means the text
 * supports two readings, and the quote's confidence stays below the auto threshold (confidence.ts).
 *
 * Roads (where the candidate was read):
 *   after     the attribution after the closing mark ("…,” said Varga", "», — сказал он")
 *   before    the attribution before it in its sentence ("Varga said that “…”", "по словам X")
 *   next      a sentence after the quote pointing back at it ("«…». Об этом заявил X")
 *   carried   the previous quote's speaker, when this quote continues the paragraph
 *   context   the speaker the sentences before the quote were about
 * Features:
 *   road         the road's weight: written attribution clauses outrank inferred speakers
 *   resolution   how the subject's words were resolved (SpeakerVia): a named person or body is
 *                surer than a pronoun's antecedent, which is surer than a guess
 *   unresolved   words that resolved to nobody (`literal`), by what they look like: a name the
 *                people and organisation steps missed ("AzerTelecom said") or an unnamed source as
 *                written ("a Western diplomat said") stay the speaker; other words ("the coach
 *                wrote", "He declined to say") rank below a speaker carried on from the paragraph
 *   neighbour    the same speaker holds the previous quote of the paragraph
 *   corroborated another written road (after, before, next) proposes the same speaker
 *   roleClash    an inferred speaker whose written role shares no word with the unresolved
 *                words of the attribution ("Karl Berg, the mayor … the hydrologist said"): the
 *                words describe someone else
 */
import type { Entity, Found, SpeakerVia } from './speaker-index.ts';

export type Road = 'after' | 'before' | 'next' | 'carried' | 'context';
/** What unresolved subject words look like (see `unresolvedSort`). */
export type Unresolved = 'name' | 'source' | 'words';

export interface Candidate {
  road: Road;
  entity: Entity;
  /** The attribution as written; null for speakers carried on or read from the context. */
  text: string | null;
  /** Set when the entity is the subject's own words (`literal`). */
  unresolved?: Unresolved;
  /** An inferred person whose role differs from the profession the attribution names. */
  roleClash?: boolean;
}

export interface SpeakerWeights {
  road: Record<Road, number>;
  resolution: Record<Exclude<SpeakerVia, 'literal'>, number>;
  unresolved: Record<Unresolved, number>;
  neighbour: number;
  corroborated: number;
  roleClash: number;
}

/**
 * One table, tuned on the development set. The road weights are spaced wider than any sum of the
 * other features, so a resolved attribution clause after the quote wins over one before it; only
 * unresolved words (`literal`) fall below an inferred speaker.
 */
export const SPEAKER_WEIGHTS: SpeakerWeights = {
  road: { after: 3, before: 2.6, next: 2.2, carried: 1.2, context: 0.8 },
  resolution: {
    named: 0.6,
    institution: 0.4,
    statement: 0.4,
    anaphor: 0.4,
    pronoun: 0.4,
    place: 0.3,
    claim: 0.3,
    group: 0.2,
    guess: 0,
    continuation: 0,
  },
  unresolved: { name: -0.3, source: -0.3, words: -2.5 },
  neighbour: 0.5,
  corroborated: 0.3,
  roleClash: -2,
};

/** A winner whose margin over the best rival is below this is not sure (confidence.ts caps it). */
export const SURE_MARGIN = 1;

export interface Choice {
  candidate: Candidate;
  score: number;
  /** Score over the best candidate naming someone else; Infinity when nobody else was proposed. */
  margin: number;
}

const WRITTEN: ReadonlySet<Road> = new Set(['after', 'before', 'next']);
const key = (e: Entity): string => e.speaker.toLowerCase();

export function candidateScore(
  c: Candidate,
  all: readonly Candidate[],
  neighbour: Entity | null,
  w: SpeakerWeights = SPEAKER_WEIGHTS,
): number {
  const via = c.entity.via;
  let score =
    w.road[c.road] + (via === 'literal' ? w.unresolved[c.unresolved ?? 'words'] : w.resolution[via]);
  if (c.roleClash) score += w.roleClash;
  if (neighbour && c.road !== 'carried' && key(neighbour) === key(c.entity)) score += w.neighbour;
  const others = new Set(
    all
      .filter((x) => WRITTEN.has(x.road) && x.road !== c.road && key(x.entity) === key(c.entity))
      .map((x) => x.road),
  );
  return score + w.corroborated * others.size;
}

/** The best candidate, or null when there are none. Ties keep the earlier road (the list's order). */
export function chooseSpeaker(
  candidates: readonly Candidate[],
  neighbour: Entity | null,
  w: SpeakerWeights = SPEAKER_WEIGHTS,
): Choice | null {
  let best: { candidate: Candidate; score: number } | null = null;
  const scored = candidates.map((candidate) => ({
    candidate,
    score: candidateScore(candidate, candidates, neighbour, w),
  }));
  for (const s of scored) if (!best || s.score > best.score) best = s;
  if (!best) return null;
  const winner = key(best.candidate.entity);
  let rival = -Infinity;
  for (const s of scored) if (key(s.candidate.entity) !== winner) rival = Math.max(rival, s.score);
  return { candidate: best.candidate, score: best.score, margin: best.score - rival };
}

/** A capitalised word or a number: the words of a name. */
const NAME_WORD = /^[\p{Lu}\p{N}][\p{L}\p{M}\p{N}.’'&-]*$/u;
/** Names are short. */
const NAME_WORDS = 5;

/**
 * What unresolved subject words look like: every word capitalised (a name), a noun for unnamed
 * sources or groups among them (`sources`: "diplomat", "источник", "mənbə"), or other words.
 */
export function unresolvedSort(words: string, sources: ReadonlySet<string>): Unresolved {
  const parts = words.trim().split(/\s+/u);
  if (parts.length <= NAME_WORDS && parts.every((p) => NAME_WORD.test(p))) return 'name';
  return parts.some((p) => sources.has(p.toLowerCase())) ? 'source' : 'words';
}

/** A candidate from a road's find, when it resolved to someone. */
export function fromFound(road: Road, found: Found | null, sources: ReadonlySet<string>): Candidate | null {
  if (!found?.entity) return null;
  const { entity, text } = found;
  return entity.via === 'literal'
    ? { road, entity, text, unresolved: unresolvedSort(entity.speaker, sources) }
    : { road, entity, text };
}
