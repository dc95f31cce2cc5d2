import { createHash, randomBytes } from 'node:crypto';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm, truncate, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import { createFileStore, FileStoreError, type FileStore } from '../../../platform/file-store';
import { HEADER_SIZE, SEGMENT_SIZE } from '../../../platform/file-store/encryption';
import { removeStaleTempFiles } from '../../../platform/file-store/spool';

const PII_KEY = '0f'.repeat(32);
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** every file under dir, relative */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.relative(dir, path.join(e.parentPath, e.name)));
}

describe('local file store', () => {
  let dataDir: string;
  let store: FileStore;
  const local = (dir: string, key = PII_KEY) =>
    createFileStore(
      { DATA_DIR: dir, FILE_STORE: 'local', S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: true, S3_PREFIX: '' },
      key,
    );
  const blobOf = (key: string) => path.join(dataDir, 'files', key.slice(0, 2), key);

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'ow-files-'));
    store = local(dataDir);
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it.each([
    ['an empty file', 0],
    ['a small file', 1000],
    ['exactly two segments', 2 * SEGMENT_SIZE],
    ['several segments and a bit', 3 * SEGMENT_SIZE + 17],
  ])('round-trips %s, keyed by the SHA-256 of its content', async (_name, size) => {
    const content = randomBytes(size);
    const stored = await store.put(content);
    expect(stored).toEqual({ key: sha256(content), sha256: sha256(content), size });
    expect(await store.has(stored.key)).toBe(true);
    expect((await readAll(await store.get(stored.key))).equals(content)).toBe(true);
  });

  it('takes a stream in any chunking', async () => {
    const content = randomBytes(SEGMENT_SIZE * 2 + 5);
    const chunks = [content.subarray(0, 3), content.subarray(3, SEGMENT_SIZE + 1), content.subarray(SEGMENT_SIZE + 1)];
    const stored = await store.put(Readable.from(chunks));
    expect((await readAll(await store.get(stored.key))).equals(content)).toBe(true);
  });

  it('keeps the same content once', async () => {
    const content = randomBytes(5000);
    const [a, b] = await Promise.all([store.put(content), store.put(content)]);
    expect(a.key).toBe(b.key);
    expect(await filesUnder(path.join(dataDir, 'files'))).toEqual([path.join(a.key.slice(0, 2), a.key)]);
  });

  it('stores ciphertext, never the plaintext', async () => {
    const marker = Buffer.from('身份证 11010519491231002X '.repeat(200));
    const stored = await store.put(marker);
    const onDisk = await readFile(blobOf(stored.key));
    expect(onDisk.includes(Buffer.from('11010519491231002X'))).toBe(false);
    expect(onDisk.length).toBeGreaterThan(marker.length);
  });

  it('cannot be read with another PII key', async () => {
    const stored = await store.put(randomBytes(100));
    const other = local(dataDir, '1e'.repeat(32));
    await expect(readAll(await other.get(stored.key))).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('detects a flipped byte', async () => {
    const content = randomBytes(3 * SEGMENT_SIZE);
    const stored = await store.put(content);
    const onDisk = await readFile(blobOf(stored.key));
    onDisk[HEADER_SIZE + SEGMENT_SIZE + 100] ^= 1;
    await writeFile(blobOf(stored.key), onDisk);
    await expect(readAll(await store.get(stored.key))).rejects.toBeInstanceOf(FileStoreError);
  });

  it('detects a file cut short at a segment boundary', async () => {
    const stored = await store.put(randomBytes(3 * SEGMENT_SIZE));
    await truncate(blobOf(stored.key), HEADER_SIZE + 2 * (SEGMENT_SIZE + 16));
    await expect(readAll(await store.get(stored.key))).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('detects a stored file moved under another content address', async () => {
    const a = await store.put(Buffer.from('file A'));
    const b = await store.put(Buffer.from('file B'));
    await copyFile(blobOf(a.key), blobOf(b.key));
    await expect(readAll(await store.get(b.key))).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('refuses more than maxBytes and keeps nothing', async () => {
    const error = await store.put(randomBytes(1001), { maxBytes: 1000 }).catch((e) => e);
    expect(error).toBeInstanceOf(FileStoreError);
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', messageEn: expect.stringContaining('1000 B') });
    expect(await filesUnder(path.join(dataDir, 'files'))).toEqual([]);
    await expect(store.put(randomBytes(1000), { maxBytes: 1000 })).resolves.toMatchObject({ size: 1000 });
  });

  it('keeps nothing when the upload breaks off', async () => {
    const source = new PassThrough();
    const put = store.put(source);
    source.write(randomBytes(SEGMENT_SIZE * 2));
    source.destroy(new Error('client went away'));
    await expect(put).rejects.toThrow('client went away');
    expect(await filesUnder(path.join(dataDir, 'files'))).toEqual([]);
  });

  it('answers NOT_FOUND for a missing file or a key that is no content address', async () => {
    for (const key of ['a'.repeat(64), '../../etc/passwd', 'A'.repeat(64)]) {
      expect(await store.has(key)).toBe(false);
      await expect(store.get(key)).rejects.toMatchObject({ code: 'NOT_FOUND', messageEn: 'File not found' });
    }
  });

  it('removes only old temporary files', async () => {
    const tempDir = path.join(dataDir, 'files', 'tmp');
    await mkdir(tempDir, { recursive: true });
    await writeFile(path.join(tempDir, 'old.part'), 'x');
    await writeFile(path.join(tempDir, 'young.part'), 'x');
    const twoHoursAgo = new Date(Date.now() - 2 * 60 * 60 * 1000);
    await utimes(path.join(tempDir, 'old.part'), twoHoursAgo, twoHoursAgo);
    expect(await removeStaleTempFiles(tempDir)).toBe(1);
    expect(await readdir(tempDir)).toEqual(['young.part']);
  });
});
