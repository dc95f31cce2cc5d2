import { ApiClient } from '../../support/api-client';
import { testDb } from '../../support/db';
import { as } from '../../support/matters';

const person = (board: Array<{ name: string }>, name: string) => board.find((p) => p.name === name) as any;
const inHours = (h: number) => new Date(Date.now() + h * 3_600_000).toISOString();

describe('职责栏·去向栏: duties and whereabouts, leave from the AB岗 record', () => {
  const db = testDb();
  const anonymous = new ApiClient();
  afterAll(() => db.$disconnect());

  it('shows each person’s post and duties, at the post by default', async () => {
    const board = (await (await as('clerk')).get('/staff-board')).body;
    expect(person(board, '王窗口')).toMatchObject({
      departmentName: '综合受理窗口',
      post: '1号综合受理窗口',
      status: 'AT_POST',
      until: null,
    });
    expect(person(board, '王窗口').duties).toContain('一次性告知');
    expect(board.map((p: { name: string }) => p.name)).not.toContain('系统管理员');
  });

  it('records a spell away by the person (or a manager) and shows it until they are back', async () => {
    const clerk = await as('clerk');
    const me = person((await clerk.get('/staff-board')).body, '王窗口');
    const until = inHours(2);
    const out = await clerk.post(`/staff-board/${me.id}/whereabouts`, {
      kind: 'SITE_SURVEY',
      until,
      note: '东村宅基地勘察',
    });
    expect(out.status).toBe(201);
    expect(out.body).toMatchObject({ status: 'SITE_SURVEY', note: '东村宅基地勘察', until });

    const wall = (await anonymous.get('/public/staff-board')).body;
    expect(person(wall, '王窗口')).toEqual({
      name: '王窗口',
      departmentName: '综合受理窗口',
      post: '1号综合受理窗口',
      duties: expect.any(String),
      status: 'SITE_SURVEY',
      until,
      coveredByName: null,
    });
    const screen = (await anonymous.get('/public/display')).body;
    expect(person(screen.staff, '王窗口').status).toBe('SITE_SURVEY');
    expect(JSON.stringify(screen)).not.toContain('东村宅基地勘察');

    const colleague = person((await clerk.get('/staff-board')).body, '陈窗口');
    expect((await clerk.post(`/staff-board/${colleague.id}/whereabouts`, { kind: 'MEETING', until })).status).toBe(403);
    const byManager = await (
      await as('manager')
    ).post(`/staff-board/${colleague.id}/whereabouts`, { kind: 'MEETING', until });
    expect(byManager.body.status).toBe('MEETING');

    const back = await clerk.post(`/staff-board/whereabouts/${out.body.whereaboutsId}/return`);
    expect(back.body).toMatchObject({ status: 'AT_POST', whereaboutsId: null });
    await (await as('manager')).post(`/staff-board/whereabouts/${byManager.body.whereaboutsId}/return`);
  });

  it('refuses a return in the past or a spell longer than a week (that is leave)', async () => {
    const clerk = await as('clerk');
    const me = person((await clerk.get('/staff-board')).body, '王窗口');
    const past = await clerk.post(`/staff-board/${me.id}/whereabouts`, { kind: 'MEETING', until: inHours(-1) });
    expect(past.status).toBe(400);
    expect(past.body.error.message).toBe('预计返回时间须晚于现在');
    const long = await clerk.post(`/staff-board/${me.id}/whereabouts`, { kind: 'MEETING', until: inHours(24 * 8) });
    expect(long.body.error.message).toBe('外出超过 7 天请按请假登记 AB 岗');
    const kind = await clerk.post(`/staff-board/${me.id}/whereabouts`, { kind: 'HOLIDAY', until: inHours(1) });
    expect(kind.body.error.details[0]).toMatchObject({
      path: 'kind',
      message: '去向应为现场勘察、会议、外出办事或培训',
    });
  });

  it('takes leave from the AB岗 record, naming the colleague who covers', async () => {
    const admin = await as('admin');
    const board = (await admin.get('/staff-board')).body;
    const [a, b] = [person(board, '张民政'), person(board, '孙民政')];
    await admin.put(`/users/${a.id}/backup`, {
      backupUserId: b.id,
      absentFrom: inHours(-1),
      absentUntil: inHours(48),
    });
    try {
      const onLeave = person((await anonymous.get('/public/staff-board')).body, '张民政');
      expect(onLeave).toMatchObject({ status: 'ON_LEAVE', coveredByName: '孙民政' });
    } finally {
      await admin.put(`/users/${a.id}/backup`, { backupUserId: null });
    }
    expect(person((await admin.get('/staff-board')).body, '张民政').status).toBe('AT_POST');
  });

  it('lets only admins set posts and duties', async () => {
    const board = (await (await as('admin')).get('/staff-board')).body;
    const target = person(board, '周残联');
    expect(
      (await (await as('manager')).put(`/staff-board/${target.id}/duty`, { post: '残联', duties: 'x' })).status,
    ).toBe(403);
    const empty = await (await as('admin')).put(`/staff-board/${target.id}/duty`, { post: '', duties: '' });
    expect(empty.status).toBe(400);
    const saved = await (
      await as('admin')
    ).put(`/staff-board/${target.id}/duty`, {
      post: '残联专干',
      duties: '残疾人证核发和两项补贴的审核',
    });
    expect(saved.body).toMatchObject({ post: '残联专干', duties: '残疾人证核发和两项补贴的审核' });
  });
});
