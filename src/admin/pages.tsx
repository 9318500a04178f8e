import type { ComponentChildren } from 'preact';
import type { ArticleStatus, ArticleSummary } from '../domain/article.ts';
import { roles } from '../domain/roles.ts';
import type { TokenInfo, User } from '../services/accounts/account.service.ts';

/** The newsroom's server-rendered pages (sign-in, setup, account, audit): plain forms, no JavaScript. */
export function AdminLayout({
  title,
  user,
  csrf,
  stylesheet,
  children,
}: {
  title: string;
  user?: User | null;
  csrf?: string;
  stylesheet: string;
  children: ComponentChildren;
}) {
  return (
    <html lang="en">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${title} — Newsroom`}</title>
        <link rel="stylesheet" href={stylesheet} />
      </head>
      <body>
        <header class="site-header">
          <div class="wrap">
            <a class="brand" href="/admin">
              Newsroom
            </a>
            {user ? (
              <form method="post" action="/admin/signout" class="header-search">
                <input type="hidden" name="_csrf" value={csrf} />
                <span>
                  {user.name} ({user.role})
                </span>{' '}
                {user.role === 'admin' ? <a href="/admin/users">Users</a> : null}{' '}
                <a href="/admin/account/password">Change password</a>
                <button type="submit">Sign out</button>
              </form>
            ) : null}
          </div>
        </header>
        <main id="content">
          <div class="wrap admin">{children}</div>
        </main>
      </body>
    </html>
  );
}

export interface FormError {
  field: string;
  message: string;
}

function Field({
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

export function SignInPage({
  csrf,
  email,
  errors,
  message,
  notice = null,
}: {
  csrf: string;
  email: string;
  errors: FormError[];
  message: string | null;
  notice?: string | null;
}) {
  return (
    <form method="post" action="/admin/signin" class="search-form">
      <h1 class="page-title">Sign in</h1>
      {notice ? <p role="status">{notice}</p> : null}
      {message ? (
        <p class="form-error" role="alert">
          {message}
        </p>
      ) : null}
      <input type="hidden" name="_csrf" value={csrf} />
      <Field name="email" label="E-mail" type="email" value={email} errors={errors} autocomplete="username" />
      <Field
        name="password"
        label="Password"
        type="password"
        errors={errors}
        autocomplete="current-password"
      />
      <p>
        <button type="submit">Sign in</button>
      </p>
      <p>
        <a href="/admin/forgot">Forgot your password?</a>
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
  return (
    <form method="post" action="/admin/setup" class="search-form">
      <h1 class="page-title">Set up your newsroom</h1>
      <p>
        Create the owner's account. It becomes the first administrator; invite the rest of the newsroom from
        there.
      </p>
      {errors.length ? (
        <p class="form-error" role="alert">
          Please correct the marked fields.
        </p>
      ) : null}
      <input type="hidden" name="_csrf" value={csrf} />
      <Field name="name" label="Your name" value={values.name} errors={errors} autocomplete="name" />
      <Field
        name="email"
        label="E-mail"
        type="email"
        value={values.email}
        errors={errors}
        autocomplete="username"
      />
      <Field
        name="password"
        label="Password (at least 12 characters)"
        type="password"
        errors={errors}
        autocomplete="new-password"
      />
      <p>
        <button type="submit">Create the owner account</button>
      </p>
    </form>
  );
}

export function PasswordPage({ csrf, errors, done }: { csrf: string; errors: FormError[]; done: boolean }) {
  return (
    <form method="post" action="/admin/account/password" class="search-form">
      <h1 class="page-title">Change your password</h1>
      {done ? <p role="status">Your password was changed; your other sessions were signed out.</p> : null}
      <input type="hidden" name="_csrf" value={csrf} />
      <Field
        name="current"
        label="Current password"
        type="password"
        errors={errors}
        autocomplete="current-password"
      />
      <Field
        name="next"
        label="New password (at least 12 characters)"
        type="password"
        errors={errors}
        autocomplete="new-password"
      />
      <p>
        <button type="submit">Change password</button>
      </p>
    </form>
  );
}

export function HomePage({ articles }: { articles: (ArticleSummary & { status: ArticleStatus })[] }) {
  return (
    <>
      <h1 class="page-title">Articles</h1>
      <p class="page-intro">The newest articles in every status.</p>
      <table class="admin-table">
        <thead>
          <tr>
            <th scope="col">Headline</th>
            <th scope="col">Language</th>
            <th scope="col">Section</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {articles.map((a) => (
            <tr>
              <td>
                {a.status === 'published' ? (
                  <a href={`/${a.language}/${a.section.slug}/${a.slug}`}>{a.headline}</a>
                ) : (
                  a.headline
                )}
              </td>
              <td>{a.language}</td>
              <td>{a.section.name}</td>
              <td>{a.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

export function AuditPage({
  entries,
}: {
  entries: { userName: string | null; action: string; target: string | null; at: Date }[];
}) {
  return (
    <>
      <h1 class="page-title">Audit log</h1>
      <table class="admin-table">
        <thead>
          <tr>
            <th scope="col">When (UTC)</th>
            <th scope="col">Who</th>
            <th scope="col">What</th>
            <th scope="col">Target</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr>
              <td>
                <time dateTime={e.at.toISOString()}>{e.at.toISOString().replace('T', ' ').slice(0, 19)}</time>
              </td>
              <td>{e.userName ?? '—'}</td>
              <td>{e.action}</td>
              <td>{e.target ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Problems({ errors }: { errors: FormError[] }) {
  return errors.length ? (
    <p class="form-error" role="alert">
      Please correct the marked fields.
    </p>
  ) : null;
}

function RoleSelect({ name, id, value, label }: { name: string; id: string; value: string; label: string }) {
  return (
    <select id={id} name={name} aria-label={label}>
      {roles.map((r) => (
        <option value={r} selected={r === value}>
          {r}
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
  return (
    <form method="post" action="/admin/forgot" class="search-form">
      <h1 class="page-title">Forgot your password?</h1>
      {sent ? (
        <p role="status">
          If an account exists for that address, we have sent it a link to choose a new password. The link
          works once, for one hour.
        </p>
      ) : (
        <p>Give the e-mail address of your account; we send it a link to choose a new password.</p>
      )}
      <Problems errors={errors} />
      <input type="hidden" name="_csrf" value={csrf} />
      <Field name="email" label="E-mail" type="email" value={email} errors={errors} autocomplete="username" />
      <p>
        <button type="submit">Send the link</button>
      </p>
      <p>
        <a href="/admin/signin">Back to sign-in</a>
      </p>
    </form>
  );
}

/** A one-time link that cannot be used (expired, used, unknown): says why and what to do. */
export function LinkProblemPage({
  message,
  next,
}: {
  message: string;
  next: { href: string; label: string };
}) {
  return (
    <>
      <h1 class="page-title">This link cannot be used</h1>
      <p class="form-error" role="alert">
        {message}
      </p>
      <p>
        <a href={next.href}>{next.label}</a>
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
  return (
    <form method="post" action={`/admin/reset/${token}`} class="search-form">
      <h1 class="page-title">Choose a new password</h1>
      <p>For {info.email}. Every place where this account is signed in will be signed out.</p>
      <Problems errors={errors} />
      <input type="hidden" name="_csrf" value={csrf} />
      <Field
        name="password"
        label="New password (at least 12 characters)"
        type="password"
        errors={errors}
        autocomplete="new-password"
      />
      <p>
        <button type="submit">Set the new password</button>
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
  return (
    <form method="post" action={`/admin/invite/${token}`} class="search-form">
      <h1 class="page-title">Join the newsroom</h1>
      <p>
        {info.name}, you are invited as <strong>{info.role}</strong> with the address {info.email}. Choose a
        password to create your account.
      </p>
      <Problems errors={errors} />
      <input type="hidden" name="_csrf" value={csrf} />
      <Field
        name="password"
        label="Password (at least 12 characters)"
        type="password"
        errors={errors}
        autocomplete="new-password"
      />
      <p>
        <button type="submit">Create my account</button>
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

export function UsersPage({
  csrf,
  me,
  users,
  invites,
  values,
  errors,
  notice,
  problem,
}: {
  csrf: string;
  me: User;
  users: User[];
  invites: PendingInvite[];
  values: { email: string; name: string; role: string };
  errors: FormError[];
  notice: string | null;
  problem: string | null;
}) {
  const day = (d: Date) => d.toISOString().slice(0, 10);
  return (
    <>
      <h1 class="page-title">Users</h1>
      {notice ? <p role="status">{notice}</p> : null}
      {problem ? (
        <p class="form-error" role="alert">
          {problem}
        </p>
      ) : null}
      <table class="admin-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">E-mail</th>
            <th scope="col">Role</th>
            <th scope="col">Status</th>
            <th scope="col">Since</th>
            <th scope="col">Actions</th>
          </tr>
        </thead>
        <tbody>
          {users.map((u) => (
            <tr>
              <td>{u.name}</td>
              <td>{u.email}</td>
              <td>{u.role}</td>
              <td>{u.disabledAt ? 'disabled' : 'active'}</td>
              <td>{day(u.createdAt)}</td>
              <td>
                <form method="post" action={`/admin/users/${u.id}/role`} class="inline-form">
                  <input type="hidden" name="_csrf" value={csrf} />
                  <RoleSelect
                    name="role"
                    id={`role-${u.id}`}
                    value={u.role}
                    label={`Role of ${u.name}`}
                  />{' '}
                  <button type="submit">Change role</button>
                </form>{' '}
                {u.id === me.id ? null : (
                  <form
                    method="post"
                    action={`/admin/users/${u.id}/${u.disabledAt ? 'enable' : 'disable'}`}
                    class="inline-form"
                  >
                    <input type="hidden" name="_csrf" value={csrf} />
                    <button type="submit">{u.disabledAt ? 'Enable' : 'Disable'}</button>
                  </form>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      <h2>Invite someone</h2>
      <form method="post" action="/admin/users/invite" class="search-form">
        <p>They get an e-mail with a link to choose their password; it works once, for 7 days.</p>
        <Problems errors={errors} />
        <input type="hidden" name="_csrf" value={csrf} />
        <Field name="name" label="Name" value={values.name} errors={errors} autocomplete="off" />
        <Field
          name="email"
          label="E-mail"
          type="email"
          value={values.email}
          errors={errors}
          autocomplete="off"
        />
        <p>
          <label for="f-role">Role</label>
          <RoleSelect name="role" id="f-role" value={values.role} label="Role" />
          {errors.find((e) => e.field === 'role') ? (
            <span id="f-role-error" class="form-error">
              {errors.find((e) => e.field === 'role')!.message}
            </span>
          ) : null}
        </p>
        <p>
          <button type="submit">Send the invitation</button>
        </p>
      </form>

      {invites.length ? (
        <>
          <h2>Open invitations</h2>
          <table class="admin-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">E-mail</th>
                <th scope="col">Role</th>
                <th scope="col">Expires (UTC)</th>
              </tr>
            </thead>
            <tbody>
              {invites.map((i) => (
                <tr>
                  <td>{i.name}</td>
                  <td>{i.email}</td>
                  <td>{i.role}</td>
                  <td>{i.expiresAt.toISOString().replace('T', ' ').slice(0, 16)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </>
  );
}
