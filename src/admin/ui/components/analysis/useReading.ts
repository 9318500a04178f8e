import { useEffect, useState } from 'preact/hooks';
import type { Reading } from '../../../../contract/analysis.ts';
import { api } from '../../api.ts';
import type { Correction } from './review.ts';

/**
 * An article's reading and the requests that change it (corrections, approvals, hiding): each
 * answers with the reading as it is now, which replaces the shown one; a refusal is kept as `error`.
 */
export function useReading(articleId: string, version: number) {
  const [reading, setReading] = useState<Reading | null>(null);
  const [error, setError] = useState<string | null>(null);

  const send = async (method: 'GET' | 'POST' | 'PUT' | 'DELETE', path: string, body?: unknown) => {
    try {
      setReading((await api<{ data: Reading }>(method, `/articles/${articleId}/analysis${path}`, body)).data);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  useEffect(() => {
    void send('GET', '');
  }, [articleId, version]);

  return {
    reading,
    error,
    correct: (correction: Correction) => send('POST', '/corrections', correction),
    withdraw: (id: string) => send('DELETE', `/corrections/${id}`),
    approve: (keys: string[] | 'all') =>
      send('POST', '/approvals', keys === 'all' ? { all: true } : { keys }),
    unapprove: (key: string) => send('DELETE', `/approvals/${encodeURIComponent(key)}`),
    setHidden: (hidden: boolean) => send('PUT', '/display', { hidden }),
  };
}
