import { RESET_TTL_MS, type TokenInfo } from '../../services/accounts/account.service.ts';
import { Field, Form, PASSWORD_MIN, type FormError } from './form.tsx';
import { useI18n } from './i18n.tsx';

/** The account's password page, and the way back in when it is forgotten (request, reset link). */

export function PasswordPage({ csrf, errors, done }: { csrf: string; errors: FormError[]; done: boolean }) {
  const { t } = useI18n();
  return (
    <Form
      action="/admin/account/password"
      csrf={csrf}
      errors={errors}
      submit={t('password.submit')}
      lead={
        <>
          <h1 class="page-title">{t('password.title')}</h1>
          {done ? <p role="status">{t('password.done')}</p> : null}
        </>
      }
    >
      <Field
        name="current"
        label={t('password.current')}
        type="password"
        errors={errors}
        autocomplete="current-password"
      />
      <Field
        name="next"
        label={t('password.next', { min: PASSWORD_MIN })}
        type="password"
        errors={errors}
        autocomplete="new-password"
      />
    </Form>
  );
}

export function ForgotPage({
  csrf,
  email,
  errors,
  sent,
}: {
  csrf: string;
  email: string;
  errors: FormError[];
  sent: boolean;
}) {
  const { t } = useI18n();
  return (
    <Form
      action="/admin/forgot"
      csrf={csrf}
      errors={errors}
      submit={t('forgot.submit')}
      lead={
        <>
          <h1 class="page-title">{t('forgot.title')}</h1>
          {sent ? (
            <p role="status">{t('forgot.sent', { hours: Math.round(RESET_TTL_MS / 3_600_000) })}</p>
          ) : (
            <p>{t('forgot.intro')}</p>
          )}
        </>
      }
      after={
        <p>
          <a href="/admin/signin">{t('forgot.back')}</a>
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
    </Form>
  );
}

export function ResetPage({
  csrf,
  token,
  info,
  errors,
}: {
  csrf: string;
  token: string;
  info: TokenInfo;
  errors: FormError[];
}) {
  const { t } = useI18n();
  return (
    <Form
      action={`/admin/reset/${token}`}
      csrf={csrf}
      errors={errors}
      submit={t('reset.submit')}
      lead={
        <>
          <h1 class="page-title">{t('reset.title')}</h1>
          <p>{t('reset.intro', { email: info.email })}</p>
        </>
      }
    >
      <Field
        name="password"
        label={t('password.next', { min: PASSWORD_MIN })}
        type="password"
        errors={errors}
        autocomplete="new-password"
      />
    </Form>
  );
}
