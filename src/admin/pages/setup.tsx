import { Field, PASSWORD_MIN, Problems, type FormError } from './form.tsx';
import { useI18n } from './layout.tsx';

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
