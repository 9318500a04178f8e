import { z } from 'zod';
import { AppError } from '../../domain/errors.ts';
import { mediaPath, variantFile, variantWidths, type Media } from '../../domain/media.ts';
import { personKinds, type AuthorProfile, type Person } from '../../domain/taxonomy.ts';
import type { Store } from '../../storage/repositories/index.ts';
import type { Clock, IdGenerator } from '../deps.ts';
import { validate } from '../validate.ts';
import type { TaxonomyService } from './taxonomy.service.ts';

/** Blank form fields mean "none". */
const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .transform((s) => s || null);

/**
 * The author-profile form: person or organisation, job title, biography, a picture from the media
 * library (or none), and the picture's description per language (blank: the name describes it).
 */
export const authorProfileSchema = z.object({
  // A form without the choice (an older form, a script) leaves the byline a person.
  kind: z.preprocess(
    (v) => (v === '' ? undefined : v),
    z.enum(personKinds, { message: 'must be a person or an organisation' }).default('person'),
  ),
  role: optionalText(200),
  bio: optionalText(5000),
  photoMediaId: optionalText(36),
  photoAlt: z.record(z.string(), optionalText(300)).default({}),
});
/** The form as posted: `kind` arrives as any text and is checked by the schema. */
export type AuthorProfileInput = Omit<z.input<typeof authorProfileSchema>, 'kind'> & { kind?: string };

/** An account's byline as the profile form shows it; `person` is null before it has one. */
export interface AuthorProfileView {
  userId: string;
  name: string;
  person: Person | null;
  /** The library picture the photo comes from, when it does. */
  photoMediaId: string | null;
}

/** A portrait is shown at most 160 CSS px wide: the smallest variant (320 px, or the original if smaller). */
export const portraitUrl = (m: Pick<Media, 'id' | 'width' | 'format'>): string =>
  mediaPath(m.id, variantFile(variantWidths(m.width)[0] ?? m.width, m.format));

const MEDIA_PATH = /^\/media\/([\w-]{1,36})\//;

/**
 * What the newsroom sets for a user's author page: the byline the account writes under (the
 * person with the user's name, made when missing), its job title, biography and photo.
 */
export class AuthorProfiles {
  constructor(
    private readonly store: Store,
    private readonly taxonomy: TaxonomyService,
    private readonly clock: Clock,
    private readonly newId: IdGenerator,
    /** The site's languages now: a photo is described in these. */
    private readonly languages: () => readonly string[],
  ) {}

  async of(userId: string): Promise<AuthorProfileView> {
    const { accounts, people } = this.store.repos;
    const user = await accounts.userById(userId);
    if (!user) throw new AppError('NOT_FOUND', `user "${userId}" does not exist`);
    const personId = await accounts.bylineOf(userId);
    const person =
      (personId ? await people.findById(personId) : null) ?? (await people.findByName(user.name));
    return {
      userId,
      name: user.name,
      person,
      photoMediaId: MEDIA_PATH.exec(person?.photoUrl ?? '')?.[1] ?? null,
    };
  }

  /** Saves the profile (one transaction, audited as `user.profile`); bad input names its field. */
  async save(userId: string, input: AuthorProfileInput, actorId: string): Promise<Person> {
    const form = validate(authorProfileSchema, input);
    const photoAlt: Record<string, string> = {};
    for (const [language, text] of Object.entries(form.photoAlt)) {
      if (!this.languages().includes(language))
        throw new AppError('VALIDATION_FAILED', `photoAlt.${language}: is not a language of this site`, [
          { field: `photoAlt.${language}`, message: 'is not a language of this site' },
        ]);
      if (text) photoAlt[language] = text;
    }
    return this.store.transaction(async (repos) => {
      const user = await repos.accounts.userById(userId);
      if (!user) throw new AppError('NOT_FOUND', `user "${userId}" does not exist`);
      const media = form.photoMediaId ? await repos.media.byId(form.photoMediaId) : null;
      if (form.photoMediaId && !media)
        throw new AppError('VALIDATION_FAILED', 'photoMediaId: no such picture in the media library', [
          { field: 'photoMediaId', message: 'no such picture in the media library' },
        ]);
      const linked = await repos.accounts.bylineOf(userId);
      const person =
        (linked ? await repos.people.findById(linked) : null) ??
        (await this.taxonomy.personByName(repos, { name: user.name }));
      const profile: AuthorProfile = {
        kind: form.kind,
        role: form.role,
        bio: form.bio,
        photoUrl: media ? portraitUrl(media) : null,
        photoAlt: media ? photoAlt : {},
      };
      await repos.people.setProfile(person.id, profile);
      if (linked !== person.id) await repos.accounts.setByline(userId, person.id);
      await repos.accounts.audit({
        id: this.newId(),
        userId: actorId,
        action: 'user.profile',
        target: userId,
        details: { person: person.slug, kind: form.kind, photo: media?.id ?? null },
        at: this.clock.now(),
      });
      return { ...person, ...profile };
    });
  }
}
