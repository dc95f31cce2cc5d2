import { randomUUID } from 'node:crypto';
import {
  acceptMatter,
  applicant,
  as,
  driveToEnd,
  itemGuide,
  keepMatterHistory,
  matterDetail,
  openTasks,
  rateAsApplicant,
  waitFor,
  work,
} from '../../support/matters';
import { recordAnswer, untilWaitingForAuthority } from '../../support/authority-answer';

jest.setTimeout(120_000);

/** The five case kinds of the policy documents, end to end through the API on the real worker. */
describe('case kinds', () => {
  test('承诺件 promised: accepted with a receipt and a promised date, worked step by step to COMPLETED', async () => {
    const matter = await acceptMatter('MZ-001');
    expect(matter.receiptNo).toMatch(/^BM-\d{8}-\d{5}$/);
    const accepted = await waitFor('the due date', async () => {
      const m = await matterDetail(matter.id);
      return m.dueDate ? m : undefined;
    });
    expect(accepted.dueDate! > accepted.acceptedAt.slice(0, 10)).toBe(true);
    const steps = await driveToEnd(matter.id);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    const done = await matterDetail(matter.id);
    expect(done.status).toBe('COMPLETED');
    const types = done.events.map((e) => e.type);
    expect(types).toEqual(
      expect.arrayContaining(['matter.accepted', 'task.opened', 'task.completed', 'service.issueResult']),
    );
    expect(done.tasks.every((t) => t.status === 'COMPLETED' || t.status === 'CANCELLED')).toBe(true);
    expect(await rateAsApplicant(matter.id)).toBe(201);
    await keepMatterHistory(matter.id, 'seeded-promised');
  });

  test('即办件 immediate: finished at the window in one step with its result issued', async () => {
    const matter = await acceptMatter('MZ-004');
    const done = await waitFor('completion', async () => {
      const m = await matterDetail(matter.id);
      return m.status === 'COMPLETED' ? m : undefined;
    });
    expect(done.events.map((e) => e.type)).toContain('service.issueResult');
    expect(await rateAsApplicant(matter.id)).toBe(201);
    await keepMatterHistory(matter.id, 'seeded-immediate');
  });

  test('联办件 joint: lead and co-departments get parallel tasks; the matter completes when all are done', async () => {
    const matter = await acceptMatter('ZR-001');
    // the window step first, then the parallel branch
    const parallel = await waitFor('parallel tasks', async () => {
      const open = await openTasks(matter.id);
      if (open.length === 1 && open[0].candidateDepartmentCode === 'WINDOW') await work(open[0]);
      return open.length >= 3 ? open : undefined;
    });
    expect(new Set(parallel.map((t) => t.candidateDepartmentCode))).toEqual(new Set(['ZIRAN', 'NONGYE', 'ZHUJIAN']));
    // a co-department approver sees the joint matter; an unrelated department does not
    expect((await (await as('nongye')).get(`/matters/${matter.id}`)).status).toBe(200);
    expect((await (await as('weijian')).get(`/matters/${matter.id}`)).status).toBe(403);
    await driveToEnd(matter.id);
    expect((await matterDetail(matter.id)).status).toBe('COMPLETED');
    expect(await rateAsApplicant(matter.id)).toBe(201);
    await keepMatterHistory(matter.id, 'seeded-joint');
  });

  test('上报件 reported: the dossier goes up, staff enter the answer, the matter ends on it', async () => {
    const matter = await acceptMatter('CL-001');
    await untilWaitingForAuthority(matter.id);
    expect((await recordAnswer(matter.id, 'approve')).status).toBe(201);
    await driveToEnd(matter.id);
    const done = await matterDetail(matter.id);
    expect(done.status).toBe('COMPLETED');
    expect(done.events.map((e) => e.type)).toContain('service.reportUp');
    expect(await rateAsApplicant(matter.id)).toBe(201);
    await keepMatterHistory(matter.id, 'seeded-reported');
  });

  test('退办件 rejected: a review rejects with a written reason; the matter ends REJECTED', async () => {
    const matter = await acceptMatter('MZ-002');
    const written = {
      reason: '家庭人均收入高于救助标准',
      legalBasis: '《社会救助暂行办法》第四十七条',
      remedies: '如不服，可于 60 日内申请行政复议，或于 6 个月内提起行政诉讼',
    };
    await driveToEnd(
      matter.id,
      (t) => (t.stepKind === 'review' || t.stepKind === 'approve' ? 'reject' : undefined),
      (t) => (t.stepKind === 'review' ? written : {}),
    );
    const done = await matterDetail(matter.id);
    expect(done.status).toBe('REJECTED');
    expect(done.outcomeReason).toBe(written.reason);
    const notice = await (await as('clerk')).get(`/matters/${matter.id}/rejection-notice`);
    expect(notice.status).toBe(200);
    expect(notice.body).toMatchObject({ ...written, receiptNo: matter.receiptNo });
    // the typed reason stays out of the workflow; the applicant's notice still carries it (read from the step's row)
    const told = await waitFor('the rejection notice', async () => {
      const notices = (await (await as('clerk')).get(`/matters/${matter.id}/notices`)).body.data;
      return notices.find((n: { kind: string; body: string | null }) => n.kind === 'REJECTED' && n.body);
    });
    expect(told.body).toContain(written.reason);
    // a rejected matter is not rated: 好差评 follows completion
    expect(await rateAsApplicant(matter.id)).toBe(409);
    await keepMatterHistory(matter.id, 'seeded-rejected');
  });

  test('a double click or a retried request never makes two matters', async () => {
    const guide = await itemGuide('MZ-005');
    const body = {
      idempotencyKey: randomUUID(),
      itemCode: 'MZ-005',
      applicant: applicant(),
      providedMaterials: guide.materials.filter((m) => m.required).map((m) => m.code),
      decision: 'ACCEPT',
    };
    const clerk = await as('clerk');
    const answers = await Promise.all(Array.from({ length: 8 }, () => clerk.post('/matters/intake', body)));
    expect(answers.map((a) => a.status)).toEqual(Array(8).fill(201));
    expect(new Set(answers.map((a) => a.body.matter.id)).size).toBe(1);
  });

  test('一次性告知 and 不予受理 issue numbered notices and accept nothing', async () => {
    const clerk = await as('clerk');
    const notice = await clerk.post('/matters/intake', {
      idempotencyKey: randomUUID(),
      itemCode: 'MZ-001',
      applicant: applicant(),
      providedMaterials: ['ID_CARD'],
      decision: 'NOTICE',
    });
    expect(notice.status).toBe(201);
    expect(notice.body.kind).toBe('NOTICE');
    expect(notice.body.notice.missing.map((m: { code: string }) => m.code)).toEqual(
      expect.arrayContaining(['APPLICATION', 'HUKOU']),
    );
    const refusal = await clerk.post('/matters/intake', {
      idempotencyKey: randomUUID(),
      itemCode: 'MZ-001',
      applicant: applicant(),
      providedMaterials: [],
      decision: 'REFUSE',
    });
    expect(refusal.status).toBe(400);
    expect(refusal.body.error.message).toContain('理由');
    const printed = await clerk.get(`/notices/${notice.body.notice.id}`);
    expect(printed.status).toBe(200);
    expect(printed.body.legalBasis.length).toBeGreaterThan(0);
  });

  test('容缺受理 records what is owed; an invalid ID number is refused with a Chinese message', async () => {
    const clerk = await as('clerk');
    const guide = await itemGuide('MZ-001');
    const deferrable = guide.materials.find((m) => m.required && m.deficiencyAllowed)!;
    const res = await clerk.post('/matters/intake', {
      idempotencyKey: randomUUID(),
      itemCode: 'MZ-001',
      applicant: applicant(),
      decision: 'ACCEPT_WITH_DEFICIENCY',
      providedMaterials: guide.materials.filter((m) => m.required && m.code !== deferrable.code).map((m) => m.code),
      owed: [{ code: deferrable.code, dueDate: '2026-12-31' }],
    });
    expect(res.status).toBe(201);
    const receipt = await clerk.get(`/matters/${res.body.matter.id}/receipt`);
    expect(receipt.body.owed).toEqual([expect.objectContaining({ code: deferrable.code, dueDate: '2026-12-31' })]);
    const person = applicant();
    const wrongCheck = person.idNumber.slice(0, 17) + (person.idNumber[17] === '0' ? '1' : '0');
    const bad = await clerk.post('/matters/intake', {
      idempotencyKey: randomUUID(),
      itemCode: 'MZ-001',
      applicant: { ...person, idNumber: wrongCheck },
      providedMaterials: [],
      decision: 'NOTICE',
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toMatch(/校验|身份证/);
  });
});
