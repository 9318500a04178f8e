import { useEffect, useRef, useState } from 'preact/hooks';
import { api, ApiError, query } from '../api.ts';
import { formatDateTime, t } from '../i18n.ts';
import type { ImageFields } from '../../../contract/articles.ts';
import type { MediaItem } from '../../../contract/media.ts';
import type { Page } from '../../../contract/wire.ts';
import { describedBy, Field } from './Dialog.tsx';

/** The smallest variant, for thumbnails. */
export function thumbnailOf(m: MediaItem): string {
  const smallest = [...m.variants].sort((a, b) => a.width - b.width)[0];
  return smallest?.url ?? m.url;
}

/** The fields of an image block or featured image showing this library item. */
export function imageFieldsOf(m: MediaItem): ImageFields {
  return {
    src: m.image.src,
    alt: m.alt,
    caption: m.caption,
    credit: m.credit,
    width: m.width,
    height: m.height,
    mediaId: m.id,
  };
}

/**
 * The media library: search, upload, describe (alt text, caption, credit), and — in the picker —
 * choose an image to use. Uploads send the file itself as the body (the server judges its bytes).
 */
export function MediaBrowser({ onPick }: { onPick?: (image: ImageFields) => void }) {
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [items, setItems] = useState<MediaItem[] | null>(null);
  const [meta, setMeta] = useState({ page: 1, pageCount: 1, total: 0 });
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [selected, setSelected] = useState<MediaItem | null>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const load = async (p = page, text = q) => {
    try {
      const res = await api<Page<MediaItem>>('GET', `/media${query({ q: text, page: p })}`);
      setItems(res.data);
      setMeta(res.meta);
      setError(null);
    } catch (e) {
      setError((e as Error).message);
    }
  };
  useEffect(() => {
    void load(page, q);
  }, [page]);

  const upload = async () => {
    const file = fileRef.current?.files?.[0];
    if (!file) return;
    setUploading(true);
    setError(null);
    try {
      const res = await api<{ data: MediaItem }>(
        'POST',
        `/media${query({ filename: file.name })}`,
        undefined,
        { raw: file, contentType: file.type.startsWith('image/') ? file.type : 'image/unknown' },
      );
      setSelected(res.data);
      if (fileRef.current) fileRef.current.value = '';
      await load(1, q);
      setPage(1);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setUploading(false);
    }
  };

  return (
    <div class="nd-media">
      <div class="nd-media-tools">
        <form
          class="nd-inline-form"
          role="search"
          onSubmit={(e) => {
            e.preventDefault();
            setPage(1);
            void load(1, q);
          }}
        >
          <label for="nd-media-q">{t('media.search')}</label>
          <input id="nd-media-q" type="search" value={q} onInput={(e) => setQ(e.currentTarget.value)} />
          <button type="submit" class="nd-button">
            {t('common.search')}
          </button>
        </form>
        <div class="nd-inline-form">
          <label for="nd-media-file">{t('media.upload')}</label>
          <input
            id="nd-media-file"
            ref={fileRef}
            type="file"
            accept="image/jpeg,image/png,image/webp,image/avif"
            onChange={() => void upload()}
            disabled={uploading}
            aria-describedby="nd-media-file-hint"
          />
          <p class="nd-hint" id="nd-media-file-hint">
            {uploading ? t('media.uploading') : t('media.uploadHint')}
          </p>
        </div>
      </div>
      {error ? (
        <p class="nd-banner nd-banner-error" role="alert">
          {error}
        </p>
      ) : null}
      {selected ? (
        <Describe
          key={selected.id}
          item={selected}
          onDone={(m) => {
            setSelected(null);
            setItems((list) => list?.map((x) => (x.id === m.id ? m : x)) ?? null);
            if (onPick) onPick(imageFieldsOf(m));
          }}
          onCancel={() => setSelected(null)}
          pick={!!onPick}
        />
      ) : null}
      <p class="nd-hint" aria-live="polite">
        {items ? t('media.count', { count: meta.total }) : t('common.loading')}
      </p>
      <ul class="nd-media-grid">
        {(items ?? []).map((m) => (
          <li key={m.id}>
            <button
              type="button"
              class={selected?.id === m.id ? 'nd-media-item is-selected' : 'nd-media-item'}
              onClick={() => setSelected(m)}
              aria-label={t('media.choose', { name: m.alt || m.filename })}
            >
              <img
                src={thumbnailOf(m)}
                alt=""
                width={160}
                height={Math.round((160 * m.height) / m.width)}
                loading="lazy"
              />
              <span class="nd-media-name">{m.alt || m.filename}</span>
              {!m.alt ? <span class="nd-badge nd-badge-warn">{t('media.noAlt')}</span> : null}
              <span class="nd-hint">{formatDateTime(m.createdAt)}</span>
            </button>
          </li>
        ))}
      </ul>
      {meta.pageCount > 1 ? (
        <nav class="nd-pager" aria-label={t('common.pages')}>
          <button type="button" class="nd-button" disabled={page <= 1} onClick={() => setPage(page - 1)}>
            {t('common.previous')}
          </button>
          <span>{t('common.pageOf', { page: meta.page, pageCount: meta.pageCount })}</span>
          <button
            type="button"
            class="nd-button"
            disabled={page >= meta.pageCount}
            onClick={() => setPage(page + 1)}
          >
            {t('common.next')}
          </button>
        </nav>
      ) : null}
    </div>
  );
}

