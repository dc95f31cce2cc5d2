import { randomUUID } from 'node:crypto';
import ExcelJS from 'exceljs';
import { API_URL } from '../../support/api-client';
import { testDb } from '../../support/db';
import { as } from '../../support/matters';
import { insertMatter } from '../admin-fixtures/matter-rows';
import { peopleSql, stationsSql, type Period } from '../../../api/assessment/assessment.sql';
import { UPHELD, NOT_UPHELD, UPHELD_FIELD } from '../../../domain/complaints';
import { Prisma } from '../../../generated/prisma/client';
import { liveBounds, livePeopleSql, liveStationsSql } from '../../support/assessment-live.sql';

const at = (iso: string) => new Date(iso);
/** 2023: no other suite writes matters or first asks then, so the figures are this suite's alone */
const YEAR = 'from=2023-01-01&to=2023-12-31';

interface Person {
  name: string;
  finished: number;
  [figure: string]: unknown;
}

describe('考核: per person and per village station, from the records, with the service index and exports', () => {
  const db = testDb();
  const xicun = `ST-XICUN-${randomUUID().slice(0, 6)}`;
  const agent2Name = `西村代办-${randomUUID().slice(0, 4)}`;
  afterAll(async () => {
    await db.assessmentWeights.update({ where: { id: 1 }, data: { efficiency: 40, quality: 40, performance: 20 } });
    await db.$disconnect();
  });

  const completedStep = async (matterId: string, username: string, done: string, formData?: object) => {
    const by = await db.user.findUniqueOrThrow({ where: { username } });
    await db.task.create({
      data: {
        matterId,
        taskKey: `fixture-${randomUUID()}`,
        nodeId: 'review',
        name: '审查',
        stepKind: 'userTask',
        status: 'COMPLETED',
        createdAt: at('2023-02-01T01:00:00Z'),
        completedAt: at(done),
        completedById: by.id,
        formData,
      },
    });
  };

  beforeAll(async () => {
    await db.assessmentWeights.update({ where: { id: 1 }, data: { efficiency: 40, quality: 40, performance: 20 } });
    const clerk = await db.user.findUniqueOrThrow({ where: { username: 'clerk' } });
    const agent = await db.user.findUniqueOrThrow({ where: { username: 'agent' } });
    const station = await db.serviceStation.create({ data: { code: xicun, name: '西村便民服务站', village: '西村' } });
    const agent2 = await db.user.create({
      data: {
        username: `xicun-${randomUUID().slice(0, 8)}`,
        displayName: agent2Name,
        passwordHash: 'fixture: no login',
        roles: ['AGENT'],
        departmentId: agent.departmentId,
        stationId: station.id,
      },
    });
    // A: via the 东村 agent, two days early, a step by 民政; rated 5
    const a = await insertMatter(db, 'MZ-001', {
      status: 'COMPLETED',
      agentId: agent.id,
      viaAgent: true,
      acceptedAt: at('2023-03-01T01:00:00Z'),
      dueAt: at('2023-03-10T09:00:00Z'),
      completedAt: at('2023-03-08T09:00:00Z'),
    });
    await completedStep(a.id, 'minzheng', '2023-03-05T01:00:00Z');
    await db.rating.create({ data: { matterId: a.id, score: 5, staffId: clerk.id, at: at('2023-03-09T02:00:00Z') } });
    // B: via the 东村 agent, a day late; rated 2
    const b = await insertMatter(db, 'MZ-001', {
      status: 'COMPLETED',
      agentId: agent.id,
      viaAgent: true,
      acceptedAt: at('2023-03-01T01:00:00Z'),
      dueAt: at('2023-03-10T09:00:00Z'),
      completedAt: at('2023-03-11T09:00:00Z'),
    });
    await db.rating.create({ data: { matterId: b.id, score: 2, staffId: clerk.id, at: at('2023-03-12T02:00:00Z') } });
    // C: at the window, a 退办 a day early, a step by 民政
    const c = await insertMatter(db, 'MZ-001', {
      status: 'REJECTED',
      acceptedAt: at('2023-04-01T01:00:00Z'),
      dueAt: at('2023-04-10T09:00:00Z'),
      completedAt: at('2023-04-09T09:00:00Z'),
    });
    await completedStep(c.id, 'minzheng', '2023-04-02T01:00:00Z');
    // D: via the 西村 agent, finished at the very limit
    await insertMatter(db, 'MZ-001', {
      status: 'COMPLETED',
      agentId: agent2.id,
      viaAgent: true,
      acceptedAt: at('2023-05-01T01:00:00Z'),
      dueAt: at('2023-05-10T09:00:00Z'),
      completedAt: at('2023-05-10T09:00:00Z'),
    });
    // not in the year: finished in 2024 (China day 2024-01-01), and one still open
    await insertMatter(db, 'MZ-001', {
      status: 'COMPLETED',
      agentId: agent.id,
      acceptedAt: at('2023-12-20T01:00:00Z'),
      dueAt: at('2024-01-10T09:00:00Z'),
      completedAt: at('2023-12-31T16:30:00Z'),
    });
    await insertMatter(db, 'MZ-001', {
      status: 'IN_PROGRESS',
      agentId: agent.id,
      acceptedAt: at('2023-06-01T01:00:00Z'),
    });
    await db.firstAsk.create({
      data: {
        channel: 'AGENT',
        responderId: agent.id,
        question: '低保怎么申请',
        outcome: 'ANSWERED',
        answer: '带户口本和收入证明到村代办点',
        askedAt: at('2023-07-01T02:00:00Z'),
      },
    });
  });

  it('gives each person’s and each station’s figures, computed from the records', async () => {
    const report = await (await as('manager')).get(`/assessment?${YEAR}`);
    expect(report.status).toBe(200);
    const person = (name: string) => report.body.people.find((p: Person) => p.name === name);
    expect(person('王窗口')).toMatchObject({
      finished: 4,
      onTime: 3,
      onTimeRate: 75,
      avgDaysUsed: 8.8,
      avgDaysAhead: 0.5,
      ratings: 2,
      avgRating: 3.5,
      goodRatings: 1,
      complaintsUpheld: 0,
    });
    expect(person('张民政')).toMatchObject({
      finished: 2,
      onTime: 2,
      onTimeRate: 100,
      avgDaysUsed: 7.8,
      avgDaysAhead: 1.5,
    });
    expect(person('刘代办')).toMatchObject({
      finished: 2,
      onTime: 1,
      onTimeRate: 50,
      firstAsks: 1,
      stationName: '东村便民服务站',
    });
    expect(person(agent2Name)).toMatchObject({ finished: 1, onTimeRate: 100, firstAsks: 0 });
    // an active approver with nothing this year is listed with zeros, for the yearly assessment
    expect(person('周残联')).toMatchObject({ finished: 0, onTimeRate: null, avgDaysUsed: null });
    expect(report.body.complaintsSource).toMatchObject({ connected: true });

    const station = (code: string) => report.body.stations.find((s: { code: string }) => s.code === code);
    expect(station('ST-DONGCUN')).toMatchObject({
      finished: 2,
      onTime: 1,
      ratings: 2,
      goodRatings: 1,
      firstAsks: 1,
      parts: { efficiency: 50, quality: 50, performance: 100 },
      serviceIndex: 60,
    });
    // no ratings: judged on efficiency and performance alone, their weights (40, 20) spread over the whole
    expect(station(xicun)).toMatchObject({
      finished: 1,
      agents: 1,
      parts: { efficiency: 100, quality: null, performance: 33.3 },
      serviceIndex: 77.8,
    });
  });

  it('lets an admin set the weights, refusing any that do not add up to 100, and the index follows', async () => {
    const admin = await as('admin');
    const short = await admin.put('/assessment/weights', { efficiency: 50, quality: 30, performance: 10 });
    expect(short.status).toBe(400);
    expect(short.body.error.details[0]).toMatchObject({ message: '三项权重之和应为 100，现为 90' });
    const fraction = await admin.put('/assessment/weights', { efficiency: 49.5, quality: 30.5, performance: 20 });
    expect(fraction.body.error.details[0]).toMatchObject({ path: 'efficiency', message: '权重应为整数' });
    expect(
      (await (await as('manager')).put('/assessment/weights', { efficiency: 50, quality: 50, performance: 0 })).status,
    ).toBe(403);

    const saved = await admin.put('/assessment/weights', { efficiency: 50, quality: 50, performance: 0 });
    expect(saved.status).toBe(200);
    expect(saved.body).toMatchObject({ efficiency: 50, quality: 50, performance: 0 });
    const report = await (await as('manager')).get(`/assessment?${YEAR}`);
    const station = (code: string) => report.body.stations.find((s: { code: string }) => s.code === code);
    expect(station('ST-DONGCUN').serviceIndex).toBe(50);
    expect(station(xicun).serviceIndex).toBe(100);
  });

  it('exports people and stations as CSV and the whole report as an Excel workbook', async () => {
    const manager = await as('manager');
    const csv = await manager.get(`/assessment/people.csv?${YEAR}`);
    expect(csv.status).toBe(200);
    const lines = (csv.body as string)
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe(
      '姓名,部门,便民服务站,办结件数,按时办结,按时办结率（%）,平均用时（天）,较承诺时限平均提前（天，负数为超期）,评价数,平均评分,好评数（4–5 分）,投诉属实,首问登记',
    );
    expect(lines).toContain('刘代办,综合受理窗口,东村便民服务站,2,1,50,8.8,0.5,0,,0,0,1');
    const stations = await manager.get(`/assessment/stations.csv?${YEAR}`);
    expect(stations.body).toContain('ST-DONGCUN,东村便民服务站,东村,1,2,1,50,');

    const res = await fetch(`${API_URL}/api/assessment/export.xlsx?${YEAR}`, {
      headers: { cookie: manager.cookieHeader },
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(Buffer.from(await res.arrayBuffer()) as never);
    expect(book.worksheets.map((s) => s.name)).toEqual(['个人', '便民服务站', '说明']);
    const sheet = book.getWorksheet('便民服务站')!;
    const dongcun = sheet.getRows(2, sheet.rowCount - 1)!.find((r) => r.getCell(1).value === 'ST-DONGCUN')!;
    expect(dongcun.getCell(5).value).toBe(2);
    expect(dongcun.getCell(sheet.columnCount).value).toBe(50);
    expect(book.getWorksheet('说明')!.getRow(2).getCell(2).value).toBe('2023-01-01 至 2023-12-31');
  });

  describe('read from the daily rollup the database keeps, equal to the figures computed live from the records', () => {
    /** the rollup's figures and the live ones (tests/support/assessment-live.sql.ts) from one snapshot */
    const bothWays = (period: Period) =>
      db.$transaction(
        async (tx) => {
          const bounds = liveBounds(period);
          return {
            rolled: {
              people: await tx.$queryRaw(peopleSql(period)),
              stations: await tx.$queryRaw(stationsSql(period)),
            },
            live: {
              people: await tx.$queryRaw(livePeopleSql(bounds)),
              stations: await tx.$queryRaw(liveStationsSql(bounds)),
            },
          };
        },
        { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
      );
    /** across a year boundary, a calendar year, and the last China day of a year alone */
    const PERIODS: Period[] = [
      { from: '2022-07-01', to: '2023-06-30' },
      { from: '2022-01-01', to: '2022-12-31' },
      { from: '2022-12-31', to: '2022-12-31' },
    ];
    const expectEqualEverywhere = async () => {
      for (const period of PERIODS) {
        const { rolled, live } = await bothWays(period);
        expect(rolled).toEqual(live);
      }
    };
    /** the facts are what the migration's functions give (its backfill too), the rollup their sums by day */
    const expectFactsAndSums = async () => {
      for (const side of ['Person', 'Station']) {
        const facts = Prisma.raw(`"Assessment${side}Fact"`);
        const source = Prisma.raw(`assessment_${side.toLowerCase()}_facts(ARRAY(SELECT id FROM "AssessmentSource"))`);
        const key = side === 'Person' ? '"userId"' : '"stationId"';
        const counters = [
          'finished',
          'onTime',
          'usedMs',
          'aheadMs',
          'aheadCount',
          'ratings',
          'ratingPoints',
          'goodRatings',
          'complaintsUpheld',
          'firstAsks',
        ].map((c) => `"${c}"`);
        const summedFacts = Prisma.raw(
          `SELECT day, ${key}, ${counters.map((c) => `sum(${c})::${c.endsWith('Ms"') ? 'bigint' : 'int'}`).join(', ')}
           FROM "Assessment${side}Fact" GROUP BY day, ${key}`,
        );
        // a row whose facts were all rewritten away stays, at zero
        const rollup = Prisma.raw(
          `SELECT day, ${key}, ${counters.join(', ')} FROM "Assessment${side}Day" WHERE ${counters.map((c) => `${c} <> 0`).join(' OR ')}`,
        );
        const [stale, missing, unsummed] = await db.$transaction(
          [
            db.$queryRaw<object[]>`SELECT * FROM ${facts} EXCEPT ALL SELECT * FROM ${source}`,
            db.$queryRaw<object[]>`SELECT * FROM ${source} EXCEPT ALL SELECT * FROM ${facts}`,
            db.$queryRaw<object[]>`(${summedFacts} EXCEPT ${rollup}) UNION ALL (${rollup} EXCEPT ${summedFacts})`,
          ],
          { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead },
        );
        expect({ side, stale, missing, unsummed }).toEqual({ side, stale: [], missing: [], unsummed: [] });
      }
    };
    const byName = (rows: unknown, name: string) => (rows as Person[]).find((p) => p.name === name);

    it('gives the live figures for matters finished, late, rejected, rated and complained of, however they arrive', async () => {
      const clerk = await db.user.findUniqueOrThrow({ where: { username: 'clerk' } });
      const agent = await db.user.findUniqueOrThrow({ where: { username: 'agent' } });
      const xicunAgent = await db.user.findFirstOrThrow({ where: { displayName: agent2Name } });
      // E: at the window, three days late, a step by 民政, rated 1
      const e = await insertMatter(db, 'MZ-001', {
        status: 'COMPLETED',
        acceptedAt: at('2022-08-01T01:00:00Z'),
        dueAt: at('2022-08-10T09:00:00Z'),
        completedAt: at('2022-08-13T09:00:00Z'),
      });
      await completedStep(e.id, 'minzheng', '2022-08-05T01:00:00Z');
      await db.rating.create({ data: { matterId: e.id, score: 1, staffId: clerk.id, at: at('2022-08-20T02:00:00Z') } });
      // F: via the 西村 agent, a 退办 on time, rated 4 in the next year
      const f = await insertMatter(db, 'MZ-001', {
        status: 'REJECTED',
        agentId: xicunAgent.id,
        viaAgent: true,
        acceptedAt: at('2022-09-01T01:00:00Z'),
        dueAt: at('2022-09-10T09:00:00Z'),
        completedAt: at('2022-09-05T09:00:00Z'),
      });
      await db.rating.create({ data: { matterId: f.id, score: 4, staffId: clerk.id, at: at('2023-01-05T02:00:00Z') } });
      // G: via the 东村 agent, no promised limit, in the last millisecond of 2022 in China; steps by 残联 and the agent
      const g = await insertMatter(db, 'MZ-001', {
        status: 'COMPLETED',
        agentId: agent.id,
        viaAgent: true,
        acceptedAt: at('2022-12-20T01:00:00Z'),
        completedAt: at('2022-12-31T15:59:59.999Z'),
      });
      await completedStep(g.id, 'canlian', '2022-12-21T01:00:00Z');
      await completedStep(g.id, 'agent', '2022-12-22T01:00:00Z');
      // H: via the 东村 agent, late, finished on the first China day of 2023
      await insertMatter(db, 'MZ-001', {
        status: 'COMPLETED',
        agentId: agent.id,
        viaAgent: true,
        acceptedAt: at('2022-12-01T01:00:00Z'),
        dueAt: at('2022-12-20T09:00:00Z'),
        completedAt: at('2022-12-31T16:00:00Z'),
      });
      await db.firstAsk.create({
        data: {
          channel: 'AGENT',
          responderId: xicunAgent.id,
          question: '残疾人证怎么办',
          outcome: 'ANSWERED',
          answer: '带身份证和照片到村代办点',
          askedAt: at('2022-10-01T02:00:00Z'),
        },
      });
      // complaints replied to: 属实 against the 西村 agent by name, 属实 about matter E (its clerk), 不属实 against the
      // 东村 agent; one about matter G still open
      const complaint = async (
        subject: { subjectUserId?: string; subjectMatterId?: string },
        reply: string,
        completedAt?: string,
      ) => {
        const m = await insertMatter(db, 'TS-001', {
          status: completedAt ? 'COMPLETED' : 'IN_PROGRESS',
          acceptedAt: at('2022-11-01T01:00:00Z'),
          dueAt: at('2022-11-08T09:00:00Z'),
          ...(completedAt ? { completedAt: at(completedAt) } : {}),
        });
        await db.complaint.create({ data: { matterId: m.id, channel: 'WINDOW', content: '服务态度差', ...subject } });
        await completedStep(m.id, 'minzheng', '2022-11-05T01:00:00Z', { [UPHELD_FIELD]: reply });
        return m;
      };
      await complaint({ subjectUserId: xicunAgent.id }, UPHELD, '2022-11-10T09:00:00Z');
      await complaint({ subjectMatterId: e.id }, UPHELD, '2022-11-20T09:00:00Z');
      await complaint({ subjectUserId: agent.id }, NOT_UPHELD, '2022-11-25T09:00:00Z');
      const open = await complaint({ subjectMatterId: g.id }, UPHELD);

      await expectEqualEverywhere();
      const year = await bothWays(PERIODS[1]);
      expect(byName(year.rolled.people, agent2Name)).toMatchObject({ finished: 1, complaintsUpheld: 1, firstAsks: 1 });
      expect(byName(year.rolled.people, '王窗口')).toMatchObject({ ratings: 1, avgRating: 1, complaintsUpheld: 1 });
      expect(byName(year.rolled.people, '周残联')).toMatchObject({ finished: 1, avgDaysAhead: null });

      // what arrives after the finish: a rating, the open complaint's reply (finished twice: a retried activity), a
      // step synced late; and a finished matter written again as it stands
      await db.rating.create({ data: { matterId: g.id, score: 5, staffId: clerk.id, at: at('2023-02-01T02:00:00Z') } });
      for (let i = 0; i < 2; i++)
        await db.matter.updateMany({
          where: { id: open.id },
          data: { status: 'COMPLETED', completedAt: at('2022-12-15T09:00:00Z') },
        });
      await completedStep(e.id, 'renshe', '2022-08-06T01:00:00Z');
      await db.matter.updateMany({ where: { id: e.id }, data: { status: 'COMPLETED', completedAt: e.completedAt } });

      await expectEqualEverywhere();
      await expectFactsAndSums();
      const after = await bothWays(PERIODS[0]);
      const dongcun = (after.rolled.stations as Array<{ code: string }>).find((s) => s.code === 'ST-DONGCUN');
      // the 2023 matters A, B and H, and G: four, two of them rated in 2023 and G rated since
      expect(dongcun).toMatchObject({ finished: 4, ratings: 3, complaintsUpheld: 1 });
      expect(byName(after.rolled.people, '郑人社')).toMatchObject({ finished: 1, onTime: 0 });
    });
  });

  it('is for managers and admins only, and refuses a bad period with a Chinese reason', async () => {
    expect((await (await as('clerk')).get(`/assessment?${YEAR}`)).status).toBe(403);
    expect((await (await as('agent')).get(`/assessment/export.xlsx?${YEAR}`)).status).toBe(403);
    const manager = await as('manager');
    const backwards = await manager.get('/assessment?from=2023-12-31&to=2023-01-01');
    expect(backwards.status).toBe(400);
    expect(backwards.body.error.details[0]).toMatchObject({ path: 'to', message: '结束日期不能早于开始日期' });
    const tooLong = await manager.get('/assessment?from=2022-01-01&to=2023-12-31');
    expect(tooLong.body.error.details[0].message).toBe('一次最多统计 400 天');
    const notADate = await manager.get('/assessment/people.csv?from=2023-02-30&to=2023-12-31');
    expect(notADate.body.error.details[0].message).toBe('日期不存在');
  });
});
