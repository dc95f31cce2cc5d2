import { createWriteStream, mkdirSync } from 'node:fs';
import { readdir, rm, stat } from 'node:fs/promises';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createEncryptStream } from './encryption';
import { ContentMeter } from './meter';
import type { PutOptions, StoredFile } from './types';

export interface SpooledFile extends StoredFile {
  /** the encrypted file, complete and flushed to disk; the caller commits it or removes it */
  tempPath: string;
}

const asStream = (content: NodeJS.ReadableStream | Buffer): NodeJS.ReadableStream =>
  Buffer.isBuffer(content) ? Readable.from([content]) : content;

/**
 * Encrypts the content into a new temporary file in `tempDir`, hashing the plaintext on the way. On any failure
 * (too large, the source broke off) the temporary file is removed and the error rethrown: nothing is left.
 */
export async function spoolEncrypted(
  content: NodeJS.ReadableStream | Buffer,
  master: Buffer,
  tempDir: string,
  opts: PutOptions = {},
): Promise<SpooledFile> {
  // synchronously, so the pipeline below listens to the source before anything else can happen to it
  mkdirSync(tempDir, { recursive: true });
  const tempPath = path.join(tempDir, `${randomUUID()}.part`);
  const meter = new ContentMeter(opts.maxBytes);
  const sink = createWriteStream(tempPath, { flags: 'wx', flush: true });
  try {
    await pipeline(
      asStream(content),
      meter,
      createEncryptStream(master, () => meter.digest()),
      sink,
    );
  } catch (error) {
    // a source that breaks off at once fails the pipeline before the file is even opened: removing it then would
    // leave the file the still pending open creates
    if (!sink.closed) await new Promise<void>((resolve) => sink.once('close', () => resolve()));
    await rm(tempPath, { force: true });
    throw error;
  }
  const sha256 = meter.digest().toString('hex');
  return { key: sha256, sha256, size: meter.size, tempPath };
}

/**
 * Temporary files a killed process left behind. Only old ones: another process (API, worker) may be writing the
 * young ones right now.
 */
export async function removeStaleTempFiles(tempDir: string, olderThanMs = 60 * 60 * 1000): Promise<number> {
  const names = await readdir(tempDir).catch(() => [] as string[]);
  let removed = 0;
  for (const name of names.filter((n) => n.endsWith('.part'))) {
    const file = path.join(tempDir, name);
    const info = await stat(file).catch(() => undefined);
    if (info && Date.now() - info.mtimeMs > olderThanMs) {
      await rm(file, { force: true });
      removed++;
    }
  }
  return removed;
}
