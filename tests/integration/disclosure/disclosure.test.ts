import { chinaDateOf } from '../../../domain/china-time';
import { quarterOf, recentQuarters } from '../../../domain/quarters';
import { API_URL, ApiClient } from '../../support/api-client';
import { testDb } from '../../support/db';
import { as } from '../../support/matters';
import { insertMatter } from '../admin-fixtures/matter-rows';

/** a 1×1 PNG */
const PNG = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';

describe('办事公开: the public guide, agents, results notice and hall screen (no login)', () => {
  const db = testDb();
  const anonymous = new ApiClient();
  afterAll(() => db.$disconnect());

  it('lists the active items with their department, limits and fees, without a login', async () => {
    const res = await anonymous.get('/public/guide');
    expect(res.status).toBe(200);
    expect(res.body.centre).toMatchObject({ name: '城关镇便民服务中心', complaintPhone: '0731-8888 1200' });
    const dibao = res.body.items.find((i: { code: string }) => i.code === 'MZ-001');
    // the console's admin test edits the promised limit: the catalogue's value as it stands
    const item = await db.serviceItem.findUniqueOrThrow({ where: { code: 'MZ-001' } });
    expect(dibao).toMatchObject({
      name: '最低生活保障申请',
      departmentName: '民政办',
      promisedDays: item.promisedDays,
      statutoryDays: 30,
      fees: { free: true, lines: [] },
    });
    const registration = res.body.items.find((i: { code: string }) => i.code === 'ZR-002');
    expect(registration.fees).toEqual({
      free: false,
      lines: [expect.objectContaining({ name: '不动产权属证书工本费', amountFen: 1000, unit: '每本' })],
    });
    expect(registration.fees.lines[0].basis).toContain('发改价格规〔2016〕2559号');
    const searched = await anonymous.get(`/public/guide?q=${encodeURIComponent('低保')}`);
    expect(searched.body.items.map((i: { code: string }) => i.code)).toEqual(['MZ-001']);
  });

  it('gives an item’s full guide: basis, materials with samples, fees, where and when, the complaint phone', async () => {
    const res = await anonymous.get('/public/guide/MZ-001');
    expect(res.status).toBe(200);
    expect(res.body.legalBasis).toContain('社会救助暂行办法');
    expect(res.body.materials[0]).toMatchObject({ name: '申请书（表）', required: true });
    expect(res.body.materials[0].sample).toContain('申请人');
    expect(res.body.centre.hours).toContain('8:30');
    // the organisation tests add windows and stations of their own while this runs
    expect(res.body.windows).toEqual(expect.arrayContaining(['1号综合受理窗口', '2号综合受理窗口']));
    expect(res.body.stations).toContain('东村便民服务站');
    expect(res.body.deliveryMethods).toEqual(['ONSITE', 'MAIL']);
  });

  it('answers 404 for an unknown or inactive item', async () => {
    expect((await anonymous.get('/public/guide/XX-999')).status).toBe(404);
    await db.serviceItem.update({ where: { code: 'NY-002' }, data: { active: false } });
    try {
      const res = await anonymous.get('/public/guide/NY-002');
      expect(res.status).toBe(404);
      expect(res.body.error.message).toBe('事项 NY-002 不存在');
      const list = await anonymous.get('/public/guide');
      expect(list.body.items.map((i: { code: string }) => i.code)).not.toContain('NY-002');
    } finally {
      await db.serviceItem.update({ where: { code: 'NY-002' }, data: { active: true } });
    }
  });

  it('posts the village agents with station and phone; an admin sets the photo, checked against its bytes', async () => {
    const before = await anonymous.get('/public/agents');
    expect(before.status).toBe(200);
    const card = before.body.find((a: { name: string }) => a.name === '刘代办');
    expect(card).toMatchObject({ stationName: '东村便民服务站', village: '东村', phone: '13907310001' });

    const admin = await as('admin');
    const lying = await admin.put(`/agent-profiles/${card.id}`, {
      phone: '13907310001',
      photo: `data:image/jpeg;base64,${PNG}`,
    });
    expect(lying.status).toBe(400);
    expect(lying.body.error.message).toBe('照片内容不是所声明的图片格式');
    expect((await (await as('clerk')).put(`/agent-profiles/${card.id}`, { phone: '13907310001' })).status).toBe(403);
    const clerk = await db.user.findUniqueOrThrow({ where: { username: 'clerk' } });
    expect((await admin.put(`/agent-profiles/${clerk.id}`, { phone: '13907310001' })).status).toBe(400);
    expect((await admin.put(`/agent-profiles/${card.id}`, { phone: '12345' })).body.error.details[0].path).toBe(
      'phone',
    );

    const saved = await admin.put(`/agent-profiles/${card.id}`, {
      phone: '13907310002',
      note: '东村代办',
      photo: `data:image/png;base64,${PNG}`,
    });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ phone: '13907310002', hasPhoto: true });
    const photo = await fetch(`${API_URL}/api/public/agents/${card.id}/photo`);
    expect(photo.status).toBe(200);
    expect(photo.headers.get('content-type')).toBe('image/png');
    expect(Buffer.from(await photo.arrayBuffer())).toEqual(Buffer.from(PNG, 'base64'));
    // a change of phone alone keeps the photo
    expect((await admin.put(`/agent-profiles/${card.id}`, { phone: '13907310001' })).body.hasPhoto).toBe(true);
    expect((await admin.put(`/agent-profiles/${card.id}`, { phone: '13907310001', photo: null })).body.hasPhoto).toBe(
      false,
    );
    expect((await fetch(`${API_URL}/api/public/agents/${card.id}/photo`)).status).toBe(404);
  });

  it('publishes the quarter’s results (办结公告) without personal data, for the last four quarters only', async () => {
    const today = chinaDateOf(new Date());
    const [current, previous] = recentQuarters(today, 2);
    const ended = await insertMatter(db, 'MZ-002', {
      status: 'COMPLETED',
      applicantName: '公告不应出现',
      completedAt: new Date(),
    });
    const rejected = await insertMatter(db, 'MZ-002', {
      status: 'REJECTED',
      completedAt: new Date(`${previous.from}T04:00:00Z`),
    });
    const open = await insertMatter(db, 'MZ-002', {});

    const res = await anonymous.get('/public/results?perPage=100');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ quarter: current.name, from: current.from, to: current.to });
    expect(res.body.quarters).toHaveLength(4);
    expect(res.body.data).toContainEqual({
      receiptNo: ended.receiptNo,
      itemName: '临时救助申请',
      result: 'COMPLETED',
      date: today,
    });
    const receipts = res.body.data.map((r: { receiptNo: string }) => r.receiptNo);
    expect(receipts).not.toContain(open.receiptNo);
    expect(receipts).not.toContain(rejected.receiptNo);
    expect(JSON.stringify(res.body)).not.toContain('公告不应出现');

    const last = await anonymous.get(`/public/results?quarter=${previous.name}&perPage=100`);
    expect(last.body.data).toContainEqual({
      receiptNo: rejected.receiptNo,
      itemName: '临时救助申请',
      result: 'REJECTED',
      date: previous.from,
    });
    const old = recentQuarters(today, 5)[4];
    const refused = await anonymous.get(`/public/results?quarter=${old.name}`);
    expect(refused.status).toBe(400);
    expect(refused.body.error.message).toBe('办结公告只公示最近 4 个季度');
    expect((await anonymous.get('/public/results?quarter=2026-Q5')).status).toBe(400);
    expect(quarterOf(today).name).toBe(current.name);
  });

  it('feeds the hall screen: discipline, commitments, fee standards, today’s figures and the latest results', async () => {
    const before = await anonymous.get('/public/display');
    expect(before.status).toBe(200);
    await insertMatter(db, 'MZ-002', { applicantName: '屏幕不应出现' });
    await insertMatter(db, 'MZ-002', { status: 'COMPLETED', completedAt: new Date() });
    const after = await anonymous.get('/public/display');
    expect(after.body.figures.acceptedToday).toBe(before.body.figures.acceptedToday + 2);
    expect(after.body.figures.completedToday).toBe(before.body.figures.completedToday + 1);
    expect(after.body.figures.inProgress).toBe(before.body.figures.inProgress + 1);
    expect(after.body.today).toBe(chinaDateOf(new Date()));
    expect(after.body.centre.discipline).toContain('不推诿、不刁难、不吃拿卡要');
    expect(after.body.centre.commitments.length).toBeGreaterThan(0);
    expect(after.body.fees).toContainEqual(
      expect.objectContaining({ itemCode: 'ZR-002', lines: [expect.objectContaining({ amountFen: 1000 })] }),
    );
    expect(after.body.latestResults.length).toBeGreaterThan(0);
    expect(JSON.stringify(after.body)).not.toContain('屏幕不应出现');
  });

  it('lets an admin keep the centre’s particulars, with a Chinese reason for bad input', async () => {
    const admin = await as('admin');
    const current = (await admin.get('/centre-profile')).body;
    const empty = await admin.put('/centre-profile', { ...current, discipline: [] });
    expect(empty.status).toBe(400);
    expect(empty.body.error.details).toMatchObject([{ path: 'discipline', message: '请至少填写一条服务纪律' }]);
    expect((await (await as('manager')).put('/centre-profile', current)).status).toBe(403);
    const { updatedAt: _ignored, ...fields } = current;
    const saved = await admin.put('/centre-profile', { ...fields, complaintPhone: '0731-8888 9999' });
    expect(saved.status).toBe(200);
    expect((await anonymous.get('/public/guide/MZ-001')).body.centre.complaintPhone).toBe('0731-8888 9999');
    await admin.put('/centre-profile', fields);
  });
});
