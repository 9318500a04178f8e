import type { Translate } from '../../lib/messages.ts';
import type { TwoFactorStatus } from '../../services/accounts/two-factor.service.ts';
import { RECOVERY_CODE_COUNT } from '../../services/accounts/recovery-codes.ts';
import { SLOT, withSlot } from '../../lib/message-slot.ts';
import { Alert, CodeField, Field, Form, When, type FormError } from './form.tsx';
import { useI18n } from './i18n.tsx';

/** The newsroom's pages for two-factor sign-in: the account's page, the set-up, the sign-in's second step. */

/** What the account's two-factor page confirms after an action (`?done=…`). */
function doneNotice(t: Translate, done: string | null, left: number): string | null {
  switch (done) {
    case 'enabled':
      return t('twoFactor.notice.enabled');
    case 'disabled':
      return t('twoFactor.notice.disabled');
    case 'regenerated':
      return t('twoFactor.notice.regenerated');
    case 'recovery-used':
      return t('twoFactor.notice.recoveryUsed', { count: left });
    default:
      return null;
  }
}

/** Recovery codes, shown once, right after they were made. */
function RecoveryCodes({ codes }: { codes: string[] }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="recovery-codes-title">
      <h2 id="recovery-codes-title">{t('twoFactor.codes.title')}</h2>
      <p>{t('twoFactor.codes.intro', { count: codes.length })}</p>
      <Alert>{t('twoFactor.codes.once')}</Alert>
      <ol class="recovery-codes">
        {codes.map((c) => (
          <li>
            <code>{c}</code>
          </li>
        ))}
      </ol>
      <p>
        <a href="/admin">{t('twoFactor.codes.saved')}</a>
      </p>
    </section>
  );
}

export function TwoFactorPage({
  csrf,
  status,
  mustEnrol,
  done,
  problem,
  errors = [],
  errorsOf = null,
  codes = null,
}: {
  csrf: string;
  status: TwoFactorStatus;
  /** The site requires two-factor of this account, and it is not on yet. */
  mustEnrol: boolean;
  done: string | null;
  problem: string | null;
  errors?: FormError[];
  /** Which form the errors belong to. */
  errorsOf?: 'regenerate' | 'disable' | null;
  /** New recovery codes to show this once. */
  codes?: string[] | null;
}) {
  const { t } = useI18n();
  const notice = doneNotice(t, done, status.recoveryCodesLeft);
  const formErrors = (form: 'regenerate' | 'disable') => (errorsOf === form ? errors : []);
  return (
    <>
      <h1 class="page-title">{t('twoFactor.title')}</h1>
      {notice ? <p role="status">{notice}</p> : null}
      {problem ? <Alert>{problem}</Alert> : null}
      {codes ? <RecoveryCodes codes={codes} /> : null}
      {/* On exactly when it has a date it was switched on (TwoFactorService.status). */}
      {status.enabledAt ? (
        <>
          <p>{withSlot(t('twoFactor.on', { since: SLOT }), <When at={status.enabledAt} />)}</p>
          <p>{t('twoFactor.codesLeft', { count: status.recoveryCodesLeft })}</p>
          {codes ? null : (
            <>
              <h2>{t('twoFactor.regenerate.title')}</h2>
              <Form
                action="/admin/account/two-factor/recovery-codes"
                csrf={csrf}
                errors={formErrors('regenerate')}
                submit={t('twoFactor.regenerate.submit')}
                lead={<p>{t('twoFactor.regenerate.intro', { count: RECOVERY_CODE_COUNT })}</p>}
              >
                <Field
                  name="password"
                  label={t('twoFactor.password')}
                  type="password"
                  errors={formErrors('regenerate')}
                  autocomplete="current-password"
                />
              </Form>
              <h2>{t('twoFactor.disable.title')}</h2>
              <Form
                action="/admin/account/two-factor/disable"
                csrf={csrf}
                errors={formErrors('disable')}
                submit={t('twoFactor.disable.submit')}
                lead={<p>{t('twoFactor.disable.intro')}</p>}
              >
                <Field
                  name="password"
                  label={t('twoFactor.password')}
                  type="password"
                  errors={formErrors('disable')}
                  autocomplete="current-password"
                />
                <CodeField name="code" label={t('twoFactor.disable.code')} errors={formErrors('disable')} />
              </Form>
            </>
          )}
        </>
      ) : (
        <>
          {mustEnrol ? <Alert>{t('twoFactor.required')}</Alert> : null}
          <p>{t('twoFactor.off')}</p>
          <p>{t('twoFactor.intro')}</p>
          <Form action="/admin/account/two-factor/setup" csrf={csrf} submit={t('twoFactor.start')} />
        </>
      )}
    </>
  );
}

