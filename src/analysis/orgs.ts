/**
 * Step: organisations. Ministries normalised to "<Demonym> <Portfolio> Ministry" whichever way they
 * are written ("Ministry of Foreign Affairs of Russia" = "Russian Foreign Ministry"); armed forces
 * ("Armed Forces of Ukraine"); outlets (News.Az); international bodies by acronym or full name;
 * capitalised phrases with an organisation head noun; "the ministry" as a later mention of the
 * last-named ministry.
 */
import type { OrgFact } from './types.ts';
import { countryName, matchPlace, primaryDemonym } from './gazetteer.ts';
import type { TextModel, Token } from './tokenize.ts';
import { packFor } from '../languages/index.ts';
import { isFunctionWord } from './lexicon.ts';
import {
  ACRONYM_ORGS,
  ORG_CONNECTORS,
  ORG_DESCRIPTOR,
  ORG_HEADS,
  OUTLET_DOMAINS,
  OUTLETS,
  PORTFOLIOS,
} from './data/orgs.ts';

export type OrgKind = 'ministry' | 'forces' | 'outlet' | 'body' | 'named';

export interface OrgMention {
  name: string;
  kind: OrgKind;
  start: number;
  end: number;
  text: string;
  /** Token range [first, last]. */
  first: number;
  last: number;
  /** A later mention by a common noun ("the ministry"). */
  anaphor: boolean;
  /** Portfolio key for ministries ("foreign"). */
  portfolio?: string;
}

interface ListPhrase {
  words: readonly string[];
  name: string;
  kind: OrgKind;
}

