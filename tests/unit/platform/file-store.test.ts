import { mkdir, mkdtemp, readFile, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createFileStore } from '../../../platform/file-store';
import { removeStaleTempFiles } from '../../../platform/file-store/spool';
import { fileStoreContract, type FileStoreHarness } from '../../support/file-store-suite';

const local = (dataDir: string, piiKey: string) =>
  createFileStore(
    { DATA_DIR: dataDir, FILE_STORE: 'local', S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: true, S3_PREFIX: '' },
    piiKey,
  );

describe('local file store', () => {
  let dataDir: string;
  let harness: FileStoreHarness;
  const blobOf = (key: string) => path.join(dataDir, 'files', key.slice(0, 2), key);

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'ow-files-'));
    harness = {
      store: local(dataDir, '0f'.repeat(32)),
      withOtherKey: local(dataDir, '1e'.repeat(32)),
      readRaw: (key) => readFile(blobOf(key)),
      writeRaw: (key, bytes) => writeFile(blobOf(key), bytes),
      listAll: async () => {
        const entries = await readdir(path.join(dataDir, 'files'), { recursive: true, withFileTypes: true }).catch(
          () => [],
        );
        return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
      },
    };
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  fileStoreContract(() => harness);

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
