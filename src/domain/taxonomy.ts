import type { PersonRef, SectionRef } from './article.ts';

export interface Section extends SectionRef {
  description: string | null;
  position: number;
}

/** A byline is a person, or an organisation (a desk, an agency) credited as the author. */
export const personKinds = ['person', 'organization'] as const;
export type PersonKind = (typeof personKinds)[number];

/** A person the site knows: an author now, later also people named in articles. */
export interface Person extends PersonRef {
  bio: string | null;
  photoUrl: string | null;
  kind: PersonKind;
  /** The photo described per language (language code → text); a language without one uses the name. */
  photoAlt?: Record<string, string>;
}

/** What the newsroom sets on an author's page: person or organisation, job title, biography, photo and its words. */
export interface AuthorProfile {
  kind: PersonKind;
  role: string | null;
  bio: string | null;
  photoUrl: string | null;
  photoAlt: Record<string, string>;
}

/** The words for a byline's photo in a language: the newsroom's, or the byline's name. */
export function photoAltIn(person: Pick<Person, 'name' | 'photoAlt'>, language: string): string {
  return person.photoAlt?.[language] ?? person.name;
}
