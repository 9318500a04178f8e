import type { TokenInfo } from '../../services/accounts/account.service.ts';
import { SLOT, withSlot } from '../../lib/message-slot.ts';
import { Field, Form, PASSWORD_MIN, type FormError } from './form.tsx';
import { roleName, useI18n } from './i18n.tsx';

/** An invitation's page: the invited person chooses a password and the account is made. */
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
    <Form
      action={`/admin/invite/${token}`}
      csrf={csrf}
      errors={errors}
      submit={t('invite.submit')}
      lead={
        <>
          <h1 class="page-title">{t('invite.title')}</h1>
          <p>
            {withSlot(
              t('invite.intro', { name: info.name, role: SLOT, email: info.email }),
              <strong>{roleName(t, info.role)}</strong>,
            )}
          </p>
        </>
      }
    >
      <Field
        name="password"
        label={t('field.newPassword', { min: PASSWORD_MIN })}
        type="password"
        errors={errors}
        autocomplete="new-password"
      />
    </Form>
  );
}
