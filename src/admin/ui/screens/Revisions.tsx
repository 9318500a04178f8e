import { useState } from 'preact/hooks';
import type { EditorArticle } from '../../../contract/articles.ts';
import { DiffView } from '../components/DiffView.tsx';
import { t } from '../i18n.ts';
import { CompareForm } from './revisions/CompareForm.tsx';
import { RevisionList } from './revisions/RevisionList.tsx';
import { useRevisions } from './revisions/useRevisions.ts';

/** Every saved version: compare any two as a readable diff, and bring an old one back (as a new save). */
export function Revisions({
  article,
  canRestore,
  onRestored,
}: {
  article: EditorArticle;
  canRestore: boolean;
  onRestored: (a: EditorArticle) => void;
}) {
  const [open, setOpen] = useState(false);
  const revisions = useRevisions(article, open, onRestored);
  const { list, error, diff } = revisions;
  return (
    <section class="nd-panel" aria-labelledby="nd-panel-revisions">
      <h2 id="nd-panel-revisions">
        <button
          type="button"
          class="nd-disclosure"
          aria-expanded={open ? 'true' : 'false'}
          onClick={() => setOpen(!open)}
        >
          {t('revisions.title')}
        </button>
      </h2>
      {open ? (
        <div>
          {error ? (
            <p class="nd-error" role="alert">
              {error}
            </p>
          ) : null}
          {list === null ? (
            <p role="status">{t('common.loading')}</p>
          ) : (
            <>
              <RevisionList
                list={list}
                current={article.version}
                canRestore={canRestore}
                onRestore={(version) => void revisions.restore(version)}
              />
              {list.length > 1 ? (
                <CompareForm
                  list={list}
                  from={revisions.from}
                  to={revisions.to}
                  setFrom={revisions.setFrom}
                  setTo={revisions.setTo}
                  onCompare={() => void revisions.compare()}
                />
              ) : null}
            </>
          )}
          {diff ? <DiffView diff={diff} /> : null}
        </div>
      ) : null}
    </section>
  );
}
