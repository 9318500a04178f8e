import { randomBytes } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Readable } from 'node:stream';

/** A stored file opened for sending. */
export interface StoredFile {
  size: number;
  stream(): Readable;
}

/**
 * Where media files live. A key names one media item's set of files (`ab/<id>`); names are
 * plain file names (`640.webp`). Callers validate both; implementations check them again.
 */
export interface MediaStore {
  /** Stores every file of a key at once: all of them become visible together, or none. */
  put(key: string, files: { name: string; bytes: Buffer }[]): Promise<void>;
  /** Adds or replaces one file of an existing key; readers see the old file or the whole new one. */
  putFile(key: string, name: string, bytes: Buffer): Promise<void>;
  open(key: string, name: string): Promise<StoredFile | null>;
  /** A small file's bytes (a drawing's source), or null when there is none. */
  read(key: string, name: string): Promise<Buffer | null>;
  /** Removes a key's files; no error when there are none. */
  remove(key: string): Promise<void>;
  /** Removes what uploads that died midway left behind, if the store can have such leftovers. */
  sweep?(olderThanMs: number): Promise<number>;
}

const KEY = /^[a-z0-9]{2}\/[a-z0-9-]{8,64}$/;
const NAME = /^[a-z0-9]+\.[a-z0-9]+$/;
const TEMP_PREFIX = '.tmp-';

function check(key: string, name?: string): void {
  if (!KEY.test(key) || (name !== undefined && !NAME.test(name)))
    throw new Error(`invalid media key or file name: ${key}/${name ?? ''}`);
}

/**
 * Media files on a file system (a local disk, or a shared one several instances mount). A key's
 * files are written into a temporary folder beside their place and renamed into it in one step,
 * so a crash leaves no half-written item, only a temporary folder that `sweep()` removes.
 */
export class FileMediaStore implements MediaStore {
  constructor(private readonly root: string) {}

  async put(key: string, files: { name: string; bytes: Buffer }[]): Promise<void> {
    check(key);
    for (const f of files) check(key, f.name);
    const target = join(this.root, key);
    const parent = dirname(target);
    await mkdir(parent, { recursive: true });
    const temp = join(parent, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`);
    await mkdir(temp);
    try {
      for (const f of files) await writeFile(join(temp, f.name), f.bytes);
      // Fails when the target exists (a non-empty directory): keys are never reused.
      await rename(temp, target);
    } catch (e) {
      await rm(temp, { recursive: true, force: true });
      throw e;
    }
  }

  async putFile(key: string, name: string, bytes: Buffer): Promise<void> {
    check(key, name);
    const dir = join(this.root, key);
    // A temporary name inside the item's folder, renamed over the file in one step.
    const temp = join(dir, `${TEMP_PREFIX}${randomBytes(8).toString('hex')}`);
    try {
      // Inside the try: a write that fails midway (a full disk) leaves no partial temporary file.
      await writeFile(temp, bytes);
      await rename(temp, join(dir, name));
    } catch (e) {
      await rm(temp, { force: true });
      throw e;
    }
  }

  async read(key: string, name: string): Promise<Buffer | null> {
    check(key, name);
    try {
      return await readFile(join(this.root, key, name));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async open(key: string, name: string): Promise<StoredFile | null> {
    check(key, name);
    const path = join(this.root, key, name);
    try {
      const s = await stat(path);
      if (!s.isFile()) return null;
      return { size: s.size, stream: () => createReadStream(path) };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }

  async remove(key: string): Promise<void> {
    check(key);
    await rm(join(this.root, key), { recursive: true, force: true });
  }

  /**
   * Removes what interrupted writes left behind and is older than `olderThanMs`: temporary folders
   * of uploads beside the items, and temporary files of single-file writes (a drawing's picture)
   * inside an item's folder.
   */
  async sweep(olderThanMs: number, now = Date.now()): Promise<number> {
    let removed = 0;
    for (const shard of await listDir(this.root)) {
      const shardDir = join(this.root, shard);
      for (const entry of await listDir(shardDir)) {
        const path = join(shardDir, entry);
        if (entry.startsWith(TEMP_PREFIX)) {
          if (await removeIfOlder(path, olderThanMs, now)) removed++;
          continue;
        }
        for (const inner of (await listDir(path)).filter((n) => n.startsWith(TEMP_PREFIX)))
          if (await removeIfOlder(join(path, inner), olderThanMs, now)) removed++;
      }
    }
    return removed;
  }
}

/** A folder's entries; none when it is missing or is not a folder. */
async function listDir(path: string): Promise<string[]> {
  try {
    return await readdir(path);
  } catch {
    return [];
  }
}

async function removeIfOlder(path: string, olderThanMs: number, now: number): Promise<boolean> {
  const s = await stat(path).catch(() => null);
  if (!s || now - s.mtimeMs <= olderThanMs) return false;
  await rm(path, { recursive: true, force: true });
  return true;
}
