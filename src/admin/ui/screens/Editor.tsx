import type { Issue } from '../api.ts';
import type { Me, SiteInfo } from '../../../contract/site.ts';
import { AnalysisPanel } from '../components/AnalysisPanel.tsx';
import { t } from '../i18n.ts';
import { shownSlug } from './editor/article-fields.ts';
import { ArticleText } from './editor/ArticleText.tsx';
import { DetailsPanel } from './editor/DetailsPanel.tsx';
import { ConflictBanner } from './editor/SaveStatus.tsx';
import { StatusPanel } from './editor/StatusPanel.tsx';
import { Translations } from './editor/Translations.tsx';
import { useArticleEditor } from './editor/useArticleEditor.ts';
import { Revisions } from './Revisions.tsx';

/** The editor: every field of an article, the body, autosave, the workflow, revisions and translations. */
export function EditorScreen({ id, me, site }: { id: string | null; me: Me; site: SiteInfo }) {
  const editor = useArticleEditor({ id, me, site });
  const { article, fields, saveState, change } = editor;

  if (editor.loadError)
    return (
      <p class="nd-banner nd-banner-error" role="alert">
        {editor.loadError}
      </p>
    );
  if (!editor.ready) return <p role="status">{t('common.loading')}</p>;

  const editable = article ? article.canEdit && saveState.kind !== 'conflict' : true;
  const readOnly = article ? !article.canEdit : false;
  const issues: Issue[] = saveState.kind === 'error' ? saveState.issues : [];
  const issue = (field: string) =>
    issues.find((i) => i.field === field || i.field.startsWith(`${field}.`))?.message;

  return (
    <div class="nd-editor">
      <div class="nd-editor-main">
        <h1 class="nd-visually-hidden">{article ? t('editor.titleEdit') : t('editor.titleNew')}</h1>
        {saveState.kind === 'conflict' ? <ConflictBanner message={saveState.message} /> : null}
        {readOnly ? <p class="nd-banner">{t('editor.readOnly')}</p> : null}
        <ArticleText
          fields={fields}
          editable={editable}
          issue={issue}
          change={change}
          RichText={editor.RichText}
          bodyKey={editor.bodyKey}
        />
      </div>
      <aside class="nd-editor-side" aria-label={t('editor.sidebar')}>
        <StatusPanel
          article={article}
          saveState={saveState}
          onSaveNow={() => void editor.saver.flush()}
          saved={editor.saved}
          adopt={editor.adopt}
        />
        <DetailsPanel
          article={article}
          me={me}
          site={site}
          fields={fields}
          language={editor.language}
          setLanguage={editor.setLanguage}
          slug={shownSlug(fields, article, editor.slugTouched)}
          slugTouched={editor.slugTouched}
          touchSlug={editor.touchSlug}
          editable={editable}
          issue={issue}
          change={change}
        />
        {article ? <Translations article={article} site={site} /> : null}
        {article ? (
          <AnalysisPanel
            articleId={article.id}
            version={article.version}
            canCorrect={me.permissions.includes('analysis.correct')}
          />
        ) : null}
        {article ? (
          <Revisions article={article} canRestore={editable} onRestored={(a) => editor.adopt(a, true)} />
        ) : null}
      </aside>
    </div>
  );
}
