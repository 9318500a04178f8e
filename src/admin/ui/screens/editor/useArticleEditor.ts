import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleFields, EditorArticle } from '../../../../contract/articles.ts';
import type { Me, SiteInfo } from '../../../../contract/site.ts';
import { api, ApiError, errorMessage } from '../../api.ts';
import { Autosaver, type SaveState } from '../../autosave.ts';
import type { RichText as RichTextComponent } from '../../editor/RichText.tsx';
import { t } from '../../i18n.ts';
import { navigate } from '../../router.ts';
import { fieldsOf, newArticleFields, slugFollowsHeadline } from './article-fields.ts';
import { saveArticle, type EditorSnapshot } from './article-save.ts';
import { useSaveOnLeave } from './useSaveOnLeave.ts';

const AUTOSAVE_MS = 1500;

/**
 * The editor's state and its autosave: loads the article, saves changes a moment after the last
 * one (creating the article on its first save), keeps the slug following the headline until it
 * is edited by hand, and saves before anyone leaves.
 */
export function useArticleEditor({ id, me, site }: { id: string | null; me: Me; site: SiteInfo }) {
  const [article, setArticle] = useState<EditorArticle | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [fields, setFields] = useState<ArticleFields>(() => newArticleFields(me, site));
  const [language, setLanguage] = useState(site.defaultLanguage);
  const [slugTouched, setSlugTouched] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [bodyKey, setBodyKey] = useState(0);
  const [ready, setReady] = useState(id === null);
  const RichText = useRichTextChunk();

  // The latest values, for the autosaver's callback.
  const latest = useRef<EditorSnapshot>({ article, fields, language, slugTouched });
  latest.current = { article, fields, language, slugTouched };

  /** Takes an article the server answered with; `reload` puts its fields (and body) in the editor too. */
  const adopt = (a: EditorArticle, reload = false) => {
    setArticle(a);
    latest.current.article = a;
    if (reload) {
      setFields(fieldsOf(a));
      setSlugTouched(!slugFollowsHeadline(a.slug, a.headline));
      setBodyKey((k) => k + 1);
    }
  };

  const saver = useMemo(
    () =>
      new Autosaver({
        delayMs: AUTOSAVE_MS,
        onState: setSaveState,
        save: async () => {
          const before = latest.current;
          const saved = await saveArticle(before);
          adopt(saved);
          // The server may have numbered the slug; a slug typed by hand stays as typed.
          if (!before.article || !before.slugTouched) setFields((cur) => ({ ...cur, slug: saved.slug }));
          if (!before.article) navigate(`/admin/articles/${saved.id}`, true);
        },
      }),
    [],
  );

  // Load the article (not when it is the one just created here).
  useEffect(() => {
    if (id === null || article?.id === id) return;
    let live = true;
    setReady(false);
    api<{ data: EditorArticle }>('GET', `/articles/${encodeURIComponent(id)}`)
      .then((res) => {
        if (!live) return;
        adopt(res.data, true);
        setLanguage(res.data.language);
        setReady(true);
      })
      .catch((e: unknown) => {
        if (live) setLoadError(errorMessage(e));
      });
    return () => {
      live = false;
    };
  }, [id]);

  useSaveOnLeave(saver);

  const change = (patch: Partial<ArticleFields>) => {
    setFields((cur) => {
      const next = { ...cur, ...patch };
      latest.current.fields = next;
      return next;
    });
    saver.change();
  };

  /** Marks the slug as typed by hand (it stops following the headline), or not. */
  const touchSlug = (touched: boolean) => {
    setSlugTouched(touched);
    latest.current.slugTouched = touched;
  };

  /** Saves what is pending first; a workflow move runs only on what is saved. */
  const saved = async (): Promise<EditorArticle> => {
    await saver.flush();
    // A new article nobody has typed into yet has never been saved: nothing to move either.
    const current = latest.current.article;
    if (saver.isStopped || saver.unsaved || !current)
      throw new ApiError(0, 'NOT_SAVED', t('workflow.saveFirst'));
    return current;
  };

  return {
    article,
    loadError,
    ready,
    fields,
    language,
    setLanguage,
    slugTouched,
    touchSlug,
    saveState,
    bodyKey,
    RichText,
    saver,
    change,
    adopt,
    saved,
  };
}

/** The rich-text editor (Tiptap) is a chunk of its own: the article list never loads it. */
function useRichTextChunk(): typeof RichTextComponent | null {
  const [RichText, setRichText] = useState<typeof RichTextComponent | null>(null);
  useEffect(() => {
    void import('../../editor/RichText.tsx').then((m) => setRichText(() => m.RichText));
  }, []);
  return RichText;
}
