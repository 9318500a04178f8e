import type { EditorArticle } from '../../../../contract/articles.ts';
import type { SaveState } from '../../autosave.ts';
import { PendingChanges } from '../../components/PendingChanges.tsx';
import { t } from '../../i18n.ts';
import { StatusBadge } from '../../components/StatusBadge.tsx';
import { SaveStatus } from './SaveStatus.tsx';
import { Workflow } from './Workflow.tsx';

/** Where the article stands: status, autosave, preview links, unpublished changes and the workflow. */
export function StatusPanel({
  article,
  saveState,
  onSaveNow,
  saved,
  adopt,
}: {
  article: EditorArticle | null;
  saveState: SaveState;
  onSaveNow: () => void;
  /** The article once what is pending is saved (refused while it cannot be). */
  saved: () => Promise<EditorArticle>;
  adopt: (a: EditorArticle, reload?: boolean) => void;
}) {
  return (
    <section class="nd-panel" aria-labelledby="nd-panel-status">
      <h2 id="nd-panel-status">{t('editor.statusPanel')}</h2>
      <p>
        {article ? <StatusBadge status={article.status} /> : <StatusBadge status="draft" />}
        {article?.breaking ? <span class="nd-badge nd-badge-breaking">{t('list.breaking')}</span> : null}
      </p>
      <SaveStatus state={saveState} onRetry={onSaveNow} />
      {article ? (
        <p class="nd-links">
          <a href={article.previewUrl} target="_blank" rel="noopener">
            {t('editor.preview')}
          </a>
          {article.publicUrl ? (
            <a href={new URL(article.publicUrl).pathname} target="_blank" rel="noopener">
              {t('editor.viewPublished')}
            </a>
          ) : null}
        </p>
      ) : null}
      {article ? (
        <PendingChanges article={article} before={saved} onDone={(a, reload) => adopt(a, reload)} />
      ) : null}
      {article ? <Workflow article={article} before={saved} onDone={(a) => adopt(a)} /> : null}
    </section>
  );
}
