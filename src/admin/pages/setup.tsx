import { Field, Form, PASSWORD_MIN, type FormError } from './form.tsx';
import { useI18n } from './i18n.tsx';

/** The first visit: the account of the newsroom's first administrator. */
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
    <Form
      action="/admin/setup"
      csrf={csrf}
      errors={errors}
      submit={t('setup.submit')}
      lead={
        <>
          <h1 class="page-title">{t('setup.title')}</h1>
          <p>{t('setup.intro')}</p>
        </>
      }
    >
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
    </Form>
  );
}