/** Alt text, caption and credit of one image; saved to the library (PATCH), then used when picking. */
function Describe({
  item,
  onDone,
  onCancel,
  pick,
}: {
  item: MediaItem;
  onDone: (m: MediaItem) => void;
  onCancel: () => void;
  pick: boolean;
}) {
  const [alt, setAlt] = useState(item.alt);
  const [caption, setCaption] = useState(item.caption ?? '');
  const [credit, setCredit] = useState(item.credit ?? '');
  const [error, setError] = useState<ApiError | null>(null);
  const [busy, setBusy] = useState(false);
  const submit = async (e: Event) => {
    e.preventDefault();
    setBusy(true);
    try {
      const changed = alt !== item.alt || caption !== (item.caption ?? '') || credit !== (item.credit ?? '');
      const m = changed
        ? (await api<{ data: MediaItem }>('PATCH', `/media/${item.id}`, { alt, caption, credit })).data
        : item;
      onDone(m);
    } catch (err) {
      setError(err instanceof ApiError ? err : new ApiError(0, 'UNKNOWN', String(err)));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="nd-describe" onSubmit={submit}>
      <img src={thumbnailOf(item)} alt="" width={240} height={Math.round((240 * item.height) / item.width)} />
      <div>
        <p class="nd-hint">
          {item.filename} · {item.width}×{item.height}
        </p>
        <Field id="nd-alt" label={t('media.alt')} hint={t('media.altHint')} error={error?.issueFor('alt')}>
          <input
            id="nd-alt"
            value={alt}
            onInput={(e) => setAlt(e.currentTarget.value)}
            aria-describedby={describedBy('nd-alt', 'hint', error?.issueFor('alt'))}
            required={pick}
          />
        </Field>
        <Field id="nd-caption" label={t('media.caption')} error={error?.issueFor('caption')}>
          <input id="nd-caption" value={caption} onInput={(e) => setCaption(e.currentTarget.value)} />
        </Field>
        <Field id="nd-credit" label={t('media.credit')} error={error?.issueFor('credit')}>
          <input id="nd-credit" value={credit} onInput={(e) => setCredit(e.currentTarget.value)} />
        </Field>
        {error && !error.issues.length ? (
          <p class="nd-error" role="alert">
            {error.message}
          </p>
        ) : null}
        <p class="nd-actions">
          <button type="submit" class="nd-button nd-button-primary" disabled={busy}>
            {pick ? t('media.use') : t('common.save')}
          </button>
          <button type="button" class="nd-button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        </p>
      </div>
    </form>
  );
}
