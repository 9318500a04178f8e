import { useState } from 'preact/hooks';
import { ApiError, errorMessage } from '../../api.ts';
import { t } from '../../i18n.ts';

/** Field → message, as the server names them (`publisher.email`, `names.ru`). */
export type Issues = Record<string, string>;

/**
 * The state every settings form shares: saving (the button waits), an error banner, the fields the
 * server refused, and a status line once saved. `run` wraps one request.
 */
export function useSave() {
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [issues, setIssues] = useState<Issues>({});
  const [status, setStatus] = useState('');

  const run = async (work: () => Promise<void>, done: string = t('settings.saved')): Promise<boolean> => {
    setSaving(true);
    setError(null);
    setIssues({});
    setStatus('');
    try {
      await work();
      setStatus(done);
      return true;
    } catch (e) {
      setError(errorMessage(e));
      if (e instanceof ApiError) setIssues(Object.fromEntries(e.issues.map((i) => [i.field, i.message])));
      return false;
    } finally {
      setSaving(false);
    }
  };
  return { saving, error, setError, issues, status, run };
}
