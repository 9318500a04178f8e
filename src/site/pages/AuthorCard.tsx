import { isSafeUrl } from '../../domain/urls.ts';
import { photoAltIn, type Person } from '../../domain/taxonomy.ts';

/**
 * An author page's card: the photo (a fixed square box, so nothing moves when it arrives; its
 * text is the newsroom's description in the page's language, else the name), the job title and
 * the biography.
 */
export function AuthorCard({ person, language }: { person: Person; language: string }) {
  const photo = isSafeUrl('image', person.photoUrl) ? person.photoUrl : null;
  if (!photo && !person.role && !person.bio) return null;
  return (
    <div class={photo ? 'author-card with-photo' : 'author-card'}>
      {photo ? (
        <img
          class="author-photo"
          src={photo}
          alt={photoAltIn(person, language)}
          width={160}
          height={160}
          decoding="async"
        />
      ) : null}
      <div>
        {person.role ? <p class="role">{person.role}</p> : null}
        {person.bio ? <p class="bio">{person.bio}</p> : null}
      </div>
    </div>
  );
}
