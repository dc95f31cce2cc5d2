import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import jsQR from 'jsqr';
import { PDFDocument } from 'pdf-lib';
import { PNG } from 'pngjs';
import { API_URL, ApiClient } from '../../support/api-client';
import { testDb } from '../../support/db';
import { retryOpenIncidents } from '../../support/incidents';
import { acceptMatter, as, matterDetail, waitFor } from '../../support/matters';

jest.setTimeout(120_000);

interface MatterResults {
  results: Array<{
    id: string;
    resultNo: string;
    resultType: string;
    status: string;
    fileSha256: string;
    verifyUrl: string;
    validUntil: string | null;
  }>;
  failures: Array<{ attempts: number; error: string }>;
  canRevoke: boolean;
}

const resultsOf = async (matterId: string, username = 'clerk') => {
  const res = await (await as(username)).get<MatterResults>(`/matters/${matterId}/results`);
  if (res.status !== 200) throw new Error(`results ${res.status} ${JSON.stringify(res.body)}`);
  return res.body;
};

/** 即办件 (MZ-004, the immediate procedure): accepted, finished and its result issued at the window. */
async function issuedAtWindow() {
  const matter = await acceptMatter('MZ-004');
  const done = await waitFor('the result', async () => {
    const body = await resultsOf(matter.id);
    return body.results.length ? body : undefined;
  });
  return { matter, result: done.results[0] };
}

async function download(resultId: string, username = 'clerk') {
  const client = await as(username);
  const res = await fetch(`${API_URL}/api/results/${resultId}/file`, { headers: { cookie: client.cookieHeader } });
  return { res, bytes: Buffer.from(await res.arrayBuffer()) };
}

