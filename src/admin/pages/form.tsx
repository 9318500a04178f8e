import type { ComponentChildren } from 'preact';
import { roles } from '../../domain/roles.ts';
import { formatDateTime, isoInZone } from '../../lib/dates.ts';
import { roleName, useI18n } from './layout.tsx';

/** Passwords have at least this many characters (passwordSchema in the account service). */
export const PASSWORD_MIN = 12;

/** Puts `node` where `marker` stands in a translated text (a value set in bold inside a sentence). */
export function withNode(text: string, marker: string, node: ComponentChildren): ComponentChildren {
  const [before, ...after] = text.split(marker);
  return after.length ? [before, node, after.join(marker)] : text;
}
export const MARK = '\uE000';

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

export function Problems({ errors }: { errors: FormError[] }) {
  const { t } = useI18n();
  return errors.length ? (
    <p class="form-error" role="alert">
      {t('form.problems')}
    </p>
  ) : null;
}

/** A moment in words, in the page's language and the site's time zone, with its ISO form for machines. */
export function When({ at }: { at: Date }) {
  const { lang, timeZone } = useI18n();
  return <time dateTime={isoInZone(at, timeZone)}>{formatDateTime(at, lang, timeZone)}</time>;
}

export function RoleSelect({
  name,
  id,
  value,
  label,
}: {
  name: string;
  id: string;
  value: string;
  label: string;
}) {
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
