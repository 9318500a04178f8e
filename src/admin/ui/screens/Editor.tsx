import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { slugify } from '../../../lib/slug.ts';
import { api, ApiError, type Issue } from '../api.ts';
import { Autosaver, type SaveState } from '../autosave.ts';
import { PendingChanges } from '../components/PendingChanges.tsx';
import { describedBy, Dialog, Field } from '../components/Dialog.tsx';
import { AuthorsInput, SourcesInput, TagInput } from '../components/ListFields.tsx';
import { MediaBrowser } from '../components/MediaBrowser.tsx';
import { AnalysisPanel } from '../components/AnalysisPanel.tsx';
import type { RichText as RichTextComponent } from '../editor/RichText.tsx';
import { formatDateTime, formatTime, t } from '../i18n.ts';
import { navigate, setLeaveGuard } from '../router.ts';
import type {
  ArticleFields,
  EditorArticle,
  ImageFields,
  WorkflowAction,
} from '../../../contract/articles.ts';
import type { Me, SiteInfo } from '../../../contract/site.ts';
import { Revisions } from './Revisions.tsx';
import { StatusBadge } from './ArticleList.tsx';

const AUTOSAVE_MS = 1500;

function fieldsOf(a: EditorArticle): ArticleFields {
  return {
    headline: a.headline,
    standfirst: a.standfirst,
    slug: a.slug,
    sectionSlug: a.section.slug,
    tags: a.tags,
    authors: a.authors,
    sources: a.sources,
    bodyHtml: a.bodyHtml,
    featuredImage: a.featuredImage,
    breaking: a.breaking,
    breakingUntil: a.breakingUntil,
  };
}

/** Is this slug the headline's own (or the headline's with a number the server added to keep it unique)? */
export function slugFollowsHeadline(slug: string, headline: string): boolean {
  const base = slugify(headline);
  return (
    slug === base || (base !== '' && slug.startsWith(`${base}-`) && /^\d+$/.test(slug.slice(base.length + 1)))
  );
}

