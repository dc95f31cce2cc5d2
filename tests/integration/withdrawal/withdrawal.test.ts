import { createHash, randomUUID } from 'node:crypto';
import { API_URL, ApiClient } from '../../support/api-client';
import { testDb } from '../../support/db';
import { mailText, searchMail } from '../../support/mailpit';
import { samplePdf, uploadFile } from '../../support/material-files';
import { acceptMatter, applicant, as, backOfficeTask, matterDetail, waitFor, work } from '../../support/matters';

jest.setTimeout(180_000);

const db = testDb();
afterAll(() => db.$disconnect());

const ITEM = 'MZ-002';
const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

async function acceptWithEmail() {
  const email = `withdraw-${randomUUID().slice(0, 8)}@example.cn`;
  const matter = await acceptMatter(ITEM, { extra: { applicant: { ...applicant(), email } } });
  const { phoneLast4 } = await db.matter.findUniqueOrThrow({ where: { id: matter.id }, select: { phoneLast4: true } });
  return { matter, email, phoneLast4 };
}

const withdrawAtWindow = async (matterId: string, content: Buffer, key = randomUUID(), reason = '申请人已另行办理') =>
  uploadFile(
    await as('clerk'),
    `/matters/${matterId}/withdrawal`,
    { filename: '撤件申请书.pdf', content },
    { reason },
    { 'idempotency-key': key },
  );

/** The matter after a withdrawal: WITHDRAWN, no open task, no open stop of the clock, its notice in the outbox. */
async function expectWithdrawn(matterId: string) {
  const matter = await db.matter.findUniqueOrThrow({ where: { id: matterId } });
  expect(matter.status).toBe('WITHDRAWN');
  expect(matter.completedAt).not.toBeNull();
  expect(await db.task.count({ where: { matterId, status: { in: ['OPEN', 'CLAIMED'] } } })).toBe(0);
  expect(await db.suspension.count({ where: { matterId, endedAt: null } })).toBe(0);
  const notices = await db.notice.findMany({ where: { matterId, kind: 'WITHDRAWN' } });
  expect(notices.map((n) => n.channel).sort()).toEqual(['EMAIL', 'SMS']);
  return matter;
}

describe('撤件 at the window', () => {
  test('with the signed request: the tasks are cancelled, the clock stops, the notice goes out; once only', async () => {
    const { matter, email } = await acceptWithEmail();
    const task = await backOfficeTask(matter.id);
    const path = `/matters/${matter.id}/withdrawal`;
    const pdf = await samplePdf('signed withdrawal request');

    // who may not, and what is not enough: nothing recorded
    const approver = await uploadFile(
      await as('minzheng'),
      path,
      { filename: 'a.pdf', content: pdf },
      { reason: '撤件' },
    );
    expect(approver.status).toBe(403);
    const noReason = await uploadFile(await as('clerk'), path, { filename: 'a.pdf', content: pdf }, { reason: ' ' });
    expect(noReason.status).toBe(400);
    const notPdf = await withdrawAtWindow(matter.id, Buffer.from('just text'));
    expect(notPdf.status).toBeGreaterThanOrEqual(400);
    expect(notPdf.status).toBeLessThan(500);
    expect(await db.withdrawal.count({ where: { matterId: matter.id } })).toBe(0);
    expect((await matterDetail(matter.id)).status).toBe('IN_PROGRESS');

    const key = randomUUID();
    const done = await withdrawAtWindow(matter.id, pdf, key);
    expect(done.status).toBe(201);
    expect(done.body).toMatchObject({
      channel: 'WINDOW',
      reason: '申请人已另行办理',
      fileName: '撤件申请书.pdf',
      mime: 'application/pdf',
      sha256: sha256(pdf),
      recordedByName: expect.any(String),
    });
    expect(done.body.fileKey).toBeUndefined();
    await expectWithdrawn(matter.id);
    const cancelled = await db.task.findUniqueOrThrow({ where: { taskKey: task.taskKey } });
    expect(cancelled).toMatchObject({ status: 'CANCELLED', comment: '申请人撤件 / withdrawn by the applicant' });
    expect(await db.matterEvent.count({ where: { matterId: matter.id, type: 'matter.withdrawn' } })).toBe(1);
    const [audited] = await db.auditLog.findMany({ where: { action: 'matter.withdraw', objectId: matter.id } });
    expect(audited).toMatchObject({ actorName: 'clerk', detail: expect.objectContaining({ sha256: sha256(pdf) }) });

    // a retry with the same key answers with the same withdrawal; another one is refused
    const again = await withdrawAtWindow(matter.id, pdf, key);
    expect(again).toMatchObject({ status: 201, body: { id: done.body.id } });
    const second = await withdrawAtWindow(matter.id, pdf);
    expect(second.status).toBe(409);
    expect(second.body.error.details).toMatchObject({ code: 'ALREADY_WITHDRAWN' });
    expect(await db.withdrawal.count({ where: { matterId: matter.id } })).toBe(1);
    // a step on a withdrawn matter's cancelled task is refused
    await expect(work(task)).rejects.toThrow();

    // the record and the signed request, as the matter page shows them
    const record = await (await as('manager')).get(`/matters/${matter.id}/withdrawal`);
    expect(record.body.withdrawal).toMatchObject({ id: done.body.id, channel: 'WINDOW' });
    const doc = await fetch(`${API_URL}/api${path}/document?download=1`, {
      headers: { cookie: (await as('manager')).cookieHeader },
    });
    expect(doc.status).toBe(200);
    expect(sha256(Buffer.from(await doc.arrayBuffer()))).toBe(sha256(pdf));
    expect(await db.auditLog.count({ where: { action: 'withdrawal.request.download', objectId: done.body.id } })).toBe(
      1,
    );

    // the withdrawal notice reaches the applicant
    const [mail] = await waitFor('the withdrawal e-mail', async () => {
      const found = await searchMail(`to:"${email}" subject:"撤件通知"`);
      return found.length ? found : undefined;
    });
    expect(mail.Subject).toContain(matter.receiptNo);
    expect(await mailText(mail.ID)).toContain('撤件理由：申请人已另行办理');
  });
});

