import { randomBytes, randomUUID } from 'node:crypto';
import http from 'node:http';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { parseConfig } from '../platform/config';
import { createFileStore } from '../platform/file-store';
import { MULTIPART_BOUNDARY, MULTIPART_TYPE } from '../tests/support/multipart';
import type { ApiSession } from './lib/api-session';
import type { BenchContext } from './lib/context';
import type { Figure, Run } from './lib/figures';
import { closedLoop, type LoadResult } from './lib/measure';

const SECTION = '7. Material upload (电子材料) through the API';
const FILE_BYTES = 10 * 1024 * 1024;
const CONCURRENCY = 4;
const MB = 1024 * 1024;
const agent = new http.Agent({ keepAlive: true, maxSockets: 16, timeout: 60_000 });

/** One upload as the console sends it: multipart/form-data, the file's bytes streamed after the part's header. */
function upload(session: ApiSession, url: URL, content: Buffer, filename: string): Promise<void> {
  const head = Buffer.from(
    `--${MULTIPART_BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\n` +
      'Content-Type: application/pdf\r\n\r\n',
  );
  const tail = Buffer.from(`\r\n--${MULTIPART_BOUNDARY}--\r\n`);
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      {
        method: 'POST',
        agent,
        headers: {
          ...session.authHeaders(),
          'content-type': MULTIPART_TYPE,
          'content-length': String(head.length + content.length + tail.length),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () =>
          res.statusCode === 201 ? resolve() : reject(new Error(`upload: ${res.statusCode} ${text}`)),
        );
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.write(head);
    req.write(content);
    req.end(tail);
  });
}

/**
 * 10 MB PDFs uploaded through POST /api/materials/uploads (session, checks, multipart parsing, type detection,
 * encryption, temporary file and rename, row and audit entry), 4 at a time, against putting the same bytes into
 * the same file store (same encryption, same disk) straight from this process.
 */
export async function benchMaterials(ctx: BenchContext): Promise<Figure[]> {
  const count = ctx.quick ? 8 : 40;
  const { stack } = ctx;
  const clerk = await ctx.session('clerk');
  const store = createFileStore(parseConfig(stack.env), stack.env.PII_KEY);
  const filesDir = path.join(stack.dataDir, 'files');
  // one random body; each file gets its own first line, so no two are the same content (which the store keeps once)
  const body = randomBytes(FILE_BYTES);
  const fileFor = () => {
    const bytes = Buffer.from(body);
    bytes.write(`%PDF-1.7\n%${randomUUID()}\n`, 0, 'latin1');
    return bytes;
  };
  const viaApi = () =>
    closedLoop(count, CONCURRENCY, async (i) => {
      const url = new URL(
        `${stack.apiUrl}/api/materials/uploads?intakeKey=${randomUUID()}&itemCode=MZ-001&materialCode=ID_CARD`,
      );
      await upload(clerk, url, fileFor(), `scan-${i}.pdf`);
    });
  const raw = () =>
    closedLoop(count, CONCURRENCY, async () => {
      await store.put(fileFor());
    });
  /** the stored files of the last run: 400 MB a side, not worth keeping on a shared disk */
  const clearFiles = async () => {
    for (const name of await readdir(filesDir).catch(() => [] as string[]))
      if (name !== 'tmp') await rm(path.join(filesDir, name), { recursive: true, force: true });
  };

  ctx.log(`warming up (${CONCURRENCY} uploads each way)`);
  await closedLoop(CONCURRENCY, CONCURRENCY, async () => {
    const url = new URL(
      `${stack.apiUrl}/api/materials/uploads?intakeKey=${randomUUID()}&itemCode=MZ-001&materialCode=ID_CARD`,
    );
    await upload(clerk, url, fileFor(), 'warm-up.pdf');
  });
  await closedLoop(CONCURRENCY, CONCURRENCY, async () => void (await store.put(fileFor())));
  await clearFiles();

  const pairs: Array<{ api: LoadResult; raw: LoadResult }> = [];
  for (let run = 1; run <= ctx.runs; run++) {
    // alternate which side goes first, so drift favours neither
    const first = run % 2 === 1 ? await viaApi() : await raw();
    await clearFiles();
    const second = run % 2 === 1 ? await raw() : await viaApi();
    await clearFiles();
    const pair = run % 2 === 1 ? { api: first, raw: second } : { api: second, raw: first };
    pairs.push(pair);
    const said = (r: LoadResult) => `${((r.perSecond * FILE_BYTES) / MB).toFixed(1)} MB/s p50 ${r.p50.toFixed(0)} ms`;
    ctx.log(`upload run ${run}: API ${said(pair.api)}; straight to the store ${said(pair.raw)}`);
  }
  const runs = (pick: (r: LoadResult) => number): Run[] =>
    pairs.map((p) => ({ value: pick(p.api), baseline: pick(p.raw) }));
  const base = {
    section: SECTION,
    baselineName: 'FileStore.put of the same bytes, same encryption',
    note: `N = ${count} files of 10 MB per run, ${CONCURRENCY} in flight`,
  };
  return [
    {
      ...base,
      name: `throughput, 10 MB files, concurrency ${CONCURRENCY}`,
      unit: 'MB/s',
      runs: runs((r) => (r.perSecond * FILE_BYTES) / MB),
      goal: { kind: 'atLeast', ratio: 0.7 },
    },
    { ...base, name: 'p50 time per file', unit: 'ms', runs: runs((r) => r.p50) },
  ];
}