/** The key in groups of four, easier to type into an app by hand. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

export function TwoFactorSetupPage({
  csrf,
  secret,
  qrSvg,
  account,
  errors,
}: {
  csrf: string;
  secret: string;
  /** The QR code as SVG markup, made on the server from the otpauth:// address. */
  qrSvg: string;
  /** The account's e-mail (what the app will show beside the site's name). */
  account: string;
  errors: FormError[];
}) {
  const { t } = useI18n();
  return (
    <>
      <h1 class="page-title">{t('twoFactor.setup.title')}</h1>
      <ol class="setup-steps">
        <li>
          <p>{t('twoFactor.setup.scan')}</p>
          {/* Markup made by the qrcode library from the otpauth:// address (no user text in it). */}
          <div
            class="qr"
            role="img"
            aria-label={t('twoFactor.setup.qrLabel')}
            dangerouslySetInnerHTML={{ __html: qrSvg }}
          />
        </li>
        <li>
          <p>{t('twoFactor.setup.manual', { account })}</p>
          <p>
            <code class="totp-secret">{grouped(secret)}</code>
          </p>
        </li>
        <li>
          <Form
            action="/admin/account/two-factor/confirm"
            csrf={csrf}
            errors={errors}
            submit={t('twoFactor.setup.submit')}
            lead={<p>{t('twoFactor.setup.confirm')}</p>}
          >
            <CodeField name="code" label={t('twoFactor.setup.code')} errors={errors} />
          </Form>
        </li>
      </ol>
      <p>
        <a href="/admin/account/two-factor">{t('twoFactor.setup.cancel')}</a>
      </p>
    </>
  );
}

/** The sign-in's second step: a code from the app, or (`recovery`) one of the recovery codes. */
export function TwoFactorSignInPage({
  csrf,
  recovery,
  problem,
}: {
  csrf: string;
  recovery: boolean;
  problem: string | null;
}) {
  const { t } = useI18n();
  return (
    <Form
      action="/admin/signin/two-factor"
      csrf={csrf}
      problem={problem}
      submit={t('twoFactor.signin.submit')}
      lead={
        <>
          <h1 class="page-title">{t('twoFactor.signin.title')}</h1>
          <p>{recovery ? t('twoFactor.signin.recoveryIntro') : t('twoFactor.signin.intro')}</p>
        </>
      }
      after={
        <>
          <p>
            {recovery ? (
              <a href="/admin/signin/two-factor">{t('twoFactor.signin.useApp')}</a>
            ) : (
              <a href="/admin/signin/two-factor?method=recovery">{t('twoFactor.signin.useRecovery')}</a>
            )}
          </p>
          <p>
            <a href="/admin/signin">{t('twoFactor.signin.startOver')}</a>
          </p>
        </>
      }
    >
      <input type="hidden" name="method" value={recovery ? 'recovery' : 'app'} />
      <CodeField
        name="code"
        label={recovery ? t('twoFactor.signin.recoveryCode') : t('twoFactor.signin.code')}
        errors={[]}
        recovery={recovery}
      />
    </Form>
  );
}