describe('撤件 on the public page', () => {
  test('after the receipt number and phone check; a wrong phone tells nothing about the receipt', async () => {
    const { matter, phoneLast4 } = await acceptWithEmail();
    await backOfficeTask(matter.id);
    const anonymous = new ApiClient();
    const wrong = phoneLast4 === '0000' ? '1111' : '0000';
    const wrongPhone = await anonymous.post('/public/withdrawal', {
      receiptNo: matter.receiptNo,
      phoneLast4: wrong,
      reason: '不再需要',
    });
    const unknownReceipt = await anonymous.post('/public/withdrawal', {
      receiptNo: `NO-${randomUUID().slice(0, 8)}`,
      phoneLast4,
      reason: '不再需要',
    });
    expect(wrongPhone.status).toBe(404);
    expect(unknownReceipt.status).toBe(404);
    expect(wrongPhone.body.error.message).toBe(unknownReceipt.body.error.message);
    expect((await matterDetail(matter.id)).status).toBe('IN_PROGRESS');
    const failed = await db.auditLog.findFirst({
      where: { action: 'public.lookup.failed', objectId: matter.receiptNo },
      orderBy: { seq: 'desc' },
    });
    expect(failed?.detail).toEqual({ during: 'public.withdrawal' });

    const done = await anonymous.post('/public/withdrawal', {
      receiptNo: matter.receiptNo,
      phoneLast4,
      reason: '不再需要',
    });
    expect(done).toMatchObject({ status: 200, body: { ok: true, status: 'WITHDRAWN' } });
    await expectWithdrawn(matter.id);
    expect(await db.withdrawal.findUniqueOrThrow({ where: { matterId: matter.id } })).toMatchObject({
      channel: 'PUBLIC',
      reason: '不再需要',
      actorId: null,
      fileKey: null,
    });
    expect(await db.auditLog.count({ where: { action: 'public.withdrawal', objectId: matter.id } })).toBe(1);
    const lookup = await anonymous.get(
      `/public/lookup?receiptNo=${encodeURIComponent(matter.receiptNo)}&phoneLast4=${phoneLast4}`,
    );
    expect(lookup.body).toMatchObject({ status: 'WITHDRAWN', paused: false, canRate: false });

    const again = await anonymous.post('/public/withdrawal', {
      receiptNo: matter.receiptNo,
      phoneLast4,
      reason: '不再需要',
    });
    expect(again.status).toBe(409);
  });

  test('wrong phones are throttled with the look-up: the withdrawal counts as a failed look-up', async () => {
    const { matter, phoneLast4 } = await acceptWithEmail();
    const anonymous = new ApiClient();
    const wrong = phoneLast4 === '0000' ? '1111' : '0000';
    const attempt = (phone: string) =>
      anonymous.post('/public/withdrawal', { receiptNo: matter.receiptNo, phoneLast4: phone, reason: '不再需要' });
    // the three free failures of the look-up's throttle, counted on the same receipt number
    for (let i = 0; i < 3; i++) expect((await attempt(wrong)).status).toBe(404);
    const counts = await db.lookupThrottle.findMany({ where: { key: { startsWith: `${matter.receiptNo}|` } } });
    expect(counts.map((c) => c.failures)).toEqual([3, 3]);
    // while the receipt is blocked (as after many failures), even the right phone waits and nothing moves
    await db.lookupThrottle.update({
      where: { key: `${matter.receiptNo}|*` },
      data: { blockedUntil: new Date(Date.now() + 3_600_000) },
    });
    const blocked = await attempt(phoneLast4);
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.message).toMatch(/秒后再试/);
    expect((await matterDetail(matter.id)).status).toBe('IN_PROGRESS');
  });
});
