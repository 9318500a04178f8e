import { createContext, type ComponentChildren } from 'preact';
import { useContext } from 'preact/hooks';
import type { Role } from '../domain/roles.ts';
import { roles } from '../domain/roles.ts';
import { formatDateTime, formatLongDate, isoInZone } from '../lib/dates.ts';
import type { Translate } from '../lib/messages.ts';
import {
  INVITE_TTL_MS,
  RESET_TTL_MS,
  type TokenInfo,
  type User,
} from '../services/accounts/account.service.ts';
import { adminLanguages, type AdminLanguage } from './messages/index.ts';

/** Passwords have at least this many characters (passwordSchema in the account service). */
const PASSWORD_MIN = 12;

/** What every newsroom page needs to speak the reader's language: set once per request by the layout. */
export interface AdminI18n {
  lang: AdminLanguage;
  t: Translate;
  /** The site's time zone: dates are shown in it. */
  timeZone: string;
  /** The page to come back to after switching languages (a GET-able /admin path). */
  back: string;
}
const I18n = createContext<AdminI18n | null>(null);
export function useI18n(): AdminI18n {
  const i18n = useContext(I18n);
  if (!i18n) throw new Error('newsroom pages render inside <AdminLayout i18n={…}>');
  return i18n;
}

/** A role in words, in the page's language. */
function roleName(t: Translate, role: string): string {
  switch (role as Role) {
    case 'contributor':
      return t('role.contributor');
    case 'author':
      return t('role.author');
    case 'editor':
      return t('role.editor');
    case 'admin':
      return t('role.admin');
    default:
      return role;
  }
}

function languageName(t: Translate, lang: AdminLanguage): string {
  switch (lang) {
    case 'en':
      return t('language.en');
    case 'az':
      return t('language.az');
    case 'ru':
      return t('language.ru');
  }
}

/** Puts `node` where `marker` stands in a translated text (a value set in bold inside a sentence). */
export function withNode(text: string, marker: string, node: ComponentChildren): ComponentChildren {
  const [before, ...after] = text.split(marker);
  return after.length ? [before, node, after.join(marker)] : text;
}
export const MARK = '\uE000';

