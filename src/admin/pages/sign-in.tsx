import { Field, Form, type FormError } from './form.tsx';
import { useI18n } from './i18n.tsx';

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
    <Form
      action="/admin/signin"
      csrf={csrf}
      errors={errors}
      problem={problem ? (problem.code === 'UNAUTHORIZED' ? t('signin.wrong') : problem.message) : null}
      submit={t('signin.submit')}
      lead={
        <>
          <h1 class="page-title">{t('signin.title')}</h1>
          {notice ? <p role="status">{notice}</p> : null}
        </>
      }
      after={
        <p>
          <a href="/admin/forgot">{t('signin.forgot')}</a>
        </p>
      }
    >
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
    </Form>
  );
}