/** The page as poppler renders it for a printer, and the QR code on it as a phone camera reads it. */
async function qrOf(pdf: Buffer): Promise<string | undefined> {
  const dir = await mkdtemp(path.join(tmpdir(), 'ow-result-'));
  try {
    await writeFile(path.join(dir, 'result.pdf'), pdf);
    // asynchronously: a blocked event loop would reuse a keep-alive socket the API has meanwhile closed
    await promisify(execFile)('pdftoppm', ['-r', '150', '-png', '-singlefile', 'result.pdf', 'page'], { cwd: dir });
    const png = PNG.sync.read(await readFile(path.join(dir, 'page.png')));
    return jsQR(new Uint8ClampedArray(png.data), png.width, png.height)?.data;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

const verify = (code: string) => new ApiClient().get(`/public/verify/${code}`);
const sequenceOf = (resultNo: string) => Number(resultNo.slice(-6));

describe('results issued for real (出证)', () => {
  test('a 即办件 issues its PDF at the window: it downloads, parses, and its QR code leads to a page that says valid', async () => {
    const { matter, result } = await issuedAtWindow();
    expect((await matterDetail(matter.id)).status).toBe('COMPLETED');
    expect(result).toMatchObject({ resultType: 'certificate', status: 'VALID', validUntil: null });
    expect(result.resultNo).toMatch(/^BM-JG\d{4}-\d{6}$/);

    const { res, bytes } = await download(result.id);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    expect(res.headers.get('content-disposition')).toMatch(/^inline;/);
    // the browser's PDF viewer may show it (the console's own policy forbids plugins)
    expect(res.headers.get('content-security-policy')).toContain("object-src 'self'");
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(result.fileSha256);
    const pdf = await PDFDocument.load(bytes);
    expect(pdf.getTitle()).toContain(result.resultNo);

    const url = await qrOf(bytes);
    expect(url).toBe(result.verifyUrl);
    const code = new URL(url!).pathname.replace(/^\/verify\//, '');
    expect(code).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(code).not.toContain(result.resultNo);
    const verified = await verify(code);
    expect(verified.status).toBe(200);
    expect(verified.body).toMatchObject({
      resultNo: result.resultNo,
      resultType: 'certificate',
      resultTypeName: '证照',
      issuer: '便民服务中心',
      itemName: '高龄津贴申请',
      holderMasked: '张*',
      status: 'VALID',
      revokedOn: null,
    });
    expect(JSON.stringify(verified.body)).not.toContain('张三');

    // the timeline names the number; a retried step would have found it, not taken another
    const events = (await matterDetail(matter.id)).events.filter((e) => e.type === 'service.issueResult');
    expect(events).toHaveLength(1);
    expect(events[0].data).toMatchObject({ resultNo: result.resultNo });
  });

  test('a manager revokes with a reason; the page then says revoked, with the date and the reason', async () => {
    const { matter, result } = await issuedAtWindow();
    const code = new URL(result.verifyUrl).pathname.split('/').pop()!;
    expect((await (await as('clerk')).post(`/results/${result.id}/revoke`, { reason: '信息有误' })).status).toBe(403);
    expect((await (await as('manager')).post(`/results/${result.id}/revoke`, { reason: '' })).status).toBe(400);

    const revoked = await (
      await as('manager')
    ).post(`/results/${result.id}/revoke`, { reason: '申请人信息有误，已重新核发' });
    expect(revoked.status).toBe(200);
    const page = await verify(code);
    expect(page.body).toMatchObject({ status: 'REVOKED', revokeReason: '申请人信息有误，已重新核发' });
    expect(page.body.revokedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    // the same request again answers as the first; another reason is refused
    expect(
      (await (await as('manager')).post(`/results/${result.id}/revoke`, { reason: '申请人信息有误，已重新核发' }))
        .status,
    ).toBe(200);
    expect((await (await as('manager')).post(`/results/${result.id}/revoke`, { reason: '另一理由' })).status).toBe(409);
    expect((await resultsOf(matter.id, 'manager')).results[0].status).toBe('REVOKED');
    const timeline = (await matterDetail(matter.id)).events.filter((e) => e.type === 'result.revoked');
    expect(timeline).toHaveLength(1);
  });

  test('the verification page finds nothing for an unknown code, refuses a malformed one, and needs no login', async () => {
    const unknown = await verify('AAAAAAAAAAAAAAAAAAAAAA');
    expect(unknown.status).toBe(404);
    expect(unknown.body.error.message).toMatch(/[\u4e00-\u9fff]/);
    expect((await verify('not-a-code')).status).toBe(400);
  });

  test('results are seen and downloaded within the matter page’s scope only', async () => {
    const { matter, result } = await issuedAtWindow();
    expect((await (await as('ziran')).get(`/matters/${matter.id}/results`)).status).toBe(403);
    expect((await download(result.id, 'ziran')).res.status).toBe(403);
    expect((await (await as('minzheng')).get(`/matters/${matter.id}/results`)).status).toBe(200);
    expect((await download(result.id, 'manager')).res.status).toBe(200);
  });

  test('a PDF that cannot be stored leaves the matter at the issuing step, shows the failure, and uses up no number', async () => {
    const before = await issuedAtWindow();
    // the file store's temporary folder replaced by a file: every put fails until it is a folder again
    const tempDir = path.join(path.resolve(process.env.DATA_DIR!), 'files', 'tmp');
    await rm(tempDir, { recursive: true, force: true });
    await writeFile(tempDir, 'not a folder');
    let matterId: string;
    let receiptNo: string;
    try {
      const matter = await acceptMatter('MZ-004');
      matterId = matter.id;
      receiptNo = matter.receiptNo;
      const failing = await waitFor('the failure on the matter page', async () => {
        const body = await resultsOf(matter.id);
        return body.failures.length ? body : undefined;
      });
      expect(failing.results).toHaveLength(0);
      expect(failing.failures[0].error).toMatch(/tmp|EEXIST|ENOTDIR/);
      expect((await matterDetail(matter.id)).status).toBe('IN_PROGRESS');
    } finally {
      await rm(tempDir, { force: true });
      await mkdir(tempDir, { recursive: true });
    }
    // the service may still be within its retry budget, or past it on an incident a manager retries once cured
    const healed = await waitFor(
      'the retried result',
      async () => {
        const body = await resultsOf(matterId);
        if (body.results.length) return body;
        await retryOpenIncidents(receiptNo);
        return undefined;
      },
      90_000,
    );
    expect(healed.failures).toHaveLength(0);
    expect(sequenceOf(healed.results[0].resultNo)).toBeGreaterThan(sequenceOf(before.result.resultNo));
    await waitFor('completion', async () => (await matterDetail(matterId)).status === 'COMPLETED');
    // every number of the year's sequence is on a result, and the counter is at the last one: none was lost
    const db = testDb();
    try {
      const year = Number(healed.results[0].resultNo.slice(5, 9));
      const numbers = (
        await db.matterResult.findMany({ where: { centreCode: 'BM', resultNo: { contains: `-JG${year}-` } } })
      )
        .map((r) => sequenceOf(r.resultNo))
        .sort((a, b) => a - b);
      expect(numbers).toEqual(numbers.map((_, index) => index + 1));
      const counter = await db.resultCounter.findUniqueOrThrow({
        where: { centreCode_year: { centreCode: 'BM', year } },
      });
      expect(counter.value).toBe(numbers.length);
    } finally {
      await db.$disconnect();
    }
  });
});
