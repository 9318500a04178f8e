import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ArticleFields, EditorArticle } from '../../../../contract/articles.ts';
import type { Me, SiteInfo } from '../../../../contract/site.ts';
import { slugify } from '../../../../lib/slug.ts';
import { api, ApiError } from '../../api.ts';
import { Autosaver, type SaveState } from '../../autosave.ts';
import type { RichText as RichTextComponent } from '../../editor/RichText.tsx';
import { t } from '../../i18n.ts';
import { navigate, setLeaveGuard } from '../../router.ts';
import { fieldsOf, slugFollowsHeadline } from './article-fields.ts';

const AUTOSAVE_MS = 1500;

/**
 * The editor's state and its autosave: loads the article, saves changes a moment after the last
 * one (creating the article on its first save), keeps the slug following the headline until it
 * is edited by hand, and saves before anyone leaves.
 */
export function useArticleEditor({ id, me, site }: { id: string | null; me: Me; site: SiteInfo }) {
  const [article, setArticle] = useState<EditorArticle | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [fields, setFields] = useState<ArticleFields>({
    headline: '',
    standfirst: null,
    sectionSlug: site.sections[0]?.slug ?? '',
    tags: [],
    authors: [{ name: me.name, role: null }],
    sources: [],
    bodyHtml: '',
    featuredImage: null,
    breaking: false,
  });
  const [language, setLanguage] = useState(site.defaultLanguage);
  const [slugTouched, setSlugTouched] = useState(false);
  const [saveState, setSaveState] = useState<SaveState>({ kind: 'idle' });
  const [bodyKey, setBodyKey] = useState(0);
  const [ready, setReady] = useState(id === null);
  // The rich-text editor (Tiptap) is a chunk of its own: the article list never loads it.
  const [RichText, setRichText] = useState<typeof RichTextComponent | null>(null);
  useEffect(() => {
    void import('../../editor/RichText.tsx').then((m) => setRichText(() => m.RichText));
  }, []);

  // The latest values, for the autosaver's callback.
  const latest = useRef({ article, fields, language, slugTouched });
  latest.current = { article, fields, language, slugTouched };

  const saver = useMemo(
    () =>
      new Autosaver({
        delayMs: AUTOSAVE_MS,
        onState: setSaveState,
        save: async () => {
          const { article: a, fields: f, language: lang, slugTouched: touched } = latest.current;
          if (!f.headline.trim())
            throw new ApiError(0, 'NOT_READY', t('editor.needHeadline'), [
              { field: 'headline', message: t('editor.needHeadline') },
            ]);
          const payload: Record<string, unknown> = {
            headline: f.headline,
            standfirst: f.standfirst?.trim() ? f.standfirst : null,
            sectionSlug: f.sectionSlug,
            tags: f.tags,
            authors: f.authors.filter((x) => x.name.trim()),
            sources: f.sources.filter((x) => x.outlet.trim()),
            bodyHtml: f.bodyHtml,
            featuredImage: f.featuredImage,
          };
          if (a?.canPublish && f.breaking !== a.breaking) payload.breaking = f.breaking;
          if (a?.canPublish && (f.breakingUntil ?? null) !== (a.breakingUntil ?? null))
            payload.breakingUntil = f.breaking ? (f.breakingUntil ?? null) : null;
          if (!a) {
            if (touched && f.slug) payload.slug = f.slug;
            const res = await api<{ data: EditorArticle }>('POST', '/articles', {
              language: lang,
              ...payload,
            });
            setArticle(res.data);
            latest.current.article = res.data;
            setFields((cur) => ({ ...cur, slug: res.data.slug }));
            navigate(`/admin/articles/${res.data.id}`, true);
            return;
          }
          // The slug follows the headline until someone edits it by hand (or readers have seen it).
          const followed = !touched && !a.publishedAt;
          const wanted = touched
            ? f.slug
            : followed && !slugFollowsHeadline(a.slug, f.headline)
              ? slugify(f.headline)
              : undefined;
          for (let n = 1; ; n++) {
            const slug = wanted && n > 1 ? `${wanted}-${n}` : wanted;
            try {
              const res = await api<{ data: EditorArticle }>('PUT', `/articles/${a.id}`, {
                version: a.version,
                ...payload,
                ...(slug && slug !== a.slug ? { slug } : {}),
              });
              setArticle(res.data);
              latest.current.article = res.data;
              if (!touched) setFields((cur) => ({ ...cur, slug: res.data.slug }));
              return;
            } catch (e) {
              // A headline's slug already taken by another article: the next free number, as the server does on create.
              const slugTaken = e instanceof ApiError && e.code === 'CONFLICT' && !!e.issueFor('slug');
              if (!slugTaken || touched || n >= 20) throw e;
            }
          }
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
        setArticle(res.data);
        setFields(fieldsOf(res.data));
        setLanguage(res.data.language);
        setSlugTouched(!slugFollowsHeadline(res.data.slug, res.data.headline));
        setBodyKey((k) => k + 1);
        setReady(true);
      })
      .catch((e: Error) => live && setLoadError(e.message));
    return () => {
      live = false;
    };
  }, [id]);

  // Leaving: a pending save goes out now; unsaved text after a conflict needs a confirmation.
  useEffect(() => {
    const beforeUnload = (e: BeforeUnloadEvent) => {
      if (saver.unsaved || saver.isStopped) {
        void saver.flush();
        e.preventDefault();
      }
    };
    const keys = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 's') {
        e.preventDefault();
        void saver.flush();
      }
    };
    window.addEventListener('beforeunload', beforeUnload);
    window.addEventListener('keydown', keys);
    setLeaveGuard(() => {
      if (saver.isStopped) return window.confirm(t('editor.leaveConflict'));
      void saver.flush();
      return true;
    });
    return () => {
      window.removeEventListener('beforeunload', beforeUnload);
      window.removeEventListener('keydown', keys);
      setLeaveGuard(null);
    };
  }, []);

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

  /** Saves what is pending first; a workflow move runs only on what is saved. */
  const saved = async (): Promise<EditorArticle> => {
    await saver.flush();
    if (saver.isStopped || saver.unsaved) throw new ApiError(0, 'NOT_SAVED', t('workflow.saveFirst'));
    return latest.current.article!;
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