/** The newsroom's server-rendered pages (sign-in, setup, account, audit): plain forms, no JavaScript. */
export function AdminLayout({
  i18n,
  title,
  user,
  csrf,
  stylesheet,
  children,
}: {
  i18n: AdminI18n;
  title: string;
  user?: User | null;
  csrf?: string;
  stylesheet: string;
  children: ComponentChildren;
}) {
  const { t, lang, back } = i18n;
  return (
    <html lang={lang}>
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{t('layout.title', { title })}</title>
        <link rel="stylesheet" href={stylesheet} />
      </head>
      <body>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href="/admin">
              {t('layout.brand')}
            </a>
            {user ? (
              <form method="post" action="/admin/signout" class="header-search">
                <input type="hidden" name="_csrf" value={csrf} />
                <span>{t('layout.account', { name: user.name, role: roleName(t, user.role) })}</span>{' '}
                {user.role === 'admin' ? <a href="/admin/users">{t('layout.users')}</a> : null}{' '}
                {user.role === 'admin' ? <a href="/admin/audit">{t('layout.audit')}</a> : null}{' '}
                <a href="/admin/account/password">{t('layout.changePassword')}</a>{' '}
                <a href="/admin/account/two-factor">{t('layout.twoFactor')}</a>
                <button type="submit">{t('layout.signOut')}</button>
              </form>
            ) : null}
            <nav class="lang-switch" aria-label={t('layout.languages')}>
              <ul>
                {adminLanguages.map((code) => (
                  <li>
                    <a
                      href={`/admin/language?${new URLSearchParams({ to: code, back }).toString()}`}
                      lang={code}
                      hrefLang={code}
                      aria-current={code === lang ? 'true' : undefined}
                    >
                      {languageName(t, code)}
                    </a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <main id="content">
          <div class="wrap admin">
            <I18n.Provider value={i18n}>{children}</I18n.Provider>
          </div>
        </main>
      </body>
    </html>
  );
}

export interface FormError {
  field: string;
  message: string;
}

export function Field({
  name,
  label,
  type = 'text',
  value = '',
  errors,
  autocomplete,
}: {
  name: string;
  label: string;
  type?: string;
  value?: string;
  errors: FormError[];
  autocomplete?: string;
}) {
  const error = errors.find((e) => e.field === name);
  return (
    <p>
      <label for={`f-${name}`}>{label}</label>
      <input
        id={`f-${name}`}
        name={name}
        type={type}
        value={type === 'password' ? '' : value}
        autoComplete={autocomplete}
        required
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={error ? `f-${name}-error` : undefined}
      />
      {error ? (
        <span id={`f-${name}-error`} class="form-error">
          {error.message}
        </span>
      ) : null}
    </p>
  );
}

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

export function SetupPage({
  csrf,
  values,
  errors,
}: {
  csrf: string;
  values: { email: string; name: string };
  errors: FormError[];
}) {
  const { t } = useI18n();
  return (
    <form method="post" action="/admin/setup" class="search-form">
      <h1 class="page-title">{t('setup.title')}</h1>
      <p>{t('setup.intro')}</p>
      <Problems errors={errors} />
      <input type="hidden" name="_csrf" value={csrf} />
      <Field name="name" label={t('setup.name')} value={values.name} errors={errors} autocomplete="name" />
      <Field
        name="email"
        label={t('field.email')}
        type="email"
        value={values.email}
        errors={errors}
        autocomplete="username"
      />
      <Field
        name="password"
        label={t('field.newPassword', { min: PASSWORD_MIN })}
        type="password"
        errors={errors}
        autocomplete="new-password"
      />
      <p>
        <button type="submit">{t('setup.submit')}</button>
      </p>
    </form>
  );
}

export function PasswordPage({ csrf, errors, done }: { csrf: string; errors: FormError[]; done: boolean }) {
  const { t } = useI18n();
  return (
    <form method="post" action="/admin/account/password" class="search-form">
      <h1 class="page-title">{t('password.title')}</h1>
      {done ? <p role="status">{t('password.done')}</p> : null}
      <input type="hidden" name="_csrf" value={csrf} />
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
      <p>
        <button type="submit">{t('password.submit')}</button>
      </p>
    </form>
  );
}

/** A moment in words, in the page's language and the site's time zone, with its ISO form for machines. */
export function When({ at }: { at: Date }) {
  const { lang, timeZone } = useI18n();
  return <time dateTime={isoInZone(at, timeZone)}>{formatDateTime(at, lang, timeZone)}</time>;
}

export function AuditPage({
  entries,
}: {
  entries: { userName: string | null; action: string; target: string | null; at: Date }[];
}) {
  const { t, timeZone } = useI18n();
  return (
    <>
      <h1 class="page-title">{t('audit.title')}</h1>
      <p class="page-intro">{t('audit.count', { count: entries.length })}</p>
      {entries.length ? (
        <table class="admin-table">
          <thead>
            <tr>
              <th scope="col">{t('audit.when', { zone: timeZone })}</th>
              <th scope="col">{t('audit.who')}</th>
              <th scope="col">{t('audit.what')}</th>
              <th scope="col">{t('audit.target')}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((e) => (
              <tr>
                <td>
                  <When at={e.at} />
                </td>
                <td>{e.userName ?? '—'}</td>
                {/* The action's stable code (user.invited, signin.failed …): what logs and tooling search for. */}
                <td>{e.action}</td>
                <td>{e.target ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}

export function Problems({ errors }: { errors: FormError[] }) {
  const { t } = useI18n();
  return errors.length ? (
    <p class="form-error" role="alert">
      {t('form.problems')}
    </p>
  ) : null;
}

function RoleSelect({ name, id, value, label }: { name: string; id: string; value: string; label: string }) {
  const { t } = useI18n();
  return (
    <select id={id} name={name} aria-label={label}>
      {roles.map((r) => (
        <option value={r} selected={r === value}>
          {roleName(t, r)}
        </option>
      ))}
    </select>
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
    <form method="post" action="/admin/forgot" class="search-form">
      <h1 class="page-title">{t('forgot.title')}</h1>
      {sent ? (
        <p role="status">{t('forgot.sent', { hours: Math.round(RESET_TTL_MS / 3_600_000) })}</p>
      ) : (
        <p>{t('forgot.intro')}</p>
      )}
      <Problems errors={errors} />
      <input type="hidden" name="_csrf" value={csrf} />
      <Field
        name="email"
        label={t('field.email')}
        type="email"
        value={email}
        errors={errors}
        autocomplete="username"
      />
      <p>
        <button type="submit">{t('forgot.submit')}</button>
      </p>
      <p>
        <a href="/admin/signin">{t('forgot.back')}</a>
      </p>
    </form>
  );
}

/** A one-time link that cannot be used (expired, used, unknown): says why and what to do. */
export function LinkProblemPage({ message, purpose }: { message: string; purpose: 'invite' | 'reset' }) {
  const { t } = useI18n();
  return (
    <>
      <h1 class="page-title">{t('link.title')}</h1>
      <p class="form-error" role="alert">
        {message}
      </p>
      <p>
        {purpose === 'reset' ? (
          <a href="/admin/forgot">{t('link.newLink')}</a>
        ) : (
          <a href="/admin/signin">{t('link.signIn')}</a>
        )}
      </p>
    </>
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
    <form method="post" action={`/admin/reset/${token}`} class="search-form">
      <h1 class="page-title">{t('reset.title')}</h1>
      <p>{t('reset.intro', { email: info.email })}</p>
      <Problems errors={errors} />
      <input type="hidden" name="_csrf" value={csrf} />
      <Field
        name="password"
        label={t('password.next', { min: PASSWORD_MIN })}
        type="password"
        errors={errors}
        autocomplete="new-password"
      />
      <p>
        <button type="submit">{t('reset.submit')}</button>
      </p>
    </form>
  );
}

export function InvitePage({
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
    <form method="post" action={`/admin/invite/${token}`} class="search-form">
      <h1 class="page-title">{t('invite.title')}</h1>
      <p>
        {withNode(
          t('invite.intro', { name: info.name, role: MARK, email: info.email }),
          MARK,
          <strong>{roleName(t, info.role)}</strong>,
        )}
      </p>
      <Problems errors={errors} />
      <input type="hidden" name="_csrf" value={csrf} />
      <Field
        name="password"
        label={t('field.newPassword', { min: PASSWORD_MIN })}
        type="password"
        errors={errors}
        autocomplete="new-password"
      />
      <p>
        <button type="submit">{t('invite.submit')}</button>
      </p>
    </form>
  );
}

export interface PendingInvite {
  email: string | null;
  name: string | null;
  role: string | null;
  expiresAt: Date;
}

/** What the users page confirms after an action (`?done=…`), in words. */
function doneNotice(t: Translate, done: string | null): string | null {
  switch (done) {
    case 'invited':
      return t('users.notice.invited');
    case 'role':
      return t('users.notice.role');
    case 'disabled':
      return t('users.notice.disabled');
    case 'enabled':
      return t('users.notice.enabled');
    case 'two-factor-reset':
      return t('users.notice.twoFactorReset');
    case 'two-factor-required':
      return t('users.notice.twoFactorRequired');
    case 'two-factor-optional':
      return t('users.notice.twoFactorOptional');
    default:
      return null;
  }
}

export function UsersPage({
  csrf,
  me,
  users,
  invites,
  twoFactor,
  values,
  errors,
  done,
  problem,
}: {
  csrf: string;
  me: User;
  users: User[];
  invites: PendingInvite[];
  /** Who has two-factor sign-in on, and whether the site requires it of administrators. */
  twoFactor: { enabled: Set<string>; requiredForAdmins: boolean };
  values: { email: string; name: string; role: string };
  errors: FormError[];
  /** The action just done (invited, role, disabled, enabled, two-factor-…): confirmed at the top. */
  done: string | null;
  problem: string | null;
}) {
  const { t, lang, timeZone } = useI18n();
  const notice = doneNotice(t, done);
  const roleError = errors.find((e) => e.field === 'role');
  return (
    <>
      <h1 class="page-title">{t('users.title')}</h1>
      <p class="page-intro">{t('users.count', { count: users.length })}</p>
      {notice ? <p role="status">{notice}</p> : null}
      {problem ? (
        <p class="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <table class="admin-table">
        <thead>
          <tr>
            <th scope="col">{t('users.name')}</th>
            <th scope="col">{t('field.email')}</th>
            <th scope="col">{t('users.role')}</th>
            <th scope="col">{t('users.status')}</th>
            <th scope="col">{t('users.twoFactor')}</th>
            <th scope="col">{t('users.since')}</th>
            <th scope="col">{t('users.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>{roleName(t, u.role)}</td>
              <td>{u.disabledAt ? t('status.disabled') : t('status.active')}</td>
              <td>
                {twoFactor.enabled.has(u.id)
                  ? t('users.twoFactorOn')
                  : u.role === 'admin' && twoFactor.requiredForAdmins
                    ? t('users.twoFactorMissing')
                    : t('users.twoFactorOff')}
              </td>
              <td>
                <time dateTime={isoInZone(u.createdAt, timeZone).slice(0, 10)}>
                  {formatLongDate(u.createdAt, lang, timeZone)}
                </time>
              </td>
              <td>
                <form method="post" action={`/admin/users/${u.id}/role`} class="inline-form">
                  <input type="hidden" name="_csrf" value={csrf} />
                  <RoleSelect
                    name="role"
                    id={`role-${u.id}`}
                    value={u.role}
                    label={t('users.roleOf', { name: u.name })}
                  />{' '}
                  <button type="submit">{t('users.changeRole')}</button>
                </form>{' '}
                {u.id === me.id ? null : (
                  <form
                    method="post"
                    action={`/admin/users/${u.id}/${u.disabledAt ? 'enable' : 'disable'}`}
                    class="inline-form"
                  >
                    <input type="hidden" name="_csrf" value={csrf} />
                    <button type="submit">{u.disabledAt ? t('users.enable') : t('users.disable')}</button>
                  </form>
                )}
                {u.id !== me.id && twoFactor.enabled.has(u.id) ? (
                  <>
                    {' '}
                    <form method="post" action={`/admin/users/${u.id}/reset-two-factor`} class="inline-form">
                      <input type="hidden" name="_csrf" value={csrf} />
                      <button type="submit" aria-label={t('users.resetTwoFactorOf', { name: u.name })}>
                        {t('users.resetTwoFactor')}
                      </button>
                    </form>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>{t('users.twoFactorTitle')}</h2>
      <form method="post" action="/admin/settings/two-factor" class="search-form">
        <input type="hidden" name="_csrf" value={csrf} />
        <p>{t('users.twoFactorIntro')}</p>
        <p>
          <input
            id="f-required"
            type="checkbox"
            name="required"
            value="on"
            checked={twoFactor.requiredForAdmins}
          />{' '}
          <label for="f-required">{t('users.twoFactorRequired')}</label>
        </p>
        <p>
          <button type="submit">{t('users.twoFactorSave')}</button>
        </p>
      </form>

      <h2>{t('users.inviteTitle')}</h2>
      <form method="post" action="/admin/users/invite" class="search-form">
        <p>{t('users.inviteIntro', { days: Math.round(INVITE_TTL_MS / 86_400_000) })}</p>
        <Problems errors={errors} />
        <input type="hidden" name="_csrf" value={csrf} />
        <Field name="name" label={t('users.name')} value={values.name} errors={errors} autocomplete="off" />
        <Field
          name="email"
          label={t('field.email')}
          type="email"
          value={values.email}
          errors={errors}
          autocomplete="off"
        />
        <p>
          <label for="f-role">{t('users.role')}</label>
          <RoleSelect name="role" id="f-role" value={values.role} label={t('users.role')} />
          {roleError ? (
            <span id="f-role-error" class="form-error">
              {roleError.message}
            </span>
          ) : null}
        </p>
        <p>
          <button type="submit">{t('users.inviteSubmit')}</button>
        </p>
      </form>

      {invites.length ? (
        <>
          <h2>{t('users.invitesTitle')}</h2>
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">{t('users.name')}</th>
                <th scope="col">{t('field.email')}</th>
                <th scope="col">{t('users.role')}</th>
                <th scope="col">{t('users.expires', { zone: timeZone })}</th>
              </tr>
            </thead>
            <tbody>
              {invites.map((i) => (
                <tr>
                  <td>{i.name}</td>
                  <td>{i.email}</td>
                  <td>{i.role ? roleName(t, i.role) : ''}</td>
                  <td>
                    <When at={i.expiresAt} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}
