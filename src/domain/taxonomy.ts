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
}

/** What the newsroom sets on an author's page: job title, biography, photo. */
export interface AuthorProfile {
  role: string | null;
  bio: string | null;
  photoUrl: string | null;
}
