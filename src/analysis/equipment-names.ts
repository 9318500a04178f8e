/**
 * Equipment known by its name alone: ships named after their noun ("the ferry Turan Express", ", the
 * Turan Express," after a ship noun, "the crew of the Marisol Star") and unlisted names in quotation
 * marks next to an equipment noun ("ракета «Циркон»", “Bayraktar” PUA-ları).
 */
import { matchPlace } from './gazetteer.ts';
import { CREW_NOUNS, SHIP_NOUNS, spaced } from './equipment-lexicon.ts';
import {
  headClass,
  inQuotesNextToHead,
  isHeadNoun,
  push,
  sentenceInitial,
  type Scan,
} from './equipment-scan.ts';

/** "the ferry Turan Express", ", the Turan Express," after a ship noun, "the crew of the Marisol Star". */
export function shipNames(s: Scan): void {
  const { tokens, body, language, out } = s;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !t.cap || sentenceInitial(s, i)) continue;
    const prev = tokens[i - 1];
    if (!prev) continue;
    let n = 0;
    while (
      n < 3 &&
      tokens[i + n]?.cap &&
      (n === 0 || spaced(body, tokens[i + n - 1], tokens[i + n])) &&
      !tokens[i + n - 1]?.possessive
    )
      n++;
    if (n < 1) continue;
    const last = i + n - 1;
    let ok = false;
    if (SHIP_NOUNS.has(prev.lower) && spaced(body, prev, t) && tokens[i - 2]?.lower === 'the') ok = true;
    else if (prev.lower === 'the' && spaced(body, prev, t)) {
      const gapBefore = body.slice(tokens[i - 2]?.end ?? 0, prev.start);
      const after = body.slice(tokens[last]?.end ?? 0, (tokens[last]?.end ?? 0) + 1);
      if (
        n >= 2 &&
        tokens[i - 2]?.lower === 'of' &&
        tokens[i - 3]?.lower !== undefined &&
        CREW_NOUNS.has(tokens[i - 3]?.lower ?? '')
      )
        ok = true;
      else if (/^,\s+$/.test(gapBefore) && after === ',') {
        // The clause before the comma has a ship noun: "The first ferry to sail, the Turan Express,".
        for (let k = i - 2; k >= 0 && k >= i - 8; k--) {
          const x = tokens[k];
          if (!x || x.sentence !== t.sentence) break;
          if (SHIP_NOUNS.has(x.lower)) {
            ok = true;
            break;
          }
          if (k < i - 2 && /[,;:]/.test(body.slice(x.end, tokens[k + 1]?.start ?? x.end))) break;
        }
      }
    }
    if (!ok) continue;
    if (n === 1 && matchPlace(tokens, i, language)) continue;
    const a = tokens[i];
    const b = tokens[last];
    if (!a || !b) continue;
    if (out.some((o) => o.start < b.end && a.start < o.end)) continue;
    push(s, { key: `vessel:${body.slice(a.start, b.end)}`, sort: 'vessel' }, i, i, last);
    i = last;
  }
}

/** Unlisted names in quotation marks next to an equipment noun: "ракета «Циркон»", “Bayraktar” PUA. */
export function quotedNames(s: Scan): void {
  const { tokens, body, out } = s;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t || !t.cap || !/[«“"„]/.test(body[t.start - 1] ?? '')) continue;
    let last = i;
    while (
      last < i + 3 &&
      !/[»”"“]/.test(body[tokens[last]?.end ?? 0] ?? '') &&
      spaced(body, tokens[last], tokens[last + 1])
    )
      last++;
    const b = tokens[last];
    if (!b || !/[»”"“]/.test(body[b.end] ?? '')) continue;
    if (out.some((o) => o.start <= t.start && b.end <= o.end)) continue;
    if (!inQuotesNextToHead(s, i, last)) continue;
    // A head noun right after the closing mark belongs to the mention: “Bayraktar” PUA-ları.
    const after = tokens[last + 1];
    const withHead =
      after && isHeadNoun(s, after) && /^[»”"“][ \t\u00a0]+$/.test(body.slice(b.end, after.start))
        ? last + 1
        : last;
    for (let k = out.length - 1; k >= 0; k--) {
      const o = out[k];
      if (o && after && withHead > last && o.start === after.start) out.splice(k, 1);
    }
    push(
      s,
      { key: body.slice(t.start, b.end), sort: 'system', cls: headClass(s, withHead) },
      i,
      i,
      withHead,
      last,
    );
    i = last;
  }
}
