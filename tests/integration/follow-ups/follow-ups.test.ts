import { randomUUID } from 'node:crypto';
import { chinaDateOf } from '../../../domain/china-time';
import { WorkingCalendar } from '../../../domain/working-calendar';
import { runSql } from '../../../platform/db';
import { escalateFollowUpsSql } from '../../../platform/notices/follow-up-escalation.sql';
import { ApiClient, forwardedRequest } from '../../support/api-client';
import { testDb } from '../../support/db';
import { insertMatter } from '../admin-fixtures/matter-rows';

/** 整改 after a poor rating and 督办 with its reply, each closed by a manager (docs/ten-systems.md). */
describe('loops that close: 整改 and 督办', () => {
  const db = testDb();
  const as = (username: string) => ApiClient.login(username);
  const today = () => chinaDateOf(new Date());
  const calendar = async () => new WorkingCalendar({ overrides: await db.calendarOverride.findMany() });
  const bell = async (username: string, kind: string, matterId: string) => {
    const user = await db.user.findUniqueOrThrow({ where: { username } });
    return db.staffNotice.count({ where: { kind, matterId, userId: user.id } });
  };
  afterAll(() => db.$disconnect());

  test('a poor rating opens 整改 for the lead department; its measures are sent back, answered again and accepted, and the applicant is told', async () => {
    const matter = await insertMatter(db, 'MZ-002', {
      status: 'COMPLETED',
      phoneLast4: '5566',
      completedAt: new Date(),
    });
    const rated = await forwardedRequest('203.0.113.61', 'POST', '/public/rating', {
      receiptNo: matter.receiptNo,
      phoneLast4: '5566',
      score: 1,
      comment: '窗口态度差',
    });
    expect(rated.status).toBe(201);
    const row = await db.rectification.findFirstOrThrow({ where: { matterId: matter.id } });
    const minzheng = await db.department.findUniqueOrThrow({ where: { code: 'MINZHENG' } });
    expect(row).toMatchObject({ departmentId: minzheng.id, status: 'OPEN' });
    // no head set: the department's approvers hear of it
    expect(await bell('minzheng', 'RECTIFICATION_OPENED', matter.id)).toBe(1);
    expect(await bell('canlian', 'RECTIFICATION_OPENED', matter.id)).toBe(0);

    const approver = await as('minzheng');
    const listed = await approver.get('/rectifications?status=OPEN&perPage=100');
    const mine = listed.body.data.find((r: { id: string }) => r.id === row.id);
    expect(mine).toMatchObject({ receiptNo: matter.receiptNo, score: 1, comment: '窗口态度差', canReply: true });
    const other = await as('canlian');
    expect(
      (await other.get('/rectifications?perPage=100')).body.data.some((r: { id: string }) => r.id === row.id),
    ).toBe(false);
    expect((await other.post(`/rectifications/${row.id}/reply`, { measures: '加强窗口服务培训' })).status).toBe(403);

    const tooShort = await approver.post(`/rectifications/${row.id}/reply`, { measures: '好' });
    expect(tooShort.status).toBe(400);
    expect(tooShort.body.error.details[0].message).toBe('请写明整改措施（至少 5 个字）');
    const replied = await approver.post(`/rectifications/${row.id}/reply`, { measures: '已约谈当事人' });
    expect(replied.status).toBe(200);
    expect(replied.body).toMatchObject({ status: 'REPLIED', measures: '已约谈当事人', repliedByName: '张民政' });
    expect(await bell('manager', 'RECTIFICATION_REPLIED', matter.id)).toBe(1);
    expect((await approver.post(`/rectifications/${row.id}/reply`, { measures: '再来一次措施' })).status).toBe(409);

    const manager = await as('manager');
    expect((await approver.post(`/rectifications/${row.id}/accept`, {})).status).toBe(403);
    expect((await manager.post(`/rectifications/${row.id}/return`, {})).status).toBe(400);
    const returned = await manager.post(`/rectifications/${row.id}/return`, { note: '措施不具体' });
    expect(returned.status).toBe(200);
    expect(returned.body).toMatchObject({
      status: 'OPEN',
      returnCount: 1,
      reviewNote: '措施不具体',
      dueDate: (await calendar()).addWorkingDays(today(), 5),
    });
    expect(await bell('minzheng', 'RECTIFICATION_RETURNED', matter.id)).toBe(1);

    await approver.post(`/rectifications/${row.id}/reply`, { measures: '组织全员服务规范培训，窗口实行首问负责' });
    const accepted = await manager.post(`/rectifications/${row.id}/accept`, { note: '同意' });
    expect(accepted.body).toMatchObject({ status: 'ACCEPTED', acceptedByName: '李主任' });
    expect((await manager.post(`/rectifications/${row.id}/accept`, {})).status).toBe(409);
    const told = await db.notice.findMany({ where: { matterId: matter.id, kind: 'RECTIFIED' } });
    expect(told.map((n) => n.channel)).toEqual(['SMS']);
    expect(told[0].data).toEqual({ measures: '组织全员服务规范培训，窗口实行首问负责' });
    const audit = await db.auditLog.findMany({
      where: { objectId: matter.id, action: { startsWith: 'rectification.' } },
    });
    expect(audit.map((a) => a.action).sort()).toEqual([
      'rectification.accept',
      'rectification.reply',
      'rectification.reply',
      'rectification.return',
    ]);
  });

  test('with a head set, only the head answers for the department', async () => {
    const admin = await as('admin');
    const head = await db.user.findUniqueOrThrow({ where: { username: 'minzheng2' } });
    const outsider = await db.user.findUniqueOrThrow({ where: { username: 'canlian' } });
    const refused = await admin.put('/departments/MINZHENG', { headUserId: outsider.id });
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe('负责人应为本部门的在岗人员');
    try {
      expect((await admin.put('/departments/MINZHENG', { headUserId: head.id })).body).toMatchObject({
        headUserId: head.id,
      });
      const matter = await insertMatter(db, 'MZ-002', {
        status: 'COMPLETED',
        phoneLast4: '7788',
        completedAt: new Date(),
      });
      await forwardedRequest('203.0.113.62', 'POST', '/public/rating', {
        receiptNo: matter.receiptNo,
        phoneLast4: '7788',
        score: 2,
      });
      const row = await db.rectification.findFirstOrThrow({ where: { matterId: matter.id } });
      expect(await bell('minzheng2', 'RECTIFICATION_OPENED', matter.id)).toBe(1);
      expect(await bell('minzheng', 'RECTIFICATION_OPENED', matter.id)).toBe(0);
      const notHead = await (
        await as('minzheng')
      ).post(`/rectifications/${row.id}/reply`, { measures: '加强培训和考核' });
      expect(notHead.status).toBe(403);
      expect(notHead.body.error.message).toBe('只有责任科室负责人可以回复整改措施');
      const byHead = await (
        await as('minzheng2')
      ).post(`/rectifications/${row.id}/reply`, { measures: '加强培训和考核' });
      expect(byHead.status).toBe(200);
    } finally {
      await admin.put('/departments/MINZHENG', { headUserId: null });
    }
  });

  test('督办: the addressee replies by the reply date, the manager hears of it and closes it', async () => {
    const matter = await insertMatter(db, 'MZ-002');
    const minzheng = await db.user.findUniqueOrThrow({ where: { username: 'minzheng' } });
    const manager = await as('manager');
    expect(
      // with an Idempotency-Key, as the console sends it: the 督办's id is derived from the key
      (
        await manager.request(
          'POST',
          `/matters/${matter.id}/supervise`,
          { message: '请加快办理', toUserId: minzheng.id },
          { 'idempotency-key': randomUUID() },
        )
      ).status,
    ).toBe(201);
    const holder = await as('minzheng');
    const [s] = (await holder.get('/supervisions?status=OPEN&perPage=100')).body.data.filter(
      (x: { matterId: string }) => x.matterId === matter.id,
    );
    expect(s).toMatchObject({
      message: '请加快办理',
      toName: '张民政',
      fromName: '李主任',
      replyDueDate: (await calendar()).addWorkingDays(today(), 2),
      canReply: true,
      overdue: false,
    });
    const bystander = await as('minzheng2');
    expect(
      (await bystander.get('/supervisions?perPage=100')).body.data.some((x: { id: string }) => x.id === s.id),
    ).toBe(false);
    expect((await bystander.post(`/supervisions/${s.id}/reply`, { reply: '已办' })).status).toBe(403);

    const replied = await holder.post(`/supervisions/${s.id}/reply`, { reply: '已完成入户调查，明日审批' });
    expect(replied.body).toMatchObject({ status: 'REPLIED', repliedByName: '张民政' });
    expect(await bell('manager', 'SUPERVISION_REPLIED', matter.id)).toBe(1);
    expect((await holder.post(`/supervisions/${s.id}/close`, {})).status).toBe(403);
    const closed = await manager.post(`/supervisions/${s.id}/close`, { note: '已跟进' });
    expect(closed.body).toMatchObject({ status: 'CLOSED', closeNote: '已跟进', closedByName: '李主任' });
    expect((await manager.post(`/supervisions/${s.id}/close`, {})).status).toBe(409);
    const detail = await manager.get(`/matters/${matter.id}`);
    expect(detail.body.supervisions).toEqual([
      expect.objectContaining({ status: 'CLOSED', reply: '已完成入户调查，明日审批' }),
    ]);
    const events = await db.matterEvent.findMany({ where: { matterId: matter.id }, orderBy: { at: 'asc' } });
    expect(events.map((e) => e.type)).toEqual([
      'matter.supervised',
      'matter.supervision.replied',
      'matter.supervision.closed',
    ]);
  });

  test('a 督办 or 整改 left unanswered past its date is escalated to the managers, once, and counted on the dashboard', async () => {
    const matter = await insertMatter(db, 'MZ-002');
    const minzheng = await db.user.findUniqueOrThrow({ where: { username: 'minzheng' } });
    const manager = await as('manager');
    await manager.post(`/matters/${matter.id}/supervise`, { message: '请说明进展', toUserId: minzheng.id });
    const s = await db.supervision.findFirstOrThrow({ where: { matterId: matter.id } });
    await db.supervision.update({ where: { id: s.id }, data: { replyDueDate: '2026-01-05' } });
    const late = (await manager.get('/supervisions?overdue=true&perPage=100')).body.data;
    expect(late.find((x: { id: string }) => x.id === s.id)).toMatchObject({ overdue: true, status: 'OPEN' });

    // the worker's dispatcher sweeps too: whichever runs first, the escalation is written once
    for (let i = 0; i < 2; i++) for (const sql of escalateFollowUpsSql(today(), new Date())) await runSql(db, sql);
    expect((await db.supervision.findUniqueOrThrow({ where: { id: s.id } })).escalatedAt).not.toBeNull();
    expect(await bell('manager', 'SUPERVISION_OVERDUE', matter.id)).toBe(1);
    expect(await bell('minzheng', 'SUPERVISION_OVERDUE', matter.id)).toBe(0);

    const summary = await manager.get('/dashboard/summary');
    expect(summary.status).toBe(200);
    expect(summary.body.overdueSupervisions).toBeGreaterThanOrEqual(1);
    expect(summary.body.rectificationRate).toEqual(expect.any(Number));
  });
});
