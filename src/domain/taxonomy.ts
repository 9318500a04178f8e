import type { PersonRef, SectionRef } from './article.ts';

export interface Section extends SectionRef {
  description: string | null;
  position: number;
}

/** A person the site knows: an author now, later also people named in articles. */
export interface Person extends PersonRef {
  bio: string | null;
  photoUrl: string | null;
}
