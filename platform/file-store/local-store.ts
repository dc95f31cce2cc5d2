import { access, mkdir, open, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { createDecryptStream } from './encryption';
import { fileNotFound } from './errors';
import { removeStaleTempFiles, spoolEncrypted } from './spool';
import { isFileKey, type FileStore } from './types';

/**
 * Files under `root` (DATA_DIR/files by default), named by content address: `root/ab/abcdef…`. A put encrypts into
 * `root/tmp/<uuid>.part`, flushes it to disk and renames it into place; rename within one file system is atomic, so
 * a reader sees the whole file or none.
 */
export function createLocalFileStore(root: string, master: Buffer): FileStore {
  const tempDir = path.join(root, 'tmp');
  const pathOf = (key: string) => path.join(root, key.slice(0, 2), key);
  void removeStaleTempFiles(tempDir);

  const has = async (key: string) => {
    if (!isFileKey(key)) return false;
    return access(pathOf(key)).then(
      () => true,
      () => false,
    );
  };

  return {
    has,
    async put(content, opts) {
      const spooled = await spoolEncrypted(content, master, tempDir, opts);
      const { tempPath, ...stored } = spooled;
      try {
        if (await has(stored.key)) return stored; // the same content is already stored
        const target = pathOf(stored.key);
        await mkdir(path.dirname(target), { recursive: true });
        await rename(tempPath, target);
        await syncDirectory(path.dirname(target));
        return stored;
      } finally {
        await rm(tempPath, { force: true });
      }
    },
    async get(key) {
      if (!isFileKey(key)) throw fileNotFound();
      const handle = await open(pathOf(key), 'r').catch((error: NodeJS.ErrnoException) => {
        throw error.code === 'ENOENT' ? fileNotFound() : error;
      });
      const decrypt = createDecryptStream(master, Buffer.from(key, 'hex'));
      // errors reach the reader through the returned stream; the callback only keeps pipeline from throwing them
      return pipeline(handle.createReadStream(), decrypt, () => {});
    },
  };
}

/** The rename itself reaches the disk only once its directory is flushed. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