/** The editor: every field of an article, the body, autosave, the workflow, revisions and translations. */
export function EditorScreen({ id, me, site }: { id: string | null; me: Me; site: SiteInfo }) {
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
    void import('../editor/RichText.tsx').then((m) => setRichText(() => m.RichText));
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

  if (loadError)
    return (
      <p class="nd-banner nd-banner-error" role="alert">
        {loadError}
      </p>
    );
  if (!ready) return <p role="status">{t('common.loading')}</p>;

  const editable = article ? article.canEdit && saveState.kind !== 'conflict' : true;
  const readOnly = article ? !article.canEdit : false;
  const issues: Issue[] = saveState.kind === 'error' ? saveState.issues : [];
  const issue = (field: string) =>
    issues.find((i) => i.field === field || i.field.startsWith(`${field}.`))?.message;
  const shownSlug = slugTouched
    ? (fields.slug ?? '')
    : article?.publishedAt
      ? article.slug
      : article && slugFollowsHeadline(article.slug, fields.headline)
        ? article.slug
        : slugify(fields.headline);

  return (
    <div class="nd-editor">
      <div class="nd-editor-main">
        <h1 class="nd-visually-hidden">{article ? t('editor.titleEdit') : t('editor.titleNew')}</h1>
        {saveState.kind === 'conflict' ? <ConflictBanner message={saveState.message} /> : null}
        {readOnly ? <p class="nd-banner">{t('editor.readOnly')}</p> : null}
        <Field id="nd-headline" label={t('editor.headline')} error={issue('headline')}>
          <textarea
            id="nd-headline"
            class="nd-headline"
            rows={2}
            value={fields.headline}
            disabled={!editable}
            aria-invalid={issue('headline') ? 'true' : undefined}
            aria-describedby={describedBy('nd-headline', null, issue('headline'))}
            onInput={(e) => change({ headline: e.currentTarget.value.replace(/\n/g, ' ') })}
          />
        </Field>
        <Field id="nd-standfirst" label={t('editor.standfirst')} error={issue('standfirst')}>
          <textarea
            id="nd-standfirst"
            class="nd-standfirst"
            rows={2}
            value={fields.standfirst ?? ''}
            disabled={!editable}
            aria-describedby={describedBy('nd-standfirst', null, issue('standfirst'))}
            onInput={(e) => change({ standfirst: e.currentTarget.value })}
          />
        </Field>
        <div class={issue('body') || issue('bodyHtml') ? 'nd-field nd-field-invalid' : 'nd-field'}>
          <span class="nd-label" id="nd-body-label">
            {t('editor.body')}
          </span>
          {RichText ? (
            <RichText
              key={bodyKey}
              id="nd-body"
              labelledBy="nd-body-label"
              initialHtml={fields.bodyHtml}
              editable={editable}
              onChange={(html) => change({ bodyHtml: html })}
              describedById={issue('body') ? 'nd-body-error' : undefined}
            />
          ) : (
            <p role="status">{t('common.loading')}</p>
          )}
          {issue('body') || issue('bodyHtml') ? (
            <p class="nd-error" id="nd-body-error">
              {issue('body') ?? issue('bodyHtml')}
            </p>
          ) : null}
        </div>
      </div>
      <aside class="nd-editor-side" aria-label={t('editor.sidebar')}>
        <section class="nd-panel" aria-labelledby="nd-panel-status">
          <h2 id="nd-panel-status">{t('editor.statusPanel')}</h2>
          <p>
            {article ? <StatusBadge status={article.status} /> : <StatusBadge status="draft" />}
            {article?.breaking ? <span class="nd-badge nd-badge-breaking">{t('list.breaking')}</span> : null}
          </p>
          <SaveStatus state={saveState} onRetry={() => void saver.flush()} />
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
            <PendingChanges
              article={article}
              timeZone={site.timeZone}
              before={async () => {
                await saver.flush();
                if (saver.isStopped || saver.unsaved)
                  throw new ApiError(0, 'NOT_SAVED', t('workflow.saveFirst'));
                return latest.current.article!;
              }}
              onDone={(a, reload) => {
                setArticle(a);
                latest.current.article = a;
                if (reload) {
                  setFields(fieldsOf(a));
                  setSlugTouched(!slugFollowsHeadline(a.slug, a.headline));
                  setBodyKey((k) => k + 1);
                }
              }}
            />
          ) : null}
          {article ? (
            <Workflow
              article={article}
              site={site}
              before={async () => {
                await saver.flush();
                if (saver.isStopped || saver.unsaved)
                  throw new ApiError(0, 'NOT_SAVED', t('workflow.saveFirst'));
                return latest.current.article!;
              }}
              onDone={(a) => {
                setArticle(a);
                latest.current.article = a;
              }}
            />
          ) : null}
        </section>
        <section class="nd-panel" aria-labelledby="nd-panel-details">
          <h2 id="nd-panel-details">{t('editor.details')}</h2>
          {article ? (
            <p>
              {t('editor.language')}:{' '}
              <strong>
                {site.languages.find((l) => l.code === article.language)?.name ?? article.language}
              </strong>
            </p>
          ) : (
            <Field id="nd-language" label={t('editor.language')}>
              <select id="nd-language" value={language} onChange={(e) => setLanguage(e.currentTarget.value)}>
                {site.languages.map((l) => (
                  <option key={l.code} value={l.code}>
                    {l.name}
                  </option>
                ))}
              </select>
            </Field>
          )}
          <Field id="nd-section" label={t('editor.section')} error={issue('sectionSlug')}>
            <select
              id="nd-section"
              value={fields.sectionSlug}
              disabled={!editable}
              onChange={(e) => change({ sectionSlug: e.currentTarget.value })}
            >
              {site.sections.map((s) => (
                <option key={s.slug} value={s.slug}>
                  {s.name}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id="nd-slug"
            label={t('editor.slug')}
            hint={slugTouched ? t('editor.slugManual') : t('editor.slugAuto')}
            error={issue('slug')}
          >
            <input
              id="nd-slug"
              value={shownSlug}
              disabled={!editable}
              pattern="[a-z0-9]+(-[a-z0-9]+)*"
              aria-invalid={issue('slug') ? 'true' : undefined}
              aria-describedby={describedBy('nd-slug', 'hint', issue('slug'))}
              onInput={(e) => {
                setSlugTouched(true);
                latest.current.slugTouched = true;
                change({ slug: e.currentTarget.value });
              }}
            />
          </Field>
          {slugTouched && editable ? (
            <button
              type="button"
              class="nd-button nd-button-quiet"
              onClick={() => {
                setSlugTouched(false);
                latest.current.slugTouched = false;
                change({ slug: slugify(fields.headline) });
              }}
            >
              {t('editor.slugReset')}
            </button>
          ) : null}
          <Field id="nd-tags" label={t('editor.tags')} hint={t('editor.tagsHint')} error={issue('tags')}>
            <TagInput
              id="nd-tags"
              tags={fields.tags}
              language={language}
              disabled={!editable}
              describedBy={describedBy('nd-tags', 'hint', issue('tags'))}
              onChange={(tags) => change({ tags })}
            />
          </Field>
          <AuthorsInput
            authors={fields.authors}
            disabled={!editable}
            error={issue('authors')}
            onChange={(authors) => change({ authors })}
          />
          <SourcesInput
            sources={fields.sources}
            disabled={!editable}
            error={issue('sources')}
            onChange={(sources) => change({ sources })}
          />
          <FeaturedImage
            image={fields.featuredImage}
            disabled={!editable}
            error={issue('featuredImage')}
            onChange={(featuredImage) => change({ featuredImage })}
          />
          <div class="nd-field nd-check">
            <input
              id="nd-breaking"
              type="checkbox"
              checked={fields.breaking}
              disabled={
                !editable || !(article?.canPublish ?? me.permissions.includes('articles.publish-own'))
              }
              aria-describedby="nd-breaking-hint"
              onChange={(e) => change({ breaking: e.currentTarget.checked })}
            />
            <label for="nd-breaking">{t('editor.breaking')}</label>
            <p class="nd-hint" id="nd-breaking-hint">
              {t('editor.breakingHint')}
            </p>
          </div>
          {fields.breaking ? (
            <Field
              id="nd-breaking-until"
              label={t('editor.breakingUntil')}
              hint={t('editor.breakingUntilHint', {
                hours: site.breakingHours,
                zone: Intl.DateTimeFormat().resolvedOptions().timeZone,
              })}
              error={issue('breakingUntil')}
            >
              <input
                id="nd-breaking-until"
                type="datetime-local"
                value={
                  fields.breakingUntil ? localInputValue(new Date(fields.breakingUntil)).slice(0, 16) : ''
                }
                disabled={
                  !editable || !(article?.canPublish ?? me.permissions.includes('articles.publish-own'))
                }
                aria-describedby={describedBy('nd-breaking-until', 'hint', issue('breakingUntil'))}
                onChange={(e) => {
                  const when = e.currentTarget.value ? new Date(e.currentTarget.value) : null;
                  change({
                    breakingUntil: when && !Number.isNaN(when.getTime()) ? when.toISOString() : null,
                  });
                }}
              />
            </Field>
          ) : null}
        </section>
        {article ? <Translations article={article} site={site} /> : null}
        {article ? (
          <AnalysisPanel
            articleId={article.id}
            version={article.version}
            canCorrect={me.permissions.includes('analysis.correct')}
          />
        ) : null}
        {article ? (
          <Revisions
            article={article}
            canRestore={editable}
            onRestored={(a) => {
              setArticle(a);
              latest.current.article = a;
              setFields(fieldsOf(a));
              setSlugTouched(!slugFollowsHeadline(a.slug, a.headline));
              setBodyKey((k) => k + 1);
            }}
          />
        ) : null}
      </aside>
    </div>
  );
}

function ConflictBanner({ message }: { message: string }) {
  return (
    <div class="nd-banner nd-banner-error" role="alert">
      <p>
        <strong>{t('editor.conflictTitle')}</strong> {t('editor.conflictBody')}
      </p>
      <p class="nd-hint-inverse">{message}</p>
      <p class="nd-actions">
        <a class="nd-button" href={location.pathname} target="_blank" rel="noopener">
          {t('editor.conflictOpenLatest')}
        </a>
        <button
          type="button"
          class="nd-button"
          onClick={() => {
            if (window.confirm(t('editor.conflictReloadConfirm'))) {
              setLeaveGuard(null);
              location.reload();
            }
          }}
        >
          {t('editor.conflictReload')}
        </button>
      </p>
    </div>
  );
}

function SaveStatus({ state, onRetry }: { state: SaveState; onRetry: () => void }) {
  let text = '';
  switch (state.kind) {
    case 'idle':
      text = t('save.idle');
      break;
    case 'dirty':
      text = t('save.dirty');
      break;
    case 'saving':
      text = t('save.saving');
      break;
    case 'saved':
      text = t('save.saved', { time: formatTime(state.at) });
      break;
    case 'error':
      text = t('save.error', { message: state.message });
      break;
    case 'conflict':
      text = t('save.conflict');
      break;
    case 'waiting':
      text = t('save.waiting', { time: formatTime(state.until) });
      break;
  }
  return (
    <div class={`nd-save nd-save-${state.kind}`}>
      <p role="status" aria-live="polite" data-save-state={state.kind}>
        {text}
      </p>
      {state.kind === 'error' || state.kind === 'dirty' ? (
        <button type="button" class="nd-button nd-button-quiet" onClick={onRetry}>
          {t('save.now')}
        </button>
      ) : null}
    </div>
  );
}

/** Keys are literal so the catalog test sees each one used. */
const actionLabel: Record<WorkflowAction, () => string> = {
  submit: () => t('workflow.submit'),
  return: () => t('workflow.return'),
  schedule: () => t('workflow.schedule'),
  unschedule: () => t('workflow.unschedule'),
  publish: () => t('workflow.publish'),
  unpublish: () => t('workflow.unpublish'),
  correct: () => t('workflow.correct'),
};
const doneText: Record<WorkflowAction, () => string> = {
  submit: () => t('workflow.done.submit'),
  return: () => t('workflow.done.return'),
  schedule: () => t('workflow.done.schedule'),
  unschedule: () => t('workflow.done.unschedule'),
  publish: () => t('workflow.done.publish'),
  unpublish: () => t('workflow.done.unpublish'),
  correct: () => t('workflow.done.correct'),
};

const actionOrder: WorkflowAction[] = [
  'submit',
  'publish',
  'schedule',
  'unschedule',
  'return',
  'correct',
  'unpublish',
];

/** The moves the server allows this person now, as buttons; scheduling asks for a time, correcting for a note. */
function Workflow({
  article,
  site,
  before,
  onDone,
}: {
  article: EditorArticle;
  site: SiteInfo;
  before: () => Promise<EditorArticle>;
  onDone: (a: EditorArticle) => void;
}) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const [asking, setAsking] = useState<'schedule' | 'correct' | null>(null);
  const run = async (action: WorkflowAction, extra: { scheduledAt?: string; note?: string } = {}) => {
    setBusy(true);
    setError(null);
    setDone(null);
    try {
      const current = await before();
      const res = await api<{ data: EditorArticle }>('POST', `/articles/${current.id}/transitions`, {
        action,
        version: current.version,
        ...extra,
      });
      onDone(res.data);
      setAsking(null);
      setDone(doneText[action]());
    } catch (e) {
      setError(e instanceof ApiError ? e : new ApiError(0, 'UNKNOWN', String(e)));
    } finally {
      setBusy(false);
    }
  };
  const label = (a: WorkflowAction) => actionLabel[a]();
  return (
    <div class="nd-workflow">
      {article.scheduledAt && article.status === 'scheduled' ? (
        <p>{t('workflow.scheduledFor', { time: formatDateTime(article.scheduledAt, site.timeZone) })}</p>
      ) : null}
      {article.publishedAt ? (
        <p>{t('workflow.publishedAt', { time: formatDateTime(article.publishedAt, site.timeZone) })}</p>
      ) : null}
      <div class="nd-actions nd-actions-column">
        {actionOrder
          .filter((a) => article.allowedActions.includes(a))
          .map((a) => (
            <button
              key={a}
              type="button"
              class={
                a === 'publish' || a === 'submit'
                  ? 'nd-button nd-button-primary'
                  : a === 'unpublish'
                    ? 'nd-button nd-button-danger'
                    : 'nd-button'
              }
              disabled={busy}
              onClick={() => (a === 'schedule' || a === 'correct' ? setAsking(a) : void run(a))}
            >
              {label(a)}
            </button>
          ))}
      </div>
      {done ? (
        <p class="nd-banner nd-banner-ok" role="status">
          {done}
        </p>
      ) : null}
      {error ? (
        <div class="nd-banner nd-banner-error" role="alert">
          <p>{error.message}</p>
          {error.issues.length ? (
            <ul>
              {error.issues.map((i) => (
                <li key={i.field}>
                  {i.field}: {i.message}
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
      {asking === 'schedule' ? (
        <ScheduleDialog
          busy={busy}
          onClose={() => setAsking(null)}
          onSchedule={(iso) => void run('schedule', { scheduledAt: iso })}
        />
      ) : null}
      {asking === 'correct' ? (
        <CorrectDialog
          busy={busy}
          onClose={() => setAsking(null)}
          onCorrect={(note) => void run('correct', { note })}
        />
      ) : null}
      {article.corrections.length ? (
        <div class="nd-corrections">
          <h3>{t('workflow.corrections')}</h3>
          <ul>
            {article.corrections.map((c) => (
              <li key={c.createdAt}>
                <time dateTime={c.createdAt}>{formatDateTime(c.createdAt, site.timeZone)}</time> — {c.text}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

/** A local date-time input value ("2025-11-21T14:05:00") for a moment. */
export function localInputValue(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

function ScheduleDialog({
  busy,
  onClose,
  onSchedule,
}: {
  busy: boolean;
  onClose: () => void;
  onSchedule: (iso: string) => void;
}) {
  const [value, setValue] = useState(() => localInputValue(new Date(Date.now() + 3600_000)).slice(0, 16));
  const [error, setError] = useState<string | undefined>();
  const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
  return (
    <Dialog title={t('workflow.scheduleTitle')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          const when = new Date(value);
          if (Number.isNaN(when.getTime()) || when.getTime() <= Date.now()) {
            setError(t('workflow.scheduleFuture'));
            return;
          }
          onSchedule(when.toISOString());
        }}
      >
        <Field
          id="nd-schedule-at"
          label={t('workflow.scheduleAt')}
          hint={t('workflow.scheduleZone', { zone })}
          error={error}
        >
          <input
            id="nd-schedule-at"
            type="datetime-local"
            step={1}
            value={value}
            required
            aria-invalid={error ? 'true' : undefined}
            aria-describedby={describedBy('nd-schedule-at', 'hint', error)}
            onInput={(e) => setValue(e.currentTarget.value)}
          />
        </Field>
        <p class="nd-actions">
          <button type="submit" class="nd-button nd-button-primary" disabled={busy}>
            {t('workflow.schedule')}
          </button>
        </p>
      </form>
    </Dialog>
  );
}

function CorrectDialog({
  busy,
  onClose,
  onCorrect,
}: {
  busy: boolean;
  onClose: () => void;
  onCorrect: (note: string) => void;
}) {
  const [note, setNote] = useState('');
  return (
    <Dialog title={t('workflow.correctTitle')} onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          if (note.trim()) onCorrect(note.trim());
        }}
      >
        <Field id="nd-correction" label={t('workflow.correctNote')} hint={t('workflow.correctHint')}>
          <textarea
            id="nd-correction"
            rows={4}
            value={note}
            required
            aria-describedby="nd-correction-hint"
            onInput={(e) => setNote(e.currentTarget.value)}
          />
        </Field>
        <p class="nd-actions">
          <button type="submit" class="nd-button nd-button-primary" disabled={busy}>
            {t('workflow.correct')}
          </button>
        </p>
      </form>
    </Dialog>
  );
}

function FeaturedImage({
  image,
  disabled,
  error,
  onChange,
}: {
  image: ImageFields | null;
  disabled: boolean;
  error?: string | undefined;
  onChange: (i: ImageFields | null) => void;
}) {
  const [picking, setPicking] = useState(false);
  return (
    <fieldset class="nd-fieldset">
      <legend>{t('editor.featuredImage')}</legend>
      {image ? (
        <div class="nd-featured">
          <img src={image.src} alt="" width={image.width ?? undefined} height={image.height ?? undefined} />
          <Field id="nd-featured-alt" label={t('media.alt')}>
            <input
              id="nd-featured-alt"
              value={image.alt}
              disabled={disabled}
              onInput={(e) => onChange({ ...image, alt: e.currentTarget.value })}
            />
          </Field>
          <Field id="nd-featured-caption" label={t('media.caption')}>
            <input
              id="nd-featured-caption"
              value={image.caption ?? ''}
              disabled={disabled}
              onInput={(e) => onChange({ ...image, caption: e.currentTarget.value || null })}
            />
          </Field>
          <Field id="nd-featured-credit" label={t('media.credit')}>
            <input
              id="nd-featured-credit"
              value={image.credit ?? ''}
              disabled={disabled}
              onInput={(e) => onChange({ ...image, credit: e.currentTarget.value || null })}
            />
          </Field>
        </div>
      ) : (
        <p class="nd-hint">{t('editor.noFeaturedImage')}</p>
      )}
      {error ? <p class="nd-error">{error}</p> : null}
      {!disabled ? (
        <p class="nd-actions">
          <button type="button" class="nd-button" onClick={() => setPicking(true)}>
            {image ? t('editor.replaceImage') : t('editor.chooseImage')}
          </button>
          {image ? (
            <button type="button" class="nd-button nd-button-quiet" onClick={() => onChange(null)}>
              {t('common.remove')}
            </button>
          ) : null}
        </p>
      ) : null}
      {picking ? (
        <Dialog title={t('media.pickTitle')} onClose={() => setPicking(false)} wide>
          <MediaBrowser
            onPick={(img) => {
              setPicking(false);
              onChange(img);
            }}
          />
        </Dialog>
      ) : null}
    </fieldset>
  );
}

function Translations({ article, site }: { article: EditorArticle; site: SiteInfo }) {
  const missing = site.languages.filter(
    (l) => l.code !== article.language && !article.translations.some((x) => x.language === l.code),
  );
  const [lang, setLang] = useState(missing[0]?.code ?? '');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  return (
    <section class="nd-panel" aria-labelledby="nd-panel-translations">
      <h2 id="nd-panel-translations">{t('editor.translations')}</h2>
      {article.translations.length ? (
        <ul class="nd-plain-list">
          {article.translations.map((x) => (
            <li key={x.id}>
              {x.headline === null ? (
                <span class="nd-hint">{t('editor.translationHidden')}</span>
              ) : (
                <a href={`/admin/articles/${x.id}`} lang={x.language}>
                  {x.headline}
                </a>
              )}{' '}
              <span class="nd-hint">
                ({site.languages.find((l) => l.code === x.language)?.name ?? x.language},{' '}
                <StatusBadge status={x.status} plain />)
              </span>
            </li>
          ))}
        </ul>
      ) : (
        <p class="nd-hint">{t('editor.noTranslations')}</p>
      )}
      {missing.length ? (
        <form
          class="nd-inline-form"
          onSubmit={async (e) => {
            e.preventDefault();
            setBusy(true);
            try {
              const res = await api<{ data: EditorArticle }>('POST', `/articles/${article.id}/translations`, {
                language: lang,
              });
              navigate(`/admin/articles/${res.data.id}`);
            } catch (err) {
              setError((err as Error).message);
            } finally {
              setBusy(false);
            }
          }}
        >
          <label for="nd-translate-to">{t('editor.translateTo')}</label>
          <select id="nd-translate-to" value={lang} onChange={(e) => setLang(e.currentTarget.value)}>
            {missing.map((l) => (
              <option key={l.code} value={l.code}>
                {l.name}
              </option>
            ))}
          </select>
          <button type="submit" class="nd-button" disabled={busy}>
            {t('editor.startTranslation')}
          </button>
        </form>
      ) : null}
      {error ? (
        <p class="nd-error" role="alert">
          {error}
        </p>
      ) : null}
    </section>
  );
}
