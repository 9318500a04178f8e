import { isSafeUrl } from '../../domain/urls.ts';
import type { Person } from '../../domain/taxonomy.ts';

/**
 * An author page's card: the photo (a fixed square box, so nothing moves when it arrives; the
 * name is the page's heading, so the photo's text is empty), the job title and the biography.
 */
export function AuthorCard({ person }: { person: Person }) {
  const photo = isSafeUrl('image', person.photoUrl) ? person.photoUrl : null;
  if (!photo && !person.role && !person.bio) return null;
  return (
    <div class={photo ? 'author-card with-photo' : 'author-card'}>
      {photo ? (
        <img class="author-photo" src={photo} alt="" width={160} height={160} decoding="async" />
      ) : null}
      <div>
        {person.role ? <p class="role">{person.role}</p> : null}
        {person.bio ? <p class="bio">{person.bio}</p> : null}
      </div>
    </div>
  );
}
