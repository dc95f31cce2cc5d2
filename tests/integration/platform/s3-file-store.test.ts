import path from 'node:path';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { createFileStore } from '../../../platform/file-store';
import { ensureS3TestServer, startS3TestServer, type RunningS3 } from '../../../scripts/lib/s3-server';
import { slotPorts } from '../../../scripts/lib/slot-ports';
import { fileStoreContract, type FileStoreHarness } from '../../support/file-store-suite';

/** The S3 file store against a real S3-compatible server (gofakes3, built from the Go module proxy on first use). */
const SLOT = Number(process.env.OW_TEST_SLOT ?? 0);
const root = path.resolve(__dirname, '..', '..', '..');
const dataDir = path.join(root, 'data', SLOT ? `test-${SLOT}` : 'test', 's3-spool');
const PREFIX = 'materials/';

let server: RunningS3;
let harness: FileStoreHarness;

beforeAll(async () => {
  server = await startS3TestServer({
    binary: ensureS3TestServer(process.env.S3_TEST_SERVER),
    port: slotPorts(SLOT).s3,
    bucket: 'onewindow-test',
    logFile: path.join(dataDir, '..', 'logs', 's3.log'),
  });
  const settings = (piiKey: string) =>
    createFileStore(
      {
        DATA_DIR: dataDir,
        FILE_STORE: 's3',
        S3_ENDPOINT: server.endpoint,
        S3_BUCKET: server.bucket,
        S3_REGION: 'us-east-1',
        S3_ACCESS_KEY_ID: 'test',
        S3_SECRET_ACCESS_KEY: 'test-secret',
        S3_FORCE_PATH_STYLE: true,
        S3_PREFIX: PREFIX,
      },
      piiKey,
    );
  const raw = new S3Client({
    endpoint: server.endpoint,
    region: 'us-east-1',
    forcePathStyle: true,
    credentials: { accessKeyId: 'test', secretAccessKey: 'test-secret' },
  });
  const Bucket = server.bucket;
  const objectKey = (key: string) => `${PREFIX}${key.slice(0, 2)}/${key}`;
  harness = {
    store: settings('0f'.repeat(32)),
    withOtherKey: settings('1e'.repeat(32)),
    readRaw: async (key) =>
      Buffer.from(
        await (await raw.send(new GetObjectCommand({ Bucket, Key: objectKey(key) }))).Body!.transformToByteArray(),
      ),
    writeRaw: async (key, bytes) => {
      await raw.send(new DeleteObjectCommand({ Bucket, Key: objectKey(key) }));
      await raw.send(new PutObjectCommand({ Bucket, Key: objectKey(key), Body: bytes }));
    },
    listAll: async () => {
      const answer = await raw.send(new ListObjectsV2Command({ Bucket }));
      return (answer.Contents ?? []).map((o) => o.Key!).sort();
    },
  };
});

afterAll(() => server?.stop());

describe('S3 file store (gofakes3)', () => {
  fileStoreContract(() => harness);

  it('names objects under S3_PREFIX by content address', async () => {
    const stored = await harness.store.put(Buffer.from('prefixed'));
    expect(await harness.listAll()).toContain(`${PREFIX}${stored.key.slice(0, 2)}/${stored.key}`);
  });
});
