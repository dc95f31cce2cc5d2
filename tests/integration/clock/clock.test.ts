import { createHash, randomUUID } from 'node:crypto';
import { computeDeadline } from '../../../domain/deadline';
import { createCalendarSource } from '../../../platform/calendar-source';
import { API_URL } from '../../support/api-client';
import { testDb } from '../../support/db';
import { samplePdf, uploadFile } from '../../support/material-files';
import { answerFields, clockOf, recordAnswer, untilWaitingForAuthority } from '../../support/authority-answer';
import { acceptMatter, as, backOfficeTask, driveToEnd, matterDetail, waitFor } from '../../support/matters';
import { unheardNotices } from '../../support/unheard-notices';

jest.setTimeout(180_000);

const db = testDb();
afterAll(() => db.$disconnect());

describe('上报件: the higher authority answer', () => {
  test('recorded with its document, it moves the matter on; the wait shows on the clock meanwhile', async () => {
    const matter = await acceptMatter('CL-001');
    const waiting = await untilWaitingForAuthority(matter.id);
    expect(waiting).toMatchObject({
      paused: true,
      openStops: [expect.objectContaining({ kind: 'higherAuthority' })],
      can: expect.objectContaining({ recordAnswer: true }),
    });
    expect(new Date(waiting.waitingForAuthority.since).getTime()).toBeLessThanOrEqual(Date.now());
    expect(waiting.explanation.map((l: { messageZh: string }) => l.messageZh).join('\n')).toMatch(/等待上级机关决定/);

    const canlian = await as('canlian');
    const pdf = await samplePdf('answer of the county');
    const path = `/matters/${matter.id}/authority-answer`;
    // bad input: a decision no one knows, and a text file posing as a PDF: 400, nothing recorded
    const unknown = await uploadFile(
      canlian,
      path,
      { filename: '批复.pdf', content: pdf },
      {
        ...answerFields('approve'),
        decision: 'maybe',
      },
    );
    expect(unknown.status).toBe(400);
    const notPdf = await uploadFile(
      canlian,
      path,
      { filename: '批复.pdf', content: Buffer.from('just text') },
      answerFields('approve'),
    );
    expect(notPdf.status).toBeGreaterThanOrEqual(400);
    expect(notPdf.status).toBeLessThan(500);
    expect(await db.authorityAnswer.count({ where: { matterId: matter.id } })).toBe(0);

    const key = { 'idempotency-key': randomUUID() };
    const recorded = await uploadFile(
      canlian,
      path,
      { filename: '批复.pdf', content: pdf },
      answerFields('approve'),
      key,
    );
    expect(recorded.status).toBe(201);
    expect(recorded.body).toMatchObject({
      decision: 'approve',
      referenceNo: '县残联〔2026〕12号',
      mime: 'application/pdf',
    });
    // the same request again (a retry): the same answer, not a second one
    const again = await uploadFile(canlian, path, { filename: '批复.pdf', content: pdf }, answerFields('approve'), key);
    expect(again.body.id).toBe(recorded.body.id);
    expect(await db.authorityAnswer.count({ where: { matterId: matter.id } })).toBe(1);
    // a second answer is refused: nothing waits for one any more
    const second = await uploadFile(canlian, path, { filename: '批复.pdf', content: pdf }, answerFields('refuse'));
    expect(second.status).toBe(409);

    const doc = await fetch(`${API_URL}/api/matters/${matter.id}/authority-answers/${recorded.body.id}/document`, {
      headers: { cookie: canlian.cookieHeader },
    });
    expect(doc.status).toBe(200);
    const bytes = Buffer.from(await doc.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(createHash('sha256').update(pdf).digest('hex'));

    const after = await clockOf(matter.id);
    expect(after.waitingForAuthority).toBeNull();
    expect(after.authorityAnswers).toEqual([expect.objectContaining({ id: recorded.body.id, decision: 'approve' })]);
    await driveToEnd(matter.id);
    const done = await matterDetail(matter.id);
    expect(done.status).toBe('COMPLETED');
    expect(done.events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['clock.stopped', 'authority.answered', 'clock.resumed']),
    );
  });

  test('a refusal ends the matter REJECTED with the authority and its reference number', async () => {
    const matter = await acceptMatter('CL-001');
    await untilWaitingForAuthority(matter.id);
    expect((await recordAnswer(matter.id, 'refuse')).status).toBe(201);
    const done = await waitFor('the matter rejected', async () => {
      const m = await matterDetail(matter.id);
      return m.status === 'REJECTED' ? m : undefined;
    });
    expect(done.outcomeReason).toMatch(/^县残疾人联合会不予批准（县残联〔2026〕12号）/);
  });
});

