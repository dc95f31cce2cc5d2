import type { IncomingMessage } from 'node:http';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { createFileStore, type FileStore } from '../../../platform/file-store';
import { readUpload } from '../../../api/materials/read-upload';
import type { DetectType } from '../../../api/materials/file-types';
import { readAll, sha256 } from '../../support/file-store-suite';
import { MULTIPART_TYPE, multipartBody as multipart } from '../../support/multipart';

/** Magic numbers of the three types, as file-type reads them (file-type itself is ESM-only: tested on the stack). */
const detectType: DetectType = async (head) => {
  if (head.subarray(0, 5).toString('latin1') === '%PDF-') return { mime: 'application/pdf', ext: 'pdf' };
  if (head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return { mime: 'image/jpeg', ext: 'jpg' };
  if (head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    return { mime: 'image/png', ext: 'png' };
  if (head.subarray(0, 2).toString('latin1') === 'MZ') return { mime: 'application/x-msdownload', ext: 'exe' };
  return undefined;
};

const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(10_000, 'x'), Buffer.from('\n%%EOF\n')]);
const PNG = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(100, 1)]);
/** An IncomingMessage as readUpload uses it: headers, a body stream, `complete` once all of it was sent. */
function request(body: Buffer, opts: { contentType?: string; cutAfter?: number } = {}): IncomingMessage {
  const req = Object.assign(new PassThrough(), {
    headers: { 'content-type': opts.contentType ?? MULTIPART_TYPE },
    complete: false,
  });
  setImmediate(() => {
    if (opts.cutAfter !== undefined) {
      req.write(body.subarray(0, opts.cutAfter));
      setImmediate(() => req.destroy());
      return;
    }
    req.end(body, () => (req.complete = true));
  });
  return req as unknown as IncomingMessage;
}

describe('readUpload', () => {
  let dataDir: string;
  let store: FileStore;
  const stored = async () =>
    (await readdir(path.join(dataDir, 'files'), { recursive: true, withFileTypes: true }).catch(() => []))
      .filter((e) => e.isFile())
      .map((e) => e.name);
  const read = (req: IncomingMessage, maxBytes = 1024 * 1024) =>
    readUpload(req, { store, detectType, maxBytes, fallbackName: '身份证' });

  beforeEach(async () => {
    dataDir = await mkdtemp(path.join(tmpdir(), 'ow-upload-'));
    store = createFileStore(
      { DATA_DIR: dataDir, FILE_STORE: 'local', S3_REGION: 'us-east-1', S3_FORCE_PATH_STYLE: true, S3_PREFIX: '' },
      '0f'.repeat(32),
    );
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('stores a PDF with its checked name and type', async () => {
    const upload = await read(request(multipart([{ filename: '申请表.pdf', type: 'application/pdf', content: PDF }])));
    expect(upload).toMatchObject({ name: '申请表.pdf', mime: 'application/pdf', stored: { sha256: sha256(PDF) } });
    expect((await readAll(await store.get(upload.stored.key))).equals(PDF)).toBe(true);
  });

  it('names a file by its content when its name has no extension, or no name left', async () => {
    expect((await read(request(multipart([{ filename: 'scan', content: PNG }])))).name).toBe('scan.png');
    expect((await read(request(multipart([{ filename: '\u202E', content: PNG }])))).name).toBe('身份证.png');
  });

  it.each<[string, () => IncomingMessage, number, RegExp]>([
    ['an empty file', () => request(multipart([{ filename: 'a.pdf', content: Buffer.alloc(0) }])), 400, /empty/],
    [
      'a program renamed .pdf',
      () => request(multipart([{ filename: 'a.pdf', content: Buffer.from('MZ\x90\x00rest') }])),
      415,
      /Only PDF, JPEG or PNG/,
    ],
    ['plain text', () => request(multipart([{ filename: 'a.txt', content: Buffer.from('hello') }])), 415, /Only PDF/],
    ['a PNG named .pdf', () => request(multipart([{ filename: 'a.pdf', content: PNG }])), 415, /content is PNG.*\.pdf/],
    ['a PDF named .exe', () => request(multipart([{ filename: 'a.pdf.exe', content: PDF }])), 415, /\.exe/],
    [
      'a PDF sent as image/png',
      () => request(multipart([{ filename: 'a', type: 'image/png', content: PDF }])),
      415,
      /image\/png/,
    ],
    ['a path in the name', () => request(multipart([{ filename: '../../etc/a.pdf', content: PDF }])), 400, /path/],
    ['no file', () => request(multipart([], 'just a field')), 400, /Choose a file/],
    [
      'two files',
      () =>
        request(
          multipart([
            { filename: 'a.pdf', content: PDF },
            { filename: 'b.pdf', content: PDF },
          ]),
        ),
      400,
      /one file/,
    ],
    ['a JSON body', () => request(Buffer.from('{}'), { contentType: 'application/json' }), 400, /multipart/],
  ])('refuses %s and stores nothing', async (_name, req, status, message) => {
    const error = await read(req()).catch((e) => e);
    expect(error).toMatchObject({ status, messageEn: expect.stringMatching(message) });
    expect(error.message).toMatch(/[\u4e00-\u9fff]/);
    if (!/two files/.test(_name)) expect(await stored()).toEqual([]);
  });

  it('refuses a file over the limit and stores nothing', async () => {
    const error = await read(request(multipart([{ filename: 'big.pdf', content: PDF }])), 5000).catch((e) => e);
    expect(error).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', messageEn: expect.stringContaining('4.9 KB') });
    expect(await stored()).toEqual([]);
  });

  it('stores nothing when the client breaks off', async () => {
    const body = multipart([{ filename: 'a.pdf', content: Buffer.concat([PDF, Buffer.alloc(200_000, 'y')]) }]);
    await expect(read(request(body, { cutAfter: 100_000 }))).rejects.toMatchObject({ code: 'BAD_REQUEST' });
    expect(await stored()).toEqual([]);
  });
});
