/**
 * A value made by an async load the first time it is asked for, then kept. A failed load (a
 * missing chunk after a partial deploy) is not kept: the next ask tries again.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | null = null;
  return () => {
    loaded ??= load().catch((e: unknown) => {
      loaded = null;
      throw e;
    });
    return loaded;
  };
}