const WORD = /[\p{L}\p{M}\p{N}]+(?:[-.’'+][\p{L}\p{M}\p{N}]+)*\+?/gu;

/** Case-sensitive phrase lists keyed by first word. */
const LIST_INDEX: Map<string, ListPhrase[]> = (() => {
  const map = new Map<string, ListPhrase[]>();
  const add = (surface: string, name: string, kind: OrgKind): void => {
    const words = [...surface.matchAll(WORD)].map((m) => m[0]);
    const first = words[0];
    if (first === undefined) return;
    const list = map.get(first) ?? [];
    list.push({ words, name, kind });
    map.set(first, list);
  };
  for (const o of ACRONYM_ORGS) for (const f of o.forms) add(f, o.name, 'body');
  for (const o of OUTLETS) add(o, o, 'outlet');
  for (const list of map.values()) list.sort((a, b) => b.words.length - a.words.length);
  return map;
})();

const PORTFOLIO_WORDS = new Set(PORTFOLIOS.flatMap((p) => p.words));
const PORTFOLIO_LIST = [...PORTFOLIOS].sort((a, b) => b.words.length - a.words.length);
const portfolioKey = (short: string): string => short.toLowerCase().replace('defence', 'defense');

/** A country owning an institution, written before it: "Russian", "Azerbaijan’s", "Russia". */
function ownerBefore(
  tokens: readonly Token[],
  j: number,
  language: string,
): { code: string; first: number } | null {
  const t = tokens[j];
  if (!t || !t.cap) return null;
  for (const start of [j, j - 1, j - 2]) {
    const m = matchPlace(tokens, start, language);
    if (!m || start + m.length - 1 !== j) continue;
    if (m.demonymOf !== null) return { code: m.demonymOf, first: start };
    if (m.entry?.type === 'country') return { code: m.entry.country, first: start };
  }
  return null;
}

/** A country written after "of [the]": "of Russia", "of the Russian Federation". */
function countryAfter(
  tokens: readonly Token[],
  j: number,
  language: string,
): { code: string; last: number } | null {
  let k = j;
  if (tokens[k]?.lower === 'the') k++;
  const m = matchPlace(tokens, k, language);
  if (m?.entry?.type === 'country') return { code: m.entry.country, last: k + m.length - 1 };
  return null;
}

/** Portfolio words starting at token j ("Foreign Affairs"), longest first. */
function portfolioAt(
  tokens: readonly Token[],
  j: number,
  needCap: boolean,
): { short: string; length: number } | null {
  for (const p of PORTFOLIO_LIST) {
    let ok = true;
    for (let k = 0; k < p.words.length; k++) {
      const t = tokens[j + k];
      if (!t || t.lower !== p.words[k] || (needCap && !t.cap && p.words[k] !== 'and')) {
        ok = false;
        break;
      }
    }
    if (ok) return { short: p.short, length: p.words.length };
  }
  return null;
}

function sameLine(tokens: readonly Token[], a: number, b: number, body: string): boolean {
  for (let k = a; k < b; k++) {
    const x = tokens[k];
    const y = tokens[k + 1];
    if (!x || !y || x.sentence !== y.sentence) return false;
    if (!/^[ \t\u00a0]*$/.test(body.slice(x.end, y.start))) return false;
  }
  return true;
}

function ministryName(code: string | null, short: string | null): string | null {
  if (short === null) return null;
  const dem = code === null ? null : primaryDemonym(code);
  return dem === null ? `${short} Ministry` : `${dem} ${short} Ministry`;
}

export function findOrgMentions(model: TextModel): OrgMention[] {
  const { tokens, body, language } = model;
  const cues = packFor(language).analysis.orgs;
  const out: OrgMention[] = [];
  const covered = new Uint8Array(tokens.length);
  const add = (m: Omit<OrgMention, 'start' | 'end' | 'text'>): void => {
    const a = tokens[m.first];
    const b = tokens[m.last];
    if (!a || !b) return;
    for (let k = m.first; k <= m.last; k++) covered[k] = 1;
    out.push({ ...m, start: a.start, end: b.end, text: body.slice(a.start, b.end) });
  };

  const isHead = (k: number): boolean => ORG_HEADS.has(tokens[k]?.lower ?? '') && tokens[k]?.cap === true;
  /** Capitalised words ending in an organisation head right after token j ("UN Development Programme"). */
  const headFollows = (j: number): boolean => {
    for (let k = j + 1; k <= j + 4; k++) {
      const x = tokens[k];
      if (!x || !x.cap || !sameLine(tokens, k - 1, k, body)) return false;
      if (ORG_HEADS.has(x.lower)) return true;
    }
    return false;
  };
  /** A Russian ministry at token i: its short name, portfolio and last token. */
  const ruMinistryAt = (i: number): { short: string; portfolio: string; last: number } | null => {
    const t = tokens[i];
    if (!t || !t.cap || (t.base[0] !== 'М' && t.base[0] !== 'м')) return null;
    for (const m of cues.ministries) {
      if (t.base.startsWith(m.short) && cues.ministryCaseEndings.has(t.base.slice(m.short.length)))
        return { short: m.short, portfolio: m.portfolio, last: i };
    }
    if (!t.lower.startsWith('министерств')) return null;
    for (const m of cues.ministries) {
      if (m.full.every((w, k) => tokens[i + 1 + k]?.lower === w))
        return { short: m.short, portfolio: m.portfolio, last: i + m.full.length };
    }
    return null;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || covered[i]) continue;

    // Ministries written with a capital: "Russian Foreign Ministry", "Ministry of Foreign Affairs of Russia".
    if (t.cap && (t.lower === 'ministry' || t.base === 'MFA')) {
      let first = i;
      let last = i;
      let short: string | null = t.base === 'MFA' ? 'Foreign' : null;
      let code: string | null = null;
      // Backwards: portfolio words, then an owner.
      let j = i - 1;
      while (
        j >= 0 &&
        tokens[j]?.cap &&
        PORTFOLIO_WORDS.has(tokens[j]?.lower ?? '') &&
        sameLine(tokens, j, i, body)
      )
        j--;
      if (j + 1 < i) {
        const p = portfolioAt(tokens, j + 1, true);
        if (p && j + 1 + p.length === i) {
          short = p.short;
          first = j + 1;
        }
      }
      const owner = ownerBefore(tokens, first - 1, language);
      if (owner && sameLine(tokens, owner.first, first, body)) {
        code = owner.code;
        first = owner.first;
      }
      // Forwards: "of Foreign Affairs", then "of [the] Country".
      if (short === null && tokens[i + 1]?.lower === 'of') {
        const p = portfolioAt(tokens, i + 2, true);
        if (p) {
          short = p.short;
          last = i + 1 + p.length;
        }
      }
      if (code === null && tokens[last + 1]?.lower === 'of' && sameLine(tokens, last, last + 1, body)) {
        const c = countryAfter(tokens, last + 2, language);
        if (c) {
          code = c.code;
          last = c.last;
        }
      }
      if (code === null && short !== null) {
        const prior = [...out]
          .reverse()
          .find((o) => o.kind === 'ministry' && o.portfolio === portfolioKey(short ?? ''));
        if (prior) {
          add({
            name: prior.name,
            kind: 'ministry',
            first,
            last,
            anaphor: false,
            portfolio: prior.portfolio ?? '',
          });
          i = last;
          continue;
        }
      }
      const name = ministryName(code, short);
      if (name !== null) {
        add({ name, kind: 'ministry', first, last, anaphor: false, portfolio: portfolioKey(short ?? '') });
        i = last;
        continue;
      }
    }

    // "the ministry", "the foreign ministry": the last-named ministry (of that portfolio).
    if (!t.cap && t.lower === 'ministry') {
      let first = i;
      let j = i - 1;
      while (j >= 0 && PORTFOLIO_WORDS.has(tokens[j]?.lower ?? '') && !tokens[j]?.cap) j--;
      const p = j + 1 < i ? portfolioAt(tokens, j + 1, false) : null;
      const det = tokens[j];
      if (
        det &&
        (det.lower === 'the' || det.lower === 'this' || det.lower === 'that') &&
        sameLine(tokens, j, i, body)
      ) {
        first = j;
        const key = p ? portfolioKey(p.short) : null;
        const prior = [...out]
          .reverse()
          .find((o) => o.kind === 'ministry' && (key === null || o.portfolio === key));
        if (prior)
          add({
            name: prior.name,
            kind: 'ministry',
            first,
            last: i,
            anaphor: true,
            portfolio: prior.portfolio ?? '',
          });
      }
      continue;
    }

    // Armed forces: "Armed Forces of Ukraine", "Ukrainian Armed Forces".
    if (t.base === 'Armed' && tokens[i + 1]?.lower === 'forces' && tokens[i + 1]?.cap) {
      let first = i;
      let last = i + 1;
      let code: string | null = null;
      const owner = ownerBefore(tokens, i - 1, language);
      if (owner && sameLine(tokens, owner.first, i, body)) {
        code = owner.code;
        first = owner.first;
      } else if (tokens[i + 2]?.lower === 'of') {
        const c = countryAfter(tokens, i + 3, language);
        if (c) {
          code = c.code;
          last = c.last;
        }
      }
      add({
        name: code === null ? 'Armed Forces' : `Armed Forces of ${countryName(code, 'en')}`,
        kind: 'forces',
        first,
        last,
        anaphor: false,
      });
      i = last;
      continue;
    }

    // Listed bodies and outlets (case-sensitive).
    const list = LIST_INDEX.get(t.text) ?? LIST_INDEX.get(t.base);
    if (list) {
      let matched = false;
      for (const p of list) {
        let ok = true;
        for (let k = 0; k < p.words.length; k++) {
          const x = tokens[i + k];
          const isLast = k === p.words.length - 1;
          if (!x || (x.text !== p.words[k] && !(isLast && x.base === p.words[k]))) {
            ok = false;
            break;
          }
          if (k > 0 && !sameLine(tokens, i + k - 1, i + k, body)) {
            ok = false;
            break;
          }
        }
        if (ok && p.kind === 'body' && headFollows(i + p.words.length - 1)) {
          // "UN Development Programme": a longer name, read by the phrase rule below.
          matched = true;
          i += p.words.length - 1;
          break;
        }
        if (ok) {
          add({ name: p.name, kind: p.kind, first: i, last: i + p.words.length - 1, anaphor: false });
          i += p.words.length - 1;
          matched = true;
          break;
        }
      }
      if (matched) continue;
    }

    // Outlets written as a domain: "Haqqin.az".
    const dom = /^\p{Lu}[\p{L}\p{N}-]*\.(\p{L}+)$/u.exec(t.base);
    if (dom && OUTLET_DOMAINS.has((dom[1] ?? '').toLowerCase())) {
      add({ name: t.base, kind: 'outlet', first: i, last: i, anaphor: false });
      continue;
    }

    // Ministries by short name (the pack's): "Минобороны России", "МИД Грузии", "Министерство обороны РФ", then "ведомство".
    {
      const ru = ruMinistryAt(i);
      if (ru) {
        let last = ru.last;
        let name = ru.short;
        const c = tokens[last + 1];
        if (c?.cap && sameLine(tokens, last, last + 1, body)) {
          const m = matchPlace(tokens, last + 1, language);
          if ((m?.entry?.type === 'country' && m.length === 1) || c.base === 'РФ') {
            name = `${ru.short} ${c.base}`;
            last++;
          }
        }
        if (name === ru.short) {
          const prior = [...out].reverse().find((o) => o.kind === 'ministry' && o.portfolio === ru.portfolio);
          if (prior) name = prior.name;
        }
        add({ name, kind: 'ministry', first: i, last, anaphor: false, portfolio: ru.portfolio });
        i = last;
        continue;
      }
      if (!t.cap && cues.anaphors.has(t.lower)) {
        const prior = [...out].reverse().find((o) => o.kind === 'ministry' || o.kind === 'body');
        if (prior)
          add({
            name: prior.name,
            kind: prior.kind,
            first: i,
            last: i,
            anaphor: true,
            portfolio: prior.portfolio ?? '',
          });
        continue;
      }
    }
    // Heads inflected by suffix: "Müdafiə Nazirliyinin" → "Müdafiə Nazirliyi"; a lone "Nazirliyin" refers back.
    {
      const head = cues.headForms.get(t.lower) ?? null;
      if (head !== null) {
        let first = i;
        while (
          first > 0 &&
          i - first < 4 &&
          tokens[first - 1]?.cap &&
          !covered[first - 1] &&
          sameLine(tokens, first - 1, first, body) &&
          !tokens[first - 1]?.lower.includes('’')
        )
          first--;
        if (first < i && t.cap) {
          const a = tokens[first];
          const name = `${body.slice(a?.start ?? t.start, t.start)}${t.base.slice(0, head.length)}`;
          add({ name, kind: head === 'nazirliyi' ? 'ministry' : 'named', first, last: i, anaphor: false });
          continue;
        }
        const prior = [...out].reverse().find((o) => o.name.toLowerCase().endsWith(head));
        if (prior) add({ name: prior.name, kind: prior.kind, first: i, last: i, anaphor: true });
        continue;
      }
    }
    if (t.base.startsWith('XİN') && i > 0 && tokens[i - 1]?.cap) {
      add({
        name: `${tokens[i - 1]?.base ?? ''} XİN`,
        kind: 'ministry',
        first: i - 1,
        last: i,
        anaphor: false,
        portfolio: 'foreign',
      });
      continue;
    }
  }

  // Capitalised phrases with an organisation head: "Russian Security Council", "Council of Europe".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || covered[i] || !t.cap) continue;
    let j = i;
    while (j + 1 < tokens.length) {
      const cur = tokens[j];
      const next = tokens[j + 1];
      if (!cur || !next || covered[j + 1] || cur.possessive) break;
      // "Kazakh Grain Exporters' Union": a plural possessive inside the name.
      const pluralPossessive =
        next.cap &&
        cur.sentence === next.sentence &&
        /s$/.test(cur.base) &&
        /^['’][ \t\u00a0]+$/.test(body.slice(cur.end, next.start));
      if (!pluralPossessive && !sameLine(tokens, j, j + 1, body)) break;
      if (next.cap) {
        j++;
        continue;
      }
      if (
        ORG_CONNECTORS.has(next.lower) &&
        tokens[j + 2]?.cap &&
        !covered[j + 2] &&
        sameLine(tokens, j + 1, j + 2, body)
      ) {
        j += 2;
        continue;
      }
      break;
    }
    let first = i;
    while (
      first <= j &&
      (isFunctionWord(tokens[first]?.lower ?? '') ||
        tokens[first]?.lower === 'the' ||
        ORG_DESCRIPTOR.test(tokens[first]?.lower ?? ''))
    )
      first++;
    // Two names joined by "and": "the Port of Aktau and Khazar Ferry Lines" (but not "Organization
    // for Security and Co-operation in Europe", whose second half has no head of its own).
    for (let k = first + 1; k < j; k++) {
      if (tokens[k]?.lower !== 'and' && tokens[k]?.text !== '&') continue;
      let left = false;
      let right = false;
      for (let x = first; x < k; x++) left ||= isHead(x);
      for (let x = k + 1; x <= j; x++) right ||= isHead(x);
      if (left && right) {
        j = k - 1;
        break;
      }
    }
    let head = -1;
    for (let k = first; k <= j; k++) if (isHead(k)) head = k;
    if (head >= 0) {
      const last = head < j && ORG_CONNECTORS.has(tokens[head + 1]?.lower ?? '') ? j : head;
      const a = tokens[first];
      const b = tokens[last];
      if (a && b && last > first)
        add({ name: body.slice(a.start, b.start) + b.base, kind: 'named', first, last, anaphor: false });
    }
    i = j;
  }
  // An acronym in brackets after a name is that organisation's ("UN Development Programme (UNDP)"),
  // and so are its later uses.
  const acronyms = new Map<string, OrgMention>();
  for (const o of [...out]) {
    const m = /^[ \t\u00a0]*\([ \t\u00a0]*(\p{Lu}[\p{Lu}\p{N}]{1,7})[ \t\u00a0]*\)/u.exec(
      body.slice(o.end, o.end + 14),
    );
    if (!m || o.anaphor) continue;
    const acronym = m[1] ?? '';
    if (!acronyms.has(acronym)) acronyms.set(acronym, o);
  }
  if (acronyms.size > 0) {
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i];
      const o = t && !covered[i] ? acronyms.get(t.base) : undefined;
      if (t && o && t.start > o.start) add({ ...o, first: i, last: i, anaphor: false });
    }
  }
  // International bodies are named as the text spells them out when it does ("International Atomic
  // Energy Agency" rather than "IAEA"); the acronym is a mention.
  const spelled = new Map<string, string>();
  for (const o of out) {
    if (o.kind === 'body' && !spelled.has(o.name) && /\s/.test(o.text) && /\p{Ll}/u.test(o.text))
      spelled.set(o.name, o.text.replace(/[’']s$/u, ''));
  }
  for (const o of out) {
    const name = o.kind === 'body' ? spelled.get(o.name) : undefined;
    if (name !== undefined) o.name = name;
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

export function orgFacts(mentions: readonly OrgMention[]): OrgFact[] {
  const groups = new Map<string, string[]>();
  for (const m of mentions) {
    const g = groups.get(m.name) ?? [];
    if (!g.includes(m.text)) g.push(m.text);
    groups.set(m.name, g);
  }
  return [...groups].map(([name, mentions]) => ({ name, mentions }));
}

export function orgs(model: TextModel): OrgFact[] {
  return orgFacts(findOrgMentions(model));
}