test('行政许可法第四十五条: a hearing stops the clock; its end moves the due date by the working days it lasted', async () => {
  const matter = await acceptMatter('MZ-001');
  const task = await backOfficeTask(matter.id);
  const minzheng = await as('minzheng');
  const start = (kind: string, reason = '申请人申请听证') =>
    minzheng.post(`/matters/${matter.id}/suspensions`, { kind, reason });

  const endless = await minzheng.post(`/matters/${matter.id}/suspensions/end`, { kind: 'hearing' });
  expect({ status: endless.status, message: endless.body.error.message, en: endless.body.error.messageEn }).toEqual({
    status: 409,
    message: '没有进行中的听证暂停，不能结束',
    en: 'there is no open hearing suspension to end',
  });
  expect((await start('lunchBreak')).status).toBe(400);
  expect(
    (await (await as('clerk')).post(`/matters/${matter.id}/suspensions`, { kind: 'hearing', reason: '越权' })).status,
  ).toBe(403);
  expect((await start('hearing')).status).toBe(200);
  const twice = await start('hearing', '再次听证');
  expect(twice.status).toBe(409);
  expect(twice.body.error.message).toMatch(/^听证已于 \d{4}-\d{2}-\d{2} 开始暂停计时，尚未结束，不能重复开始$/);
  const paused = await clockOf(matter.id);
  expect(paused).toMatchObject({ paused: true, openStops: [expect.objectContaining({ kind: 'hearing' })] });

  // the hearing began with the matter, eight days ago: the matter and its hearing are moved back together
  const shift = 8 * 86_400_000;
  const row = await db.matter.findUniqueOrThrow({ where: { id: matter.id } });
  const acceptedAt = new Date(row.acceptedAt.getTime() - shift);
  await db.matter.update({ where: { id: matter.id }, data: { acceptedAt } });
  const hearing = await db.suspension.findFirstOrThrow({ where: { matterId: matter.id, kind: 'hearing' } });
  const startedAt = new Date(acceptedAt.getTime() + 60_000);
  await db.suspension.update({
    where: { id: hearing.id },
    data: { startedAt, startDate: startedAt.toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' }) },
  });

  const ended = await minzheng.post(`/matters/${matter.id}/suspensions/end`, { kind: 'hearing', note: '听证会已举行' });
  expect(ended.status).toBe(200);
  const clock = await clockOf(matter.id);
  expect(clock.paused).toBe(false);
  expect(clock.pausedWorkingDays).toBeGreaterThanOrEqual(4);
  expect(clock.explanation.map((l: { messageZh: string }) => l.messageZh).join('\n')).toMatch(
    /听证.*行政许可法第四十五条/,
  );
  const calendar = await createCalendarSource(db, unheardNotices()).get();
  const unpaused = computeDeadline({ acceptedAt, promisedDays: row.promisedDays, calendar }).dueDate;
  const after = await matterDetail(matter.id);
  expect(after.dueDate).toBe(calendar.addWorkingDays(unpaused, clock.pausedWorkingDays));
  expect(clock.dueDate).toBe(after.dueDate);
  // the work went on all the while
  expect((await minzheng.get(`/tasks/${task.id}`)).body.status).not.toBe('SUSPENDED');
});

test('延长 (art. 42): an approver asks, a manager approves, the due date moves; a second request is refused', async () => {
  const matter = await acceptMatter('MZ-001');
  await backOfficeTask(matter.id);
  const before = await waitFor('due date', async () => (await matterDetail(matter.id)).dueDate);
  const minzheng = await as('minzheng');
  const manager = await as('manager');
  const ask = (body: object) => minzheng.post(`/matters/${matter.id}/extension-requests`, body);

  const beyond = await ask({ workingDays: 11, reason: '超过法定上限' });
  expect(beyond.status).toBe(400);
  expect(beyond.body.error.details[0].message).toBe('延长天数不能超过 10 个工作日（行政许可法第四十二条）');
  expect(
    (await manager.post(`/matters/${matter.id}/extension-requests`, { workingDays: 5, reason: '经理' })).status,
  ).toBe(403);
  // asked as the console asks, with an Idempotency-Key (the request's id is then derived from it)
  const asked = await minzheng.request(
    'POST',
    `/matters/${matter.id}/extension-requests`,
    { workingDays: 5, reason: '需组织专家评审' },
    { 'idempotency-key': randomUUID() },
  );
  expect(asked.status).toBe(201);
  expect(asked.body).toMatchObject({ status: 'PENDING', workingDays: 5, applied: false });
  const pendingTwice = await ask({ workingDays: 2, reason: '再申请一次' });
  expect(pendingTwice.status).toBe(409);
  expect(pendingTwice.body.error.message).toBe('该办件已有待批准的延期申请，请等待管理人员决定');
  // the approver cannot decide; the manager sees it among the pending requests
  expect((await minzheng.post(`/extension-requests/${asked.body.id}/approve`, {})).status).toBe(403);
  const pending = await manager.get('/extension-requests?status=PENDING');
  expect(pending.body.data.map((r: { id: string }) => r.id)).toContain(asked.body.id);

  const approved = await manager.post(`/extension-requests/${asked.body.id}/approve`, { note: '同意延长' });
  expect(approved.status).toBe(200);
  expect(approved.body).toMatchObject({ status: 'APPROVED', applied: true });
  const calendar = await createCalendarSource(db, unheardNotices()).get();
  const after = await matterDetail(matter.id);
  expect(after.dueDate).toBe(calendar.addWorkingDays(before, 5));
  expect(await db.extension.count({ where: { matterId: matter.id } })).toBe(1);
  expect((await clockOf(matter.id)).extendedWorkingDays).toBe(5);

  const second = await ask({ workingDays: 1, reason: '还需一天' });
  expect({ status: second.status, message: second.body.error.message, en: second.body.error.messageEn }).toEqual({
    status: 409,
    message: '该办件的办理期限已延长过，依法只能延长 1 次、不超过 10 个工作日（行政许可法第四十二条）',
    en: 'The time limit of this matter has been extended already: Licensing Law art. 42 allows 1 extension of at most 10 working days',
  });
  expect((await manager.post(`/extension-requests/${asked.body.id}/refuse`, { note: '改主意' })).status).toBe(409);
});
