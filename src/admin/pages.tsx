import type { ComponentChildren } from 'preact';
import type { ArticleStatus, ArticleSummary } from '../domain/article.ts';
import type { User } from '../services/accounts/account.service.ts';

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
}: {
  csrf: string;
  email: string;
  errors: FormError[];
  message: string | null;
}) {
  return (
    <form method="post" action="/admin/signin" class="search-form">
      <h1 class="page-title">Sign in</h1>
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
