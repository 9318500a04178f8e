/**
 * A lower-case noun repeating the head of an organisation named before ("Федерация дзюдо Грузии …
 * Позднее федерация подтвердила", "the Georgian Judo Federation … the federation said", "Voleybol
 * Federasiyası … federasiya bildirib") stands for that organisation. The organisations step knows
 * only its closed list of such nouns; for speakers every named organisation's head counts, which
 * keeps a statement's or a subject's owner from falling to a literal noun.
 */
import type { OrgMention } from './orgs.ts';
import type { TextModel } from './tokenize.ts';
import type { AnalysisCues } from '../languages/analysis-cues.ts';
import { sameRoleWord } from './role-words.ts';

/** The head word of an organisation's name: first where complements follow it, last where they precede. */
function headOf(name: string, cues: AnalysisCues): string | null {
  const words = name.split(/\s+/).filter((w) => /^[\p{L}-]+$/u.test(w));
  if (words.length < 2) return null;
  const head = cues.roles.complements === 'genitive-after' ? words[0] : words[words.length - 1];
  return head && head.length >= 5 ? head.toLowerCase() : null;
}

/** Anaphor mentions for the tokens not yet read as anything, each the nearest earlier organisation with its head. */
export function orgHeadAnaphors(
  model: TextModel,
  orgs: readonly OrgMention[],
  cues: AnalysisCues,
  taken: (k: number) => boolean,
): OrgMention[] {
  const heads = orgs
    .filter((o) => !o.anaphor)
    .map((o) => ({ o, head: headOf(o.name, cues) }))
    .filter((h): h is { o: OrgMention; head: string } => h.head !== null);
  if (heads.length === 0) return [];
  const out: OrgMention[] = [];
  for (const t of model.tokens) {
    if (t.cap || t.lower.length < 5 || taken(t.index)) continue;
    let best: OrgMention | null = null;
    for (const { o, head } of heads)
      if (o.end <= t.start && sameRoleWord(head, t.lower) && (!best || o.start > best.start)) best = o;
    if (best)
      out.push({
        ...best,
        form: '',
        start: t.start,
        end: t.end,
        text: t.text,
        first: t.index,
        last: t.index,
        anaphor: true,
      });
  }
  return out;
}
