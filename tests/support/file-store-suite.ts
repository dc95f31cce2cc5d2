import { createHash, randomBytes } from 'node:crypto';
import { PassThrough, Readable } from 'node:stream';
import { FileStoreError, type FileStore } from '../../platform/file-store';
import { HEADER_SIZE, SEGMENT_SIZE } from '../../platform/file-store/encryption';

/** One file store under test, with raw access to what it keeps (to tamper with it and to see that nothing is left). */
export interface FileStoreHarness {
  store: FileStore;
  /** the same place read with another PII key */
  withOtherKey: FileStore;
  readRaw(key: string): Promise<Buffer>;
  writeRaw(key: string, bytes: Buffer): Promise<void>;
  /** every object or file kept, temporary ones included */
  listAll(): Promise<string[]>;
}

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

/** The FileStore contract, run against each implementation (local in the unit tests, S3 against a real server). */
export function fileStoreContract(harness: () => FileStoreHarness): void {
  it.each([
    ['an empty file', 0],
    ['a small file', 1000],
    ['exactly two segments', 2 * SEGMENT_SIZE],
    ['several segments and a bit', 3 * SEGMENT_SIZE + 17],
  ])('round-trips %s, keyed by the SHA-256 of its content', async (_name, size) => {
    const { store } = harness();
    const content = randomBytes(size);
    const stored = await store.put(content);
    expect(stored).toEqual({ key: sha256(content), sha256: sha256(content), size });
    expect(await store.has(stored.key)).toBe(true);
    expect((await readAll(await store.get(stored.key))).equals(content)).toBe(true);
  });

  it('takes a stream in any chunking', async () => {
    const { store } = harness();
    const content = randomBytes(SEGMENT_SIZE * 2 + 5);
    const chunks = [content.subarray(0, 3), content.subarray(3, SEGMENT_SIZE + 1), content.subarray(SEGMENT_SIZE + 1)];
    const stored = await store.put(Readable.from(chunks));
    expect((await readAll(await store.get(stored.key))).equals(content)).toBe(true);
  });

  it('keeps the same content once', async () => {
    const { store, listAll } = harness();
    const content = randomBytes(5000);
    const a = await store.put(content);
    const b = await store.put(content);
    expect(a.key).toBe(b.key);
    expect((await listAll()).filter((name) => name.includes(a.key))).toHaveLength(1);
  });

  it('stores ciphertext, never the plaintext', async () => {
    const { store, readRaw } = harness();
    const marker = Buffer.from('身份证 11010519491231002X '.repeat(200));
    const stored = await store.put(marker);
    const raw = await readRaw(stored.key);
    expect(raw.includes(Buffer.from('11010519491231002X'))).toBe(false);
    expect(raw.length).toBeGreaterThan(marker.length);
  });

  it('cannot be read with another PII key', async () => {
    const { store, withOtherKey } = harness();
    const stored = await store.put(randomBytes(100));
    await expect(readAll(await withOtherKey.get(stored.key))).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('detects a flipped byte', async () => {
    const { store, readRaw, writeRaw } = harness();
    const stored = await store.put(randomBytes(3 * SEGMENT_SIZE));
    const raw = await readRaw(stored.key);
    raw[HEADER_SIZE + SEGMENT_SIZE + 100] ^= 1;
    await writeRaw(stored.key, raw);
    await expect(readAll(await store.get(stored.key))).rejects.toBeInstanceOf(FileStoreError);
  });

  it('detects a file cut short at a segment boundary', async () => {
    const { store, readRaw, writeRaw } = harness();
    const stored = await store.put(randomBytes(3 * SEGMENT_SIZE));
    await writeRaw(stored.key, (await readRaw(stored.key)).subarray(0, HEADER_SIZE + 2 * (SEGMENT_SIZE + 16)));
    await expect(readAll(await store.get(stored.key))).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('detects a stored file moved under another content address', async () => {
    const { store, readRaw, writeRaw } = harness();
    const a = await store.put(Buffer.from('file A'));
    const b = await store.put(Buffer.from('file B'));
    await writeRaw(b.key, await readRaw(a.key));
    await expect(readAll(await store.get(b.key))).rejects.toMatchObject({ code: 'INTERNAL' });
  });

  it('refuses more than maxBytes and keeps nothing', async () => {
    const { store, listAll } = harness();
    const before = await listAll();
    const error = await store.put(randomBytes(1001), { maxBytes: 1000 }).catch((e) => e);
    expect(error).toBeInstanceOf(FileStoreError);
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', messageEn: expect.stringContaining('1000 B') });
    expect(await listAll()).toEqual(before);
    await expect(store.put(randomBytes(1000), { maxBytes: 1000 })).resolves.toMatchObject({ size: 1000 });
  });

  it('keeps nothing when the upload breaks off', async () => {
    const { store, listAll } = harness();
    const before = await listAll();
    const source = new PassThrough();
    const put = store.put(source);
    source.write(randomBytes(SEGMENT_SIZE * 2));
    source.destroy(new Error('client went away'));
    await expect(put).rejects.toThrow('client went away');
    expect(await listAll()).toEqual(before);
  });

  it('answers NOT_FOUND for a missing file or a key that is no content address', async () => {
    const { store } = harness();
    for (const key of ['a'.repeat(64), '../../etc/passwd', 'A'.repeat(64)]) {
      expect(await store.has(key)).toBe(false);
      await expect(store.get(key)).rejects.toMatchObject({ code: 'NOT_FOUND', messageEn: 'File not found' });
    }
  });
}
