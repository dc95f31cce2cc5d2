import { createHash, type Hash } from 'node:crypto';
import { open, rename, rm, type FileHandle } from 'node:fs/promises';
import { CHUNK_BYTES, FrameCipher, FrameType, MAGIC } from './archive-format';
import type { ArchivedFile, Manifest, PartName } from './manifest';

/** One file being written into the archive: bytes in, its size and SHA-256 out. */
export interface ArchiveEntry {
  write(bytes: Buffer): Promise<void>;
  end(): Promise<ArchivedFile>;
}

/**
 * Writes an archive to `<path>.partial`, renamed to `path` only once the manifest and the END frame are on disk: a
 * backup that fails (a full disk, a dropped connection) leaves no archive behind, only its `abort()`ed partial gone.
 */
export class ArchiveWriter {
  private index = 0;
  private size = 0;
  private open = true;

  private constructor(
    private readonly path: string,
    private readonly file: FileHandle,
    private readonly cipher: FrameCipher,
  ) {}

  static partialPath = (path: string) => `${path}.partial`;

  static async create(path: string, passphrase: string): Promise<ArchiveWriter> {
    const cipher = await FrameCipher.create(passphrase);
    const file = await open(ArchiveWriter.partialPath(path), 'wx', 0o600);
    const writer = new ArchiveWriter(path, file, cipher);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(cipher.headerBytes.length);
    try {
      await writer.raw(Buffer.concat([MAGIC, length, cipher.headerBytes]));
    } catch (e) {
      await writer.abort();
      throw e;
    }
    return writer;
  }

  private async raw(bytes: Buffer): Promise<void> {
    let done = 0;
    while (done < bytes.length) done += (await this.file.write(bytes, done)).bytesWritten;
    this.size += bytes.length;
  }

  private async frame(type: FrameType, body: Buffer): Promise<void> {
    const sealed = this.cipher.seal(this.index++, type, body);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(sealed.length);
    await this.raw(Buffer.concat([length, sealed]));
  }

  /** Starts a file of a part; write its bytes, then end() it before the next one. */
  async entry(part: PartName, path: string): Promise<ArchiveEntry> {
    await this.frame(FrameType.FILE, Buffer.from(JSON.stringify({ part, path })));
    const hash: Hash = createHash('sha256');
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let size = 0;
    const flush = async (all: boolean) => {
      const joined = Buffer.concat(pending);
      let at = 0;
      while (joined.length - at >= CHUNK_BYTES || (all && at < joined.length)) {
        const chunk = joined.subarray(at, at + CHUNK_BYTES);
        await this.frame(FrameType.DATA, chunk);
        at += chunk.length;
      }
      pending = at < joined.length ? [joined.subarray(at)] : [];
      pendingBytes = joined.length - at;
    };
    return {
      write: async (bytes) => {
        hash.update(bytes);
        size += bytes.length;
        pending.push(bytes);
        pendingBytes += bytes.length;
        if (pendingBytes >= CHUNK_BYTES) await flush(false);
      },
      end: async () => {
        await flush(true);
        return { path, size, sha256: hash.digest('hex') };
      },
    };
  }

  /** A whole file from a stream of chunks. */
  async addStream(part: PartName, path: string, chunks: AsyncIterable<Buffer>): Promise<ArchivedFile> {
    const entry = await this.entry(part, path);
    for await (const chunk of chunks) await entry.write(chunk);
    return entry.end();
  }

  /** Seals the manifest and the END frame, flushes to disk and gives the archive its name; returns its size. */
  async finish(manifest: Manifest): Promise<number> {
    await this.frame(FrameType.MANIFEST, Buffer.from(JSON.stringify(manifest)));
    await this.frame(FrameType.END, Buffer.alloc(0));
    await this.file.sync();
    await this.file.close();
    this.open = false;
    await rename(ArchiveWriter.partialPath(this.path), this.path);
    return this.size;
  }

  /** Closes and removes the partial archive. */
  async abort(): Promise<void> {
    if (this.open) await this.file.close().catch(() => undefined);
    this.open = false;
    await rm(ArchiveWriter.partialPath(this.path), { force: true });
  }
}
