import { useEffect, useState } from 'preact/hooks';
import type { Diff, EditorArticle, Revision } from '../../../../contract/articles.ts';
import { api, ApiError, errorMessage, query } from '../../api.ts';
import { t } from '../../i18n.ts';

/**
 * An article's versions while the panel is open (read again after each save), the two chosen
 * for comparison and their diff, and restoring an old version (after a confirmation) as a new save.
 */
export function useRevisions(article: EditorArticle, open: boolean, onRestored: (a: EditorArticle) => void) {
  const [list, setList] = useState<Revision[] | null>(null);
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(0);
  const [diff, setDiff] = useState<Diff | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (!open) return;
    api<{ data: Revision[] }>('GET', `/articles/${article.id}/revisions`)
      .then((r) => {
        setList(r.data);
        setTo(r.data[0]?.version ?? 0);
        setFrom(r.data[1]?.version ?? r.data[0]?.version ?? 0);
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  }, [open, article.version]);

  const compare = async () => {
    setError(null);
    try {
      setDiff((await api<{ data: Diff }>('GET', `/articles/${article.id}/diff${query({ from, to })}`)).data);
    } catch (err) {
      setError((err as Error).message);
    }
  };
  const restore = async (version: number) => {
    if (!window.confirm(t('revisions.restoreConfirm', { version }))) return;
    setError(null);
    try {
      const res = await api<{ data: EditorArticle }>(
        'POST',
        `/articles/${article.id}/revisions/${version}/restore`,
        { version: article.version },
      );
      setDiff(null);
      onRestored(res.data);
    } catch (err) {
      setError(err instanceof ApiError ? err.message : String(err));
    }
  };
  return { list, from, setFrom, to, setTo, diff, error, compare, restore };
}
