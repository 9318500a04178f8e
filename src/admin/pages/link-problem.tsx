import { Alert } from './form.tsx';
import { useI18n } from './i18n.tsx';

/** A one-time link that cannot be used (expired, used, unknown): says why and what to do. */
export function LinkProblemPage({ message, purpose }: { message: string; purpose: 'invite' | 'reset' }) {
  const { t } = useI18n();
  return (
    <>
      <h1 class="page-title">{t('link.title')}</h1>
      <Alert>{message}</Alert>
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
