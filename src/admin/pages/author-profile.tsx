import type { Media } from '../../domain/media.ts';
import type { AuthorProfileView } from '../../services/taxonomy/author-profiles.ts';
import { portraitUrl } from '../../services/taxonomy/author-profiles.ts';
import { Alert, FieldRow, Form, type FormError } from './form.tsx';
import { useI18n } from './i18n.tsx';

/** What the form sends back after an error: the values as typed. */
export interface AuthorProfileValues {
  kind: string;
  role: string;
  bio: string;
  photoMediaId: string;
  /** Language code → the photo's description as typed. */
  photoAlt: Record<string, string>;
}

/**
 * A user's author page as the newsroom sets it: job title, biography and a photo chosen from the
 * media library's pictures (or none). The reader site shows them on /<lang>/author/<slug>.
 */
export function AuthorProfilePage({
  csrf,
  profile,
  pictures,
  values,
  errors,
  saved,
  authorHref,
  languages,
}: {
  csrf: string;
  profile: AuthorProfileView;
  /** The library's newest pictures to choose from (the current photo among them when it is one). */
  pictures: Media[];
  values: AuthorProfileValues;
  errors: FormError[];
  saved: boolean;
  /** The author page on the reader site, once the user has a byline. */
  authorHref: string | null;
  /** The site's languages: the photo is described in each. */
  languages: { code: string; name: string }[];
}) {
  const { t } = useI18n();
  const photoError = errors.find((e) => e.field === 'photoMediaId');
  const kindError = errors.find((e) => e.field === 'kind');
  return (
    <>
      <h1 class="page-title">{t('profile.title', { name: profile.name })}</h1>
      <p class="page-intro">
        {t('profile.intro')} {authorHref ? <a href={authorHref}>{t('profile.view')}</a> : null}
      </p>
      {saved ? <p role="status">{t('profile.saved')}</p> : null}
      {photoError ? <Alert>{photoError.message}</Alert> : null}
      {kindError ? <Alert>{kindError.message}</Alert> : null}
      <Form
        action={`/admin/users/${profile.userId}/profile`}
        csrf={csrf}
        errors={errors}
        submit={t('profile.save')}
      >
        <fieldset class="photo-choice">
          <legend>{t('profile.kind')}</legend>
          <label>
            <input type="radio" name="kind" value="person" checked={values.kind !== 'organization'} />{' '}
            {t('profile.kindPerson')}
          </label>
          <label>
            <input type="radio" name="kind" value="organization" checked={values.kind === 'organization'} />{' '}
            {t('profile.kindOrganization')}
          </label>
        </fieldset>
        <FieldRow
          name="role"
          label={t('profile.role')}
          errors={errors}
          control={(props) => <input {...props} type="text" value={values.role} maxLength={200} />}
        />
        <FieldRow
          name="bio"
          label={t('profile.bio')}
          errors={errors}
          control={(props) => (
            <textarea {...props} rows={6} maxLength={5000}>
              {values.bio}
            </textarea>
          )}
        />
        <fieldset class="photo-choice">
          <legend>{t('profile.photo')}</legend>
          <label>
            <input type="radio" name="photoMediaId" value="" checked={values.photoMediaId === ''} />{' '}
            {t('profile.noPhoto')}
          </label>
          {pictures.map((m) => (
            <label>
              <input type="radio" name="photoMediaId" value={m.id} checked={values.photoMediaId === m.id} />{' '}
              <img src={portraitUrl(m)} alt="" width={64} height={64} loading="lazy" /> {m.alt || m.filename}
            </label>
          ))}
        </fieldset>
        <p class="page-intro">{t('profile.photoAltHint', { name: profile.name })}</p>
        {languages.map((l) => (
          <FieldRow
            name={`photoAlt.${l.code}`}
            label={t('profile.photoAlt', { language: l.name })}
            errors={errors}
            control={(props) => (
              <input
                {...props}
                type="text"
                lang={l.code}
                value={values.photoAlt[l.code] ?? ''}
                maxLength={300}
              />
            )}
          />
        ))}
      </Form>
    </>
  );
}
