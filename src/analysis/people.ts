/**
 * Step: people. Names found through a role (people-roles.ts: before the name, as an appositive or
 * after it), then through other evidence (people-evidence.ts: a speech verb, an honorific, a known
 * first name or a surname's shape); then later surname-only mentions tied to the person, whose name
 * is its base form (nominative) whatever case the text used. How a name is read from tokens —
 * initials, particles, first names that are also places — is people-scan.ts.
 */
import type { PersonFact } from './types.ts';
import type { TextModel } from './tokenize.ts';
import { newPeopleScan, type Person } from './people-scan.ts';
import { inflectedRolesBefore, rolesAfter, rolesBefore } from './people-roles.ts';
import { linkSurnames, mergeInflected, namesByEvidence } from './people-evidence.ts';

export type { Person, PersonEvidence, PersonMention } from './people-scan.ts';

export function findPeople(model: TextModel, blocked: Uint8Array): Person[] {
  const scan = newPeopleScan(model, blocked);
  if (scan.cues.roles.complements === 'preposition-after') rolesBefore(scan);
  else inflectedRolesBefore(scan);
  rolesAfter(scan);
  namesByEvidence(scan);
  mergeInflected(scan);
  linkSurnames(scan);
  return [...scan.people.values()].sort((x, y) => (x.mentions[0]?.start ?? 0) - (y.mentions[0]?.start ?? 0));
}

export function personFacts(people: readonly Person[]): PersonFact[] {
  return people.map((p) => ({
    name: p.name,
    role: p.role,
    mentions: [...new Set(p.mentions.map((m) => m.text))],
  }));
}
