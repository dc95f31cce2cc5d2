import { mkdtempSync, readFileSync, rmSync, statSync, truncateSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { ArchiveWriter } from '../../../platform/backup/archive-writer';
import { readArchive, type SinkFor } from '../../../platform/backup/archive-reader';
import { CHUNK_BYTES } from '../../../platform/backup/archive-format';
import { BackupError } from '../../../platform/backup/backup-error';
import { partDigest, type Manifest, type Part } from '../../../platform/backup/manifest';

const PASSPHRASE = 'correct horse battery staple';
let dir: string;
beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'ow-archive-'))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const temporalDb = randomBytes(CHUNK_BYTES * 2 + 123); // three DATA frames
const rows = Buffer.from('{"id":1}\n{"id":2}\n');

async function writeSample(file = path.join(dir, 'a.owbackup')): Promise<{ file: string; manifest: Manifest }> {
  const writer = await ArchiveWriter.create(file, PASSPHRASE);
  const parts: Part[] = [];
  const add = async (name: Part['name'], entries: Array<[string, Buffer]>) => {
    const files = [];
    for (const [p, bytes] of entries)
      files.push(
        await writer.addStream(
          name,
          p,
          (async function* () {
            yield bytes;
          })(),
        ),
      );
    parts.push({
      name,
      takenAt: new Date().toISOString(),
      files,
      size: files.reduce((s, f) => s + f.size, 0),
      sha256: partDigest(files),
    });
  };
  await add('temporal', [['temporal.db', temporalDb]]);
  await add('postgres', [
    ['rows/Matter.jsonl', rows],
    ['rows/Task.jsonl', Buffer.alloc(0)],
  ]);
  const manifest: Manifest = {
    product: 'onewindow',
    productVersion: '0.1.0',
    archiveId: 'test',
    createdAt: new Date().toISOString(),
    host: 'test',
    migrations: [],
    postgres: { serverVersion: '18', database: 'onewindow' },
    piiKey: { fingerprint: 'f', keptIn: 'environment' },
    parts,
  };
  await writer.finish(manifest);
  return { file, manifest };
}

/** Collects every file the reader hands out. */
function collector(): { sinkFor: SinkFor; files: Map<string, Buffer> } {
  const files = new Map<string, Buffer>();
  return {
    files,
    sinkFor: async (part, p) => {
      const chunks: Buffer[] = [];
      return {
        write: async (b) => void chunks.push(Buffer.from(b)),
        close: async () => void files.set(`${part}/${p}`, Buffer.concat(chunks)),
      };
    },
  };
}

async function refusal(file: string, passphrase = PASSPHRASE): Promise<BackupError> {
  try {
    await readArchive(file, passphrase, collector().sinkFor);
  } catch (e) {
    if (e instanceof BackupError) return e;
    throw e;
  }
  throw new Error('the archive was accepted');
}

test('an archive reads back whole, every file with its bytes, and is encrypted on disk', async () => {
  const { file, manifest } = await writeSample();
  const { sinkFor, files } = collector();
  expect(await readArchive(file, PASSPHRASE, sinkFor)).toEqual(manifest);
  expect(files.get('temporal/temporal.db')!.equals(temporalDb)).toBe(true);
  expect(files.get('postgres/rows/Matter.jsonl')!.toString()).toBe(rows.toString());
  expect(files.get('postgres/rows/Task.jsonl')!.length).toBe(0);
  expect(readFileSync(file).includes(Buffer.from('"id":1'))).toBe(false);
  expect(existsSync(`${file}.partial`)).toBe(false);
});

test('a wrong passphrase is told apart from damage', async () => {
  const { file } = await writeSample();
  expect((await refusal(file, 'not the passphrase')).code).toBe('WRONG_PASSPHRASE');
});

test('a changed byte is refused, naming the part it is in', async () => {
  const { file } = await writeSample();
  const bytes = readFileSync(file);
  bytes[Math.floor(bytes.length / 3)] ^= 0x01; // inside the temporal part's data
  writeFileSync(file, bytes);
  const error = await refusal(file);
  expect(error.code).toBe('TAMPERED');
  expect(error.part).toBe('temporal');
  expect(error.en).toContain('temporal');
});

test('a truncated archive is refused, naming the part where it stops', async () => {
  const { file } = await writeSample();
  truncateSync(file, Math.floor(statSync(file).size / 2));
  const error = await refusal(file);
  expect(error.code).toBe('TRUNCATED');
  expect(error.part).toBe('temporal');
});

test('an archive cut at its very end (no END frame) is refused', async () => {
  const { file } = await writeSample();
  truncateSync(file, statSync(file).size - 1);
  expect((await refusal(file)).code).toBe('TRUNCATED');
});

test('a file that is not an archive is refused as such', async () => {
  const file = path.join(dir, 'x.owbackup');
  writeFileSync(file, 'hello');
  expect((await refusal(file)).code).toBe('NOT_AN_ARCHIVE');
});

test('an aborted archive leaves nothing behind', async () => {
  const file = path.join(dir, 'b.owbackup');
  const writer = await ArchiveWriter.create(file, PASSPHRASE);
  await writer.addStream(
    'files',
    'x',
    (async function* () {
      yield Buffer.from('x');
    })(),
  );
  await writer.abort();
  expect(existsSync(file) || existsSync(`${file}.partial`)).toBe(false);
});
