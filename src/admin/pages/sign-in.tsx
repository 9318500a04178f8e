import { Field, type FormError } from './form.tsx';
import { useI18n } from './layout.tsx';

/** Why signing in failed: wrong credentials are said in the page's language, anything else as the service said it. */
export interface SignInProblem {
  code: string;
  message: string;
}

export function SignInPage({
  csrf,
  email,
  errors,
  problem,
  after = null,
}: {
  csrf: string;
  email: string;
  errors: FormError[];
  problem: SignInProblem | null;
  /** Arrived here after a password reset, an accepted invitation, or an expired second step. */
  after?: string | null;
}) {
  const { t } = useI18n();
  const notice =
    after === 'reset'
      ? t('signin.afterReset')
      : after === 'invite'
        ? t('signin.afterInvite')
        : after === 'expired'
          ? t('signin.afterExpired')
          : null;
  return (
    <form method="post" action="/admin/signin" class="search-form">
      <h1 class="page-title">{t('signin.title')}</h1>
      {notice ? <p role="status">{notice}</p> : null}
      {problem ? (
        <p class="form-error" role="alert">
          {problem.code === 'UNAUTHORIZED' ? t('signin.wrong') : problem.message}
        </p>
      ) : null}
      <input type="hidden" name="_csrf" value={csrf} />
      <Field
        name="email"
        label={t('field.email')}
        type="email"
        value={email}
        errors={errors}
        autocomplete="username"
      />
      <Field
        name="password"
        label={t('field.password')}
        type="password"
        errors={errors}
        autocomplete="current-password"
      />
      <p>
        <button type="submit">{t('signin.submit')}</button>
      </p>
      <p>
        <a href="/admin/forgot">{t('signin.forgot')}</a>
      </p>
    </form>
  );
}
