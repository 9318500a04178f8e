import type { ComponentChildren, InputHTMLAttributes } from 'preact';
import { roles } from '../../domain/roles.ts';
import { formatDateTime, isoInZone } from '../../lib/dates.ts';
import { roleName, useI18n } from './i18n.tsx';

/**
 * The newsroom pages' forms, written once: a form's layout, its CSRF field, its error summary and
 * each field's error. Every server-rendered admin page builds its forms from these pieces.
 */

/** Passwords have at least this many characters (passwordSchema in the account service). */
export const PASSWORD_MIN = 12;

export interface FormError {
  field: string;
  message: string;
}

/** The token every state-changing request carries (checked by the gate before the handler runs). */
export function CsrfField({ csrf }: { csrf: string | undefined }) {
  return <input type="hidden" name="_csrf" value={csrf} />;
}

/** A message the page shows as an alert: why a form or an action was refused. */
export function Alert({ children }: { children: ComponentChildren }) {
  return (
    <p class="form-error" role="alert">
      {children}
    </p>
  );
}

/** What went wrong, above the fields: the refusal in words, and a pointer to the marked fields. */
export function ErrorSummary({ errors, problem = null }: { errors: FormError[]; problem?: string | null }) {
  const { t } = useI18n();
  return (
    <>
      {problem ? <Alert>{problem}</Alert> : null}
      {errors.length ? <Alert>{t('form.problems')}</Alert> : null}
    </>
  );
}

/**
 * A form that posts to `action`: `lead` (heading, intro, notices) first, then the error summary,
 * the CSRF field, the fields and the submit button; `after` holds links below it. `inline` forms
 * sit in a table row: the button follows the fields on the same line.
 */
export function Form({
  action,
  csrf,
  submit,
  submitLabel,
  errors = [],
  problem = null,
  lead,
  after,
  inline = false,
  children,
}: {
  action: string;
  csrf: string | undefined;
  /** The button's text. */
  submit: string;
  /** The button's accessible name when its text alone is ambiguous (which account it acts on). */
  submitLabel?: string;
  errors?: FormError[];
  problem?: string | null;
  lead?: ComponentChildren;
  after?: ComponentChildren;
  inline?: boolean;
  children?: ComponentChildren;
}) {
  const button = (
    <button type="submit" aria-label={submitLabel}>
      {submit}
    </button>
  );
  return (
    <form method="post" action={action} class={inline ? 'inline-form' : 'search-form'}>
      {lead}
      <ErrorSummary errors={errors} problem={problem} />
      <CsrfField csrf={csrf} />
      {children}
      {inline ? (
        <>
          {children ? ' ' : null}
          {button}
        </>
      ) : (
        <p>{button}</p>
      )}
      {after}
    </form>
  );
}

/** The attributes a control gets from its field: its id and name, and its error when it has one. */
export interface ControlProps {
  id: string;
  name: string;
  'aria-invalid'?: 'true';
  'aria-describedby'?: string;
}

/** A labelled control with its error after it: the one place a field's error is written. */
export function FieldRow({
  name,
  label,
  errors,
  control,
}: {
  name: string;
  label: string;
  errors: FormError[];
  control: (props: ControlProps) => ComponentChildren;
}) {
  const id = `f-${name}`;
  const error = errors.find((e) => e.field === name);
  const props: ControlProps = error
    ? { id, name, 'aria-invalid': 'true', 'aria-describedby': `${id}-error` }
    : { id, name };
  return (
    <p>
      <label for={id}>{label}</label>
      {control(props)}
      {error ? (
        <span id={`${id}-error`} class="form-error">
          {error.message}
        </span>
      ) : null}
    </p>
  );
}

/** A required text input (passwords are never sent back to the page); `input` adds attributes of its own. */
export function Field({
  name,
  label,
  type = 'text',
  value = '',
  errors,
  autocomplete,
  input,
}: {
  name: string;
  label: string;
  type?: string;
  value?: string;
  errors: FormError[];
  autocomplete?: string;
  input?: InputHTMLAttributes;
}) {
  return (
    <FieldRow
      name={name}
      label={label}
      errors={errors}
      control={(props) => (
        <input
          {...props}
          type={type}
          value={type === 'password' ? '' : value}
          autoComplete={autocomplete}
          required
          {...input}
        />
      )}
    />
  );
}

/** A code field: digits on phones' keyboards, filled from the app's notification where browsers can. */
export function CodeField({
  name,
  label,
  errors,
  recovery = false,
}: {
  name: string;
  label: string;
  errors: FormError[];
  recovery?: boolean;
}) {
  return (
    <Field
      name={name}
      label={label}
      errors={errors}
      autocomplete={recovery ? 'off' : 'one-time-code'}
      input={{
        inputMode: recovery ? 'text' : 'numeric',
        spellcheck: false,
        autoCapitalize: 'off',
        maxLength: recovery ? 20 : 8,
      }}
    />
  );
}

/** A moment in words, in the page's language and the site's time zone, with its ISO form for machines. */
export function When({ at }: { at: Date }) {
  const { lang, timeZone } = useI18n();
  return <time dateTime={isoInZone(at, timeZone)}>{formatDateTime(at, lang, timeZone)}</time>;
}

/** The roles to choose from, named in the page's language. */
export function RoleSelect({
  value,
  label,
  control,
}: {
  value: string;
  label: string;
  control: ControlProps;
}) {
  const { t } = useI18n();
  return (
    <select {...control} aria-label={label}>
      {roles.map((r) => (
        <option value={r} selected={r === value}>
          {roleName(t, r)}
        </option>
      ))}
    </select>
  );
}
