import { useEffect, useRef, useState } from 'preact/hooks';
import type { MediaItem } from '../../../../contract/media.ts';
import type { Page } from '../../../../contract/wire.ts';
import { api, ApiError, query } from '../../api.ts';

/**
 * The media library's state: a page of items for a search, and uploads. An upload sends the file
 * itself as the body (the server judges its bytes), then shows the first page with the new item.
 */
export function useMediaLibrary(onUploaded: (item: MediaItem) => void) {
  const [q, setQ] = useState('');
  const [page, setPage] = useState(1);
  const [items, setItems] = useState<MediaItem[] | null>(null);
  const [meta, setMeta] = useState({ page: 1, pageCount: 1, total: 0 });
  const [error, setError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
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
      onUploaded(res.data);
      if (fileRef.current) fileRef.current.value = '';
      await load(1, q);
      setPage(1);
    } catch (e) {
      setError(e instanceof ApiError ? e.message : String(e));
    } finally {
      setUploading(false);
    }
  };

  return {
    q,
    setQ,
    page,
    setPage,
    items,
    meta,
    error,
    uploading,
    fileRef,
    upload,
    /** Runs the search from its first page. */
    search: () => {
      setPage(1);
      void load(1, q);
    },
    /** Puts an item's new description in the list. */
    replace: (m: MediaItem) => setItems((list) => list?.map((x) => (x.id === m.id ? m : x)) ?? null),
  };
}
