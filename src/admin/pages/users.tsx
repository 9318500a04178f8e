import type { Translate } from '../../lib/messages.ts';
import { formatLongDate, isoInZone } from '../../lib/dates.ts';
import { INVITE_TTL_MS, type User } from '../../services/accounts/account.service.ts';
import { Alert, Field, FieldRow, Form, RoleSelect, When, type FormError } from './form.tsx';
import { roleName, useI18n } from './i18n.tsx';
import { WideTable } from './wide-table.tsx';

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
  withProfiles = false,
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
  /** Each user's author page (job title, biography, photo) can be set: a link per row. */
  withProfiles?: boolean;
  users: User[];
  invites: PendingInvite[];
  /** Who has two-factor sign-in on, and whether the site requires it of administrators. */
  twoFactor: TwoFactorOverview;
  values: { email: string; name: string; role: string };
  errors: FormError[];
  /** The action just done (invited, role, disabled, enabled, two-factor-…): confirmed at the top. */
  done: string | null;
  problem: string | null;
}) {
  const { t } = useI18n();
  const notice = doneNotice(t, done);
  return (
    <>
      <h1 class="page-title">{t('users.title')}</h1>
      <p class="page-intro">{t('users.count', { count: users.length })}</p>
      {notice ? <p role="status">{notice}</p> : null}
      {problem ? <Alert>{problem}</Alert> : null}
      <UsersTable csrf={csrf} me={me} users={users} twoFactor={twoFactor} withProfiles={withProfiles} />
      <TwoFactorRuleForm csrf={csrf} required={twoFactor.requiredForAdmins} />
      <InviteForm csrf={csrf} values={values} errors={errors} />
      {invites.length ? <PendingInvites invites={invites} /> : null}
    </>
  );
}

interface TwoFactorOverview {
  enabled: Set<string>;
  requiredForAdmins: boolean;
}

/** Every account with its role, status and two-factor state, and the actions on it. */
function UsersTable({
  csrf,
  me,
  users,
  twoFactor,
  withProfiles,
}: {
  csrf: string;
  me: User;
  users: User[];
  twoFactor: TwoFactorOverview;
  withProfiles: boolean;
}) {
  const { t, lang, timeZone } = useI18n();
  return (
    <WideTable>
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
                <UserActions csrf={csrf} me={me} user={u} twoFactorOn={twoFactor.enabled.has(u.id)} />
                {withProfiles ? (
                  <>
                    {' '}
                    <a
                      href={`/admin/users/${u.id}/profile`}
                      aria-label={t('users.profileOf', { name: u.name })}
                    >
                      {t('users.profile')}
                    </a>
                  </>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </WideTable>
  );
}

/** Change the role; disable or enable (not oneself); reset two-factor sign-in (not one's own). */
function UserActions({
  csrf,
  me,
  user: u,
  twoFactorOn,
}: {
  csrf: string;
  me: User;
  user: User;
  twoFactorOn: boolean;
}) {
  const { t } = useI18n();
  return (
    <>
      <Form action={`/admin/users/${u.id}/role`} csrf={csrf} submit={t('users.changeRole')} inline>
        <RoleSelect
          value={u.role}
          label={t('users.roleOf', { name: u.name })}
          control={{ id: `role-${u.id}`, name: 'role' }}
        />
      </Form>{' '}
      {u.id === me.id ? null : (
        <Form
          action={`/admin/users/${u.id}/${u.disabledAt ? 'enable' : 'disable'}`}
          csrf={csrf}
          submit={u.disabledAt ? t('users.enable') : t('users.disable')}
          inline
        />
      )}
      {u.id !== me.id && twoFactorOn ? (
        <>
          {' '}
          <Form
            action={`/admin/users/${u.id}/reset-two-factor`}
            csrf={csrf}
            submit={t('users.resetTwoFactor')}
            submitLabel={t('users.resetTwoFactorOf', { name: u.name })}
            inline
          />
        </>
      ) : null}
    </>
  );
}

/** The site's rule: administrators must use two-factor sign-in. */
function TwoFactorRuleForm({ csrf, required }: { csrf: string; required: boolean }) {
  const { t } = useI18n();
  return (
    <>
      <h2>{t('users.twoFactorTitle')}</h2>
      <Form action="/admin/settings/two-factor" csrf={csrf} submit={t('users.twoFactorSave')}>
        <p>{t('users.twoFactorIntro')}</p>
        <p>
          <input id="f-required" type="checkbox" name="required" value="on" checked={required} />{' '}
          <label for="f-required">{t('users.twoFactorRequired')}</label>
        </p>
      </Form>
    </>
  );
}

function InviteForm({
  csrf,
  values,
  errors,
}: {
  csrf: string;
  values: { email: string; name: string; role: string };
  errors: FormError[];
}) {
  const { t } = useI18n();
  return (
    <>
      <h2>{t('users.inviteTitle')}</h2>
      <Form
        action="/admin/users/invite"
        csrf={csrf}
        errors={errors}
        submit={t('users.inviteSubmit')}
        lead={<p>{t('users.inviteIntro', { days: Math.round(INVITE_TTL_MS / 86_400_000) })}</p>}
      >
        <Field name="name" label={t('users.name')} value={values.name} errors={errors} autocomplete="off" />
        <Field
          name="email"
          label={t('field.email')}
          type="email"
          value={values.email}
          errors={errors}
          autocomplete="off"
        />
        <FieldRow
          name="role"
          label={t('users.role')}
          errors={errors}
          control={(props) => <RoleSelect value={values.role} label={t('users.role')} control={props} />}
        />
      </Form>
    </>
  );
}

function PendingInvites({ invites }: { invites: PendingInvite[] }) {
  const { t, timeZone } = useI18n();
  return (
    <>
      <h2>{t('users.invitesTitle')}</h2>
      <WideTable>
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
      </WideTable>
    </>
  );
}
