import type { TokenInfo } from '../../services/accounts/account.service.ts';
import { Field, MARK, PASSWORD_MIN, Problems, withNode, type FormError } from './form.tsx';
import { roleName, useI18n } from './layout.tsx';

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
