/**
 * Story intelligence: read an article into facts. A pipeline of small pure steps over one
 * tokenised model of the body; see each module for its rules.
 *
 *   tokenize → places, orgs, equipment → people (names not inside those) → quotes → attribution
 *            → dates (+ describe)
 *
 * No I/O: word lists are imported data (src/analysis/data). Offsets are UTF-16 offsets into `body`.
 */
import type { AnalysisInput, AnalysisResult, EventFact, QuoteFact } from './types.ts';
import { tokenAtOrAfter, tokenize, writtenToBase, type TextModel } from './tokenize.ts';
import { itemAt } from './item-at.ts';
import { findPlaceMentions, placeFacts, placesOutsideOrgs } from './places.ts';
import { findOrgMentions, orgFacts } from './orgs.ts';
import { equipmentFacts, findEquipmentMentions } from './equipment.ts';
import { findPeople, personFacts } from './people.ts';
import { findQuotes, type QuoteSpan } from './quotes.ts';
import { attribute, type Attribution } from './attribution.ts';
import { findDates } from './dates.ts';
import { describeEvent, eventsOnce } from './describe.ts';
import { findConflicts } from './conflicts.ts';
import {
  conflictConfidence,
  equipmentConfidence,
  eventConfidence,
  orgConfidence,
  personConfidence,
  placeConfidence,
  quoteConfidence,
} from './confidence.ts';

function quoteFact(model: TextModel, q: QuoteSpan, a: Attribution): QuoteFact {
  const fullText =
    q.segments.length > 1
      ? q.segments.map((s) => model.body.slice(s.start, s.end)).join(' ')
      : model.body.slice(q.start, q.end);
  return {
    text8: fullText.trim().split(/\s+/).slice(0, 8).join(' '),
    full_text: fullText,
    speaker: a.speaker,
    attribution: a.attribution,
    kind: a.kind,
    start: q.start,
    end: q.end,
    ...(q.segments.length > 1 ? { parts: q.segments.map((s) => model.body.slice(s.start, s.end)) } : {}),
    confidence: quoteConfidence(a.kind, a.speaker, a.via, a.margin),
  };
}

export function analyze(input: AnalysisInput): AnalysisResult {
  const model = tokenize(input.body, input.language);
  const allPlaceMentions = findPlaceMentions(model);
  const allOrgMentions = findOrgMentions(model);
  const orgTokens = new Uint8Array(model.tokens.length);
  for (const o of allOrgMentions) for (let k = o.first; k <= o.last; k++) orgTokens[k] = 1;
  // A ministry's last word, when a region, is its owner ("Министерство … Дагестана"): a story place.
  const ministryOwner = new Set(allOrgMentions.filter((o) => o.kind === 'ministry').map((o) => o.last));
  // A region inside an organisation's name ("… Co-operation in Europe") is part of the name; countries
  // and cities there still count ("Russian Foreign Ministry", "Port of Aktau").
  const placeMentions = allPlaceMentions.filter(
    (p) => p.entry.type !== 'region' || !orgTokens[p.tokenIndex] || ministryOwner.has(p.tokenIndex),
  );
  // A place written only inside organisations' names is not one of the story's places.
  const outside = placesOutsideOrgs(model, placeMentions, orgTokens);
  const storyPlaces = [
    ...outside,
    ...placeMentions.filter(
      (p) => p.entry.type === 'region' && ministryOwner.has(p.tokenIndex) && !outside.includes(p),
    ),
  ].sort((a, b) => a.tokenIndex - b.tokenIndex);
  const equipmentMentions = findEquipmentMentions(model, orgTokens);
  // A ship's name read from its context ("the ferry Turan Express") is not the outlet "Turan".
  const vessels = equipmentMentions.filter((e) => e.sort === 'vessel');
  const orgMentions = allOrgMentions.filter((o) => !vessels.some((v) => v.start < o.end && o.start < v.end));

  // Tokens already read as places, organisations or equipment are not people's names.
  const blocked = new Uint8Array(model.tokens.length);
  for (const p of placeMentions) if (p.via !== 'demonym') blocked[p.tokenIndex] = 1;
  for (const o of orgMentions) for (let k = o.first; k <= o.last; k++) blocked[k] = 1;
  for (const e of equipmentMentions) {
    for (
      let k = tokenAtOrAfter(model.tokens, e.start);
      k < model.tokens.length && (model.tokens[k]?.end ?? Infinity) <= e.end;
      k++
    )
      blocked[k] = 1;
  }
  const people = findPeople(model, blocked);
  // A first name that is also a place ("Jordan Havel", "Sofiya Dimitrova") is the person's, not a place.
  const inName = new Uint8Array(model.tokens.length);
  for (const p of people)
    for (const m of p.mentions) for (let k = m.nameFirst; k <= m.nameLast; k++) inName[k] = 1;
  const places = placeMentions.filter((p) => !inName[p.tokenIndex]);
  const factPlaces = storyPlaces.filter((p) => !inName[p.tokenIndex]);

  // A name in quotation marks that is an item's or an organisation's name («Искандер», ООО «…») is
  // not a quotation.
  const named = [...equipmentMentions, ...orgMentions];
  const quotes = findQuotes(model).filter((q) => !named.some((e) => e.start <= q.start && q.end <= e.end));
  const attributions = attribute(model, quotes, { people, orgs: orgMentions, places });

  const events: EventFact[] = eventsOnce(
    findDates(model, input.published).map((d) => {
      const description = describeEvent(model, d.start, d.end);
      return {
        expression: d.expression,
        iso: d.iso,
        description: description.text,
        kind: d.kind,
        start: d.start,
        confidence: eventConfidence(d.basis, description.complete),
      };
    }),
  );

  const result: AnalysisResult = {
    people: personFacts(people).map((f, i) => {
      const p = itemAt(people, i);
      const written = p.mentions
        .filter((m) => m.nameLast > m.nameFirst)
        .map((m) => writtenToBase(model.body, model.tokens, m.nameFirst, m.nameLast));
      const guessedBase = !written.includes(p.name);
      return {
        ...f,
        confidence: personConfidence({ evidence: p.evidence, guessedBase, mentions: p.mentions.length }),
      };
    }),
    places: placeFacts(factPlaces, input.language).map((f) => {
      const ms = factPlaces.filter((m) => m.entry.name === f.name);
      return {
        ...f,
        confidence: placeConfidence(f.via, ms.length, ms.length > 0 && ms.every((m) => m.guessed === true)),
      };
    }),
    orgs: orgFacts(orgMentions).map((f) => {
      const ms = orgMentions.filter((o) => o.name === f.name);
      return {
        ...f,
        confidence: orgConfidence(
          ms.map((o) => o.kind),
          ms.length,
        ),
      };
    }),
    // A name in quote marks («Газпром») is dropped: attribution read it as a name, not speech.
    quotes: quotes.flatMap((q, i) => {
      const a = attributions[i] ?? { speaker: null, attribution: null, kind: q.kind };
      return a.name ? [] : [quoteFact(model, q, a)];
    }),
    events,
    equipment: equipmentFacts(equipmentMentions).map((f) => ({
      ...f,
      confidence: equipmentConfidence(
        equipmentMentions.filter((m) => (m.canonical ?? m.core) === f.name).map((m) => m.sort),
      ),
    })),
  };
  result.conflicts = findConflicts(input.body, result).map((c) => ({
    ...c,
    confidence: conflictConfidence(c.claims),
  }));
  return result;
}
