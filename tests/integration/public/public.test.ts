import { WorkingCalendar } from '../../../domain/working-calendar';
import { chinaDateOf } from '../../../domain/china-time';
import { ApiClient, forwardedRequest } from '../../support/api-client';
import { testDb } from '../../support/db';
import { insertMatter } from '../admin-fixtures/matter-rows';

const NOT_FOUND = '未找到办件，请核对受理回执编号和手机号后四位';

describe('public look-up and rating (no login)', () => {
  const db = testDb();
  const anonymous = new ApiClient();
  let completed: { id: string; receiptNo: string };
  let running: { id: string; receiptNo: string };

  beforeAll(async () => {
    completed = await insertMatter(db, 'MZ-002', {
      status: 'COMPLETED',
      phoneLast4: '4321',
      completedAt: new Date(),
      dueDate: '2026-01-09',
    });
    running = await insertMatter(db, 'MZ-002', { phoneLast4: '4321' });
    await db.matterEvent.createMany({
      data: [
        {
          matterId: completed.id,
          eventKey: `${completed.id}:a`,
          type: 'matter.accepted',
          at: new Date('2026-01-05T01:00:00Z'),
        },
        {
          matterId: completed.id,
          eventKey: `${completed.id}:s`,
          type: 'matter.supervised',
          at: new Date('2026-01-06T01:00:00Z'),
          data: { message: '内部督办' },
        },
        {
          matterId: completed.id,
          eventKey: `${completed.id}:c`,
          type: 'matter.completed',
          at: new Date('2026-01-07T01:00:00Z'),
        },
      ],
    });
  });
  afterAll(() => db.$disconnect());

  it('needs both the receipt number and the phone digits', async () => {
    const res = await anonymous.get(`/public/lookup?receiptNo=${completed.receiptNo}`);
    expect(res.status).toBe(400);
    expect(res.body.error.details).toEqual([
      { path: 'phoneLast4', message: '请填写手机号后四位', messageEn: 'Invalid input: expected string' },
    ]);
  });

  it('gives the same 404 for a wrong phone and an unknown receipt, and audits both', async () => {
    const wrongPair = await anonymous.get(`/public/lookup?receiptNo=${completed.receiptNo}&phoneLast4=0000`);
    const unknown = await anonymous.get('/public/lookup?receiptNo=T000000000000000&phoneLast4=4321');
    expect(wrongPair.status).toBe(404);
    expect(unknown.status).toBe(404);
    expect(wrongPair.body).toEqual(unknown.body);
    expect(wrongPair.body.error.message).toBe(NOT_FOUND);
    const failed = await db.auditLog.findFirst({
      where: { action: 'public.lookup.failed', objectId: completed.receiptNo },
    });
    expect(failed).toMatchObject({ actorName: 'public', objectType: 'ReceiptNo' });
    expect(failed?.ip).toBeTruthy();
  });

  it('shows status and public steps (event codes) for the right pair', async () => {
    const res = await anonymous.get(`/public/lookup?receiptNo=${completed.receiptNo}&phoneLast4=4321`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({
      receiptNo: completed.receiptNo,
      itemName: '临时救助申请',
      status: 'COMPLETED',
      dueDate: '2026-01-09',
      canRate: true,
      rated: false,
    });
    expect(res.body.steps).toEqual([
      { type: 'matter.accepted', name: 'matter.accepted', at: '2026-01-05T01:00:00.000Z' },
      { type: 'matter.completed', name: 'matter.completed', at: '2026-01-07T01:00:00.000Z' },
    ]);
    expect(JSON.stringify(res.body)).not.toMatch(/applicant|phone|测试人/);
    expect(
      await db.auditLog.count({ where: { action: 'public.lookup', objectId: completed.id, actorName: 'public' } }),
    ).toBe(1);
  });

  it('takes one rating per completed matter; a poor score opens a rectification due in 5 working days', async () => {
    const bad = await anonymous.post('/public/rating', {
      receiptNo: completed.receiptNo,
      phoneLast4: '4321',
      score: 6,
    });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details[0].message).toBe('评分应为 1–5 分');
    expect(
      (await anonymous.post('/public/rating', { receiptNo: completed.receiptNo, phoneLast4: '9999', score: 5 })).status,
    ).toBe(404);
    const notDone = await anonymous.post('/public/rating', {
      receiptNo: running.receiptNo,
      phoneLast4: '4321',
      score: 5,
    });
    expect(notDone.status).toBe(409);

    const rated = await anonymous.post('/public/rating', {
      receiptNo: completed.receiptNo,
      phoneLast4: '4321',
      score: 2,
      comment: '等太久',
    });
    expect(rated.status).toBe(201);
    const again = await anonymous.post('/public/rating', {
      receiptNo: completed.receiptNo,
      phoneLast4: '4321',
      score: 5,
    });
    expect(again.status).toBe(409);
    expect(again.body.error.message).toBe('该办件已评价，每件只能评价一次');

    const rating = await db.rating.findUniqueOrThrow({ where: { matterId: completed.id } });
    expect(rating).toMatchObject({ score: 2, comment: '等太久' });
    const rectification = await db.rectification.findUniqueOrThrow({ where: { ratingId: rating.id } });
    const calendar = new WorkingCalendar({ overrides: await db.calendarOverride.findMany() });
    expect(rectification).toMatchObject({
      matterId: completed.id,
      status: 'OPEN',
      dueDate: calendar.addWorkingDays(chinaDateOf(new Date()), 5),
    });
    const after = await anonymous.get(`/public/lookup?receiptNo=${completed.receiptNo}&phoneLast4=4321`);
    expect(after.body).toMatchObject({ canRate: false, rated: true });
  });

  it('limits each client IP (30 a minute unless PUBLIC_RATE_LIMIT says otherwise)', async () => {
    const limit = Number(process.env.PUBLIC_RATE_LIMIT ?? 30);
    // a client of its own, forwarded by the trusted proxy, so the tests above keep their budget; requests without
    // parameters stop at validation and leave no audit rows
    const statuses: number[] = [];
    for (let i = 0; i < limit + 2; i++)
      statuses.push((await forwardedRequest('203.0.113.7', 'GET', '/public/lookup')).status);
    expect(statuses.slice(0, limit).every((s) => s === 400)).toBe(true);
    expect(statuses.slice(limit)).toEqual([429, 429]);
    expect((await forwardedRequest('203.0.113.8', 'GET', '/public/lookup')).status).toBe(400);
    // thirty-odd requests in a row: on a loaded machine they take longer than the default 30 s
  }, 120_000);

  it('believes X-Forwarded-For only from the trusted proxy: a client cannot name another address', async () => {
    const spoofed = await forwardedRequest(
      '198.51.100.77',
      'GET',
      `/public/lookup?receiptNo=${completed.receiptNo}&phoneLast4=9999`,
      undefined,
      '127.0.0.1',
    );
    expect(spoofed.status).toBe(404);
    const [entry] = await db.auditLog.findMany({
      where: { action: 'public.lookup.failed', objectId: completed.receiptNo },
      orderBy: { seq: 'desc' },
      take: 1,
    });
    expect(entry.ip).not.toContain('198.51.100.77');
    expect(entry.ip).toContain('127.0.0.1');
  });

  it('slows a guesser down without locking the applicant out; concurrent guesses share one count', async () => {
    const guess = (client: string, phoneLast4: string) =>
      forwardedRequest(client, 'GET', `/public/lookup?receiptNo=${running.receiptNo}&phoneLast4=${phoneLast4}`);
    const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => guess('203.0.113.20', `00${10 + i}`)));
    const statuses = answers.map((a) => a.status);
    const failed = statuses.filter((s) => s === 404).length;
    // three free failures, the fourth makes the next wait: the guesses queue on the receipt, so not all get through
    expect(failed).toBeGreaterThanOrEqual(4);
    expect(statuses.filter((s) => s === 429).length).toBe(8 - failed);
    expect(statuses.filter((s) => s === 429).length).toBeGreaterThan(0);
    const blocked = answers.find((a) => a.status === 429)!;
    expect(blocked.body.error.message).toMatch(/^查询失败次数过多，请 \d+ 秒后再试$/);
    const row = await db.lookupThrottle.findUniqueOrThrow({ where: { key: `${running.receiptNo}|203.0.113.20` } });
    expect(row.failures).toBe(failed);
    // the applicant, from their own address, gets in at once
    const applicant = await guess('203.0.113.21', '4321');
    expect(applicant.status).toBe(200);
    expect(applicant.body.receiptNo).toBe(running.receiptNo);
  });
});
