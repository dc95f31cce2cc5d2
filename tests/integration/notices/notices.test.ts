import { APPLICANT_NOTICE_KINDS } from '../../../domain/notices';
import { randomUUID } from 'node:crypto';
import { addCalendarDays, chinaDateOf } from '../../../domain/china-time';
import { createPiiCipher } from '../../../platform/pii';
import { calendarChanged } from '../../../workflows/procedure-contract';
import { testDb } from '../../support/db';
import { mailText, searchMail, startStackMailpit, stopStackMailpit } from '../../support/mailpit';
import { acceptMatter, applicant, as, backOfficeTask, waitFor, work, workerFor } from '../../support/matters';
import { useTemporalClient } from '../../support/temporal-client';

jest.setTimeout(180_000);

const db = testDb();
const temporal = useTemporalClient();
afterAll(() => db.$disconnect());

const ITEM = 'MZ-002';
const mailbox = () => `notice-${randomUUID().slice(0, 8)}@example.cn`;

interface MatterNotice {
  id: string;
  kind: string;
  channel: 'EMAIL' | 'SMS';
  status: string;
  attempts: number;
  lastError: string | null;
  provider: string | null;
  recipientMasked: string | null;
  subject: string | null;
  body: string | null;
}

async function noticesOf(matterId: string, username = 'manager'): Promise<MatterNotice[]> {
  const res = await (await as(username)).get(`/matters/${matterId}/notices`);
  if (res.status !== 200) throw new Error(`notices of ${matterId}: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.data;
}

const noticeOf = (
  matterId: string,
  kind: string,
  channel: 'EMAIL' | 'SMS',
  done = (n: MatterNotice) => n.status !== 'PENDING',
) =>
  waitFor(`the ${kind} ${channel} notice of ${matterId}`, async () =>
    (await noticesOf(matterId)).find((n) => n.kind === kind && n.channel === channel && done(n)),
  );

async function acceptWithEmail(email: string) {
  const person = applicant();
  const matter = await acceptMatter(ITEM, { extra: { applicant: { ...person, email } } });
  return { matter, person };
}

describe('notices to the applicant', () => {
  test('the acceptance e-mail with the receipt number arrives in Mailpit once; the matter page shows each notice', async () => {
    const email = mailbox();
    const { matter, person } = await acceptWithEmail(email);

    const [mail] = await waitFor('the acceptance e-mail', async () => {
      const found = await searchMail(`to:"${email}"`);
      return found.length ? found : undefined;
    });
    expect(mail.Subject).toContain(matter.receiptNo);
    const text = await mailText(mail.ID);
    expect(text).toContain(`受理编号：${matter.receiptNo}`);
    expect(text).toContain(`/#/public/track?receiptNo=${matter.receiptNo}`);

    const sent = await noticeOf(matter.id, 'ACCEPTED', 'EMAIL');
    expect(sent).toMatchObject({ status: 'SENT', provider: 'smtp', attempts: 1, recipientMasked: 'n***@example.cn' });
    // the notice's id is the Message-ID: a second sending is the same message, which the relay drops
    expect(mail.MessageID).toBe(`${sent.id}@onewindow.local`);
    expect(await searchMail(`message-id:"${sent.id}@onewindow.local"`)).toHaveLength(1);

    // no SMS contract here: the text is recorded, as it would have gone out, and marked so
    const sms = await noticeOf(matter.id, 'ACCEPTED', 'SMS');
    expect(sms).toMatchObject({ status: 'RECORDED', provider: 'sms-record' });
    expect(sms.body).toMatch(new RegExp(`^【便民服务中心】.*受理编号 ${matter.receiptNo}`));
    expect(sms.recipientMasked).toBe(`${person.phone.slice(0, 3)}****${person.phone.slice(7)}`);

    // the address is stored encrypted, and no answer carries it or the phone in clear
    const row = await db.matter.findUniqueOrThrow({ where: { id: matter.id } });
    expect(row.applicantEmailCipher).toMatch(/^v1:/);
    const page = JSON.stringify([
      await noticesOf(matter.id),
      (await (await as('manager')).get(`/matters/${matter.id}`)).body,
    ]);
    expect(page).not.toContain(email);
    expect(page).not.toContain(person.phone);
  });

  test('an e-mail address that is not one is refused at intake with a clear 400, and nothing is written', async () => {
    const res = await (
      await as('clerk')
    ).post('/matters/intake', {
      idempotencyKey: randomUUID(),
      itemCode: ITEM,
      applicant: { ...applicant(), email: 'not an address' },
      providedMaterials: [],
      decision: 'ACCEPT',
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body.error.details)).toContain('电子邮箱格式不正确');
  });

  test('SMTP down: the e-mails stay pending and are retried; once it is back each arrives exactly once', async () => {
    await stopStackMailpit();
    let accepted: Array<{ id: string; email: string }> = [];
    try {
      for (let i = 0; i < 3; i++) {
        const email = mailbox();
        accepted.push({ id: (await acceptWithEmail(email)).matter.id, email });
      }
      // tried, failed, waiting to be tried again: pending with the reason, never lost
      for (const { id } of accepted) {
        const waiting = await noticeOf(id, 'ACCEPTED', 'EMAIL', (n) => n.attempts >= 2);
        expect(waiting.status).toBe('PENDING');
        expect(waiting.lastError).toMatch(/SMTP/);
        // the SMS does not wait for the e-mail
        expect((await noticeOf(id, 'ACCEPTED', 'SMS')).status).toBe('RECORDED');
      }
    } finally {
      await startStackMailpit();
    }
    for (const { id, email } of accepted) {
      const sent = await noticeOf(id, 'ACCEPTED', 'EMAIL', (n) => n.status === 'SENT');
      expect(sent.attempts).toBeGreaterThanOrEqual(3);
      await waitFor(`the e-mail to ${email}`, async () => (await searchMail(`to:"${email}"`)).length > 0);
      expect(await searchMail(`to:"${email}"`)).toHaveLength(1);
    }
    accepted = [];
  });

  test('补正 and a moved due date reach the applicant with their reason', async () => {
    const email = mailbox();
    const { matter } = await acceptWithEmail(email);
    const task = await backOfficeTask(matter.id);
    const handler = await as(workerFor(task));
    await handler.post(`/tasks/${task.id}/claim`);
    const asked = await handler.post(`/tasks/${task.id}/supplement`, {
      reason: '户口簿复印件不清晰',
      missing: ['户口簿', '收入证明'],
    });
    expect(asked.status).toBe(200);
    const supplement = await noticeOf(matter.id, 'SUPPLEMENT_REQUESTED', 'SMS');
    expect(supplement.body).toContain('户口簿、收入证明');
    expect(supplement.body).toContain('户口簿复印件不清晰');
    await noticeOf(matter.id, 'SUPPLEMENT_REQUESTED', 'EMAIL');
    expect((await (await as('clerk')).post(`/matters/${matter.id}/supplied`, {})).status).toBe(200);

    // accepted a month earlier: the recount moves the due date, and the applicant is told the old and the new one
    const before = await db.matter.findUniqueOrThrow({ where: { id: matter.id } });
    const at = new Date(before.acceptedAt.getTime() - 30 * 86_400_000);
    await db.matter.update({ where: { id: matter.id }, data: { acceptedAt: at } });
    await temporal()
      .workflow.getHandle(before.workflowId)
      .signal(calendarChanged, { reasonZh: '2027 年放假安排公布', reasonEn: '2027 holiday schedule published' });
    const moved = await noticeOf(matter.id, 'DUE_DATE_CHANGED', 'EMAIL');
    const after = await db.matter.findUniqueOrThrow({ where: { id: matter.id } });
    expect(after.dueDate).not.toBe(before.dueDate);
    expect(moved.body).toContain(`此前为 ${before.dueDate}`);
    expect(moved.body).toContain('2027 年放假安排公布');
    const [mail] = await searchMail(`to:"${email}" subject:办结日期调整`);
    expect(mail?.Subject).toContain(matter.receiptNo);
    // a month late: overdue, and whoever holds the step is told in the bell
    const holder = await db.user.findUniqueOrThrow({ where: { username: workerFor(task) } });
    const red = await waitFor('the overdue notice', () =>
      db.staffNotice.findFirst({ where: { matterId: matter.id, kind: 'WARNING_RED', userId: holder.id } }),
    );
    expect(red.data).toMatchObject({ receiptNo: matter.receiptNo, dueDate: after.dueDate });
  });

  test('容缺: an owed material due tomorrow is reminded of, to the applicant and to the accepting clerk, once', async () => {
    const tomorrow = addCalendarDays(chinaDateOf(new Date()), 1);
    const acceptOwing = async () => {
      const res = await (
        await as('clerk')
      ).post('/matters/intake', {
        idempotencyKey: randomUUID(),
        itemCode: ITEM,
        applicant: { ...applicant(), email: mailbox() },
        decision: 'ACCEPT_WITH_DEFICIENCY',
        providedMaterials: ['APPLICATION', 'ID_CARD'],
        owed: [{ code: 'HARDSHIP', dueDate: tomorrow }],
      });
      expect(res.status).toBe(201);
      return res.body.matter.id as string;
    };
    const reminderOf = (matterId: string) =>
      waitFor('the reminder', async () =>
        (await noticesOf(matterId)).find((n) => n.kind === 'DEFICIENCY_REMINDER' && n.channel === 'SMS' && n.body),
      );
    const matterId = await acceptOwing();
    const reminder = await reminderOf(matterId);
    expect(reminder.body).toContain(`须于 ${tomorrow} 前补交：困难情况证明材料`);
    await noticeOf(matterId, 'DEFICIENCY_REMINDER', 'EMAIL');
    const clerkUser = await db.user.findUniqueOrThrow({ where: { username: 'clerk' } });
    const due = await waitFor('the clerk’s reminder', () =>
      db.staffNotice.findFirst({ where: { matterId, kind: 'DEFICIENCY_DUE', userId: clerkUser.id } }),
    );
    expect(due.data).toMatchObject({ owedDueDate: tomorrow });
    // a later sweep (it reminds of a matter accepted after the first reminder) writes nothing more for this one
    await reminderOf(await acceptOwing());
    expect(await db.notice.count({ where: { matterId, kind: 'DEFICIENCY_REMINDER' } })).toBe(2);
    expect(await db.staffNotice.count({ where: { matterId, kind: 'DEFICIENCY_DUE' } })).toBe(1);
  });

  test('a notice that cannot be sent fails with its reason; a manager sends it again once the cause is put right', async () => {
    const { matter } = await acceptWithEmail(mailbox());
    await noticeOf(matter.id, 'ACCEPTED', 'EMAIL');
    // the matter's address cannot be read (as if PII_KEY had changed): the next notice cannot be sent, and says why
    await db.matter.update({ where: { id: matter.id }, data: { applicantEmailCipher: 'v1:broken:x:y' } });
    const notice = await db.notice.create({
      data: {
        key: `${matter.id}:test:${randomUUID()}`,
        matterId: matter.id,
        kind: 'RESULT_READY',
        channel: 'EMAIL',
        data: { resultNo: 'ZS-TEST-1' },
        nextAttemptAt: new Date(),
        createdAt: new Date(),
      },
    });
    const failed = await noticeOf(matter.id, 'RESULT_READY', 'EMAIL');
    expect(failed).toMatchObject({ id: notice.id, status: 'FAILED', attempts: 1 });
    expect(failed.lastError).toContain('无法解密');

    expect((await (await as('clerk')).post(`/notices/${notice.id}/retry`)).status).toBe(403);
    const email = mailbox();
    await db.matter.update({
      where: { id: matter.id },
      data: { applicantEmailCipher: createPiiCipher(process.env.PII_KEY!).encrypt(email) },
    });
    expect((await (await as('manager')).post(`/notices/${notice.id}/retry`)).status).toBe(200);
    const sent = await noticeOf(matter.id, 'RESULT_READY', 'EMAIL', (n) => n.status === 'SENT');
    expect(sent.attempts).toBe(1);
    expect((await (await as('manager')).post(`/notices/${notice.id}/retry`)).status).toBe(409);
    const [mail] = await waitFor('the result e-mail', async () => {
      const found = await searchMail(`to:"${email}"`);
      return found.length ? found : undefined;
    });
    expect(await mailText(mail.ID)).toContain('ZS-TEST-1');
    const audit = await db.auditLog.count({ where: { action: 'notice.retry', objectId: notice.id } });
    expect(audit).toBe(1);
  });
});

describe('notice templates', () => {
  test('an admin edits a template; an unknown placeholder is a clear 400; others may not', async () => {
    const admin = await as('admin');
    const list = await admin.get('/notice-templates');
    expect(list.status).toBe(200);
    expect(list.body.total).toBe(APPLICANT_NOTICE_KINDS.length);
    const accepted = list.body.data.find((t: { kind: string }) => t.kind === 'ACCEPTED');
    expect(accepted.placeholders).toEqual(expect.arrayContaining(['receiptNo', 'itemName', 'dueDate', 'lookupUrl']));

    const bad = await admin.put('/notice-templates/ACCEPTED', {
      ...accepted,
      smsText: '受理编号 {receiptNo}，{receiptNumber}',
      emailBody: '{applicantIdNumber}',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('{receiptNumber}');
    expect(bad.body.error.message).toContain('{applicantIdNumber}');
    expect(bad.body.error.messageEn).toContain('Unknown placeholders');
    expect((await admin.put('/notice-templates/NO_SUCH_KIND', accepted)).status).toBe(400);
    expect((await (await as('clerk')).get('/notice-templates')).status).toBe(403);
    expect((await (await as('manager')).put('/notice-templates/ACCEPTED', accepted)).status).toBe(403);

    const marker = `T${randomUUID().slice(0, 6)}`;
    const edited = await admin.put('/notice-templates/ACCEPTED', {
      ...accepted,
      emailSubject: `${marker} 已受理 {receiptNo}`,
    });
    try {
      expect(edited.status).toBe(200);
      expect(edited.body.emailSubject).toBe(`${marker} 已受理 {receiptNo}`);
      const email = mailbox();
      const { matter } = await acceptWithEmail(email);
      const [mail] = await waitFor('the e-mail with the edited subject', async () => {
        const found = await searchMail(`to:"${email}"`);
        return found.length ? found : undefined;
      });
      expect(mail.Subject).toBe(`${marker} 已受理 ${matter.receiptNo}`);
    } finally {
      await admin.put('/notice-templates/ACCEPTED', accepted);
    }
  });
});

describe('the bell: in-console notices for staff', () => {
  // other suites work 民政办 tasks at the same time: the checks name notices, not counts
  test('a new task for my department, and a 督办 addressed to me; read one, read all; nobody else sees them', async () => {
    type Row = { id: string; kind: string; matterId: string; readAt: string | null; data: Record<string, string> };
    const minzheng = await as('minzheng');
    const matter = await acceptMatter(ITEM);
    const task = await backOfficeTask(matter.id);
    expect(task.candidateDepartmentCode).toBe('MINZHENG');

    const listOf = async (username: string, unread = false) =>
      (await (await as(username)).get(`/my-notices?perPage=100${unread ? '&unread=true' : ''}`)).body.data as Row[];
    const noticeOn = (username: string, kind: string, unread = true) =>
      waitFor(`the ${kind} notice of ${username}`, async () =>
        (await listOf(username, unread)).find((n) => n.kind === kind && n.matterId === matter.id),
      );
    const newTask = await noticeOn('minzheng', 'TASK_NEW');
    expect(newTask.data).toMatchObject({ receiptNo: matter.receiptNo, taskName: task.name });
    expect((await minzheng.get('/my-notices/unread-count')).body.unread).toBeGreaterThan(0);
    // the department's other approver has one too; another department's sees none, and cannot mark it
    await noticeOn('minzheng2', 'TASK_NEW');
    expect((await listOf('canlian')).some((n) => n.matterId === matter.id)).toBe(false);
    expect((await (await as('canlian')).post(`/my-notices/${newTask.id}/read`)).status).toBe(404);

    const minzhengUser = await db.user.findUniqueOrThrow({ where: { username: 'minzheng' } });
    const supervised = await (
      await as('manager')
    ).post(`/matters/${matter.id}/supervise`, { message: '请于今日内办结', toUserId: minzhengUser.id });
    expect(supervised.status).toBe(201);
    const supervision = await noticeOn('minzheng', 'SUPERVISED');
    expect(supervision.data.message).toBe('请于今日内办结');
    expect((await listOf('minzheng2')).some((n) => n.kind === 'SUPERVISED' && n.matterId === matter.id)).toBe(false);

    // reading one twice is fine; read-all reads the rest
    expect((await minzheng.post(`/my-notices/${newTask.id}/read`)).status).toBe(200);
    expect((await minzheng.post(`/my-notices/${newTask.id}/read`)).status).toBe(200);
    const unreadIds = async () => new Set((await listOf('minzheng', true)).map((n) => n.id));
    expect((await unreadIds()).has(newTask.id)).toBe(false);
    expect((await unreadIds()).has(supervision.id)).toBe(true);
    const all = await minzheng.post('/my-notices/read-all');
    expect(all.body).toMatchObject({ ok: true });
    expect(all.body.count).toBeGreaterThanOrEqual(1);
    expect((await unreadIds()).has(supervision.id)).toBe(false);

    // once the task is done, nobody needs to be told of it any more: minzheng2's notice of it is settled (the next
    // step's is new)
    await work(task);
    await waitFor('the settled notice', async () => {
      const theirs = (await listOf('minzheng2')).find(
        (n) => n.kind === 'TASK_NEW' && n.matterId === matter.id && n.data.taskName === task.name,
      );
      return Boolean(theirs?.readAt);
    });
  });
});
