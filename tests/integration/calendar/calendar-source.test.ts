import { testDb } from '../../support/db';
import { createCalendarSource } from '../../../platform/working-calendar';

/** The cached calendar every worker and API instance uses: rebuilt exactly when overrides or published years change. */
describe('calendar source', () => {
  const db = testDb();
  const YEAR = 2031; // no other test counts into it
  const cleanUp = async () => {
    await db.calendarOverride.deleteMany({ where: { date: { startsWith: `${YEAR}-` } } });
    await db.calendarYear.deleteMany({ where: { year: YEAR } });
  };
  beforeAll(cleanUp);
  afterAll(async () => {
    await cleanUp();
    await db.$disconnect();
  });

  it('sees a year published and unpublished, and keeps the same calendar while nothing changes', async () => {
    const calendars = createCalendarSource(db);
    const first = await calendars.get();
    expect(first.isPublished(YEAR)).toBe(false);
    expect(await calendars.get()).toBe(first);

    await db.calendarYear.create({ data: { year: YEAR, source: '测试', schedule: [], publishedAt: new Date() } });
    await db.calendarOverride.create({ data: { date: `${YEAR}-03-03`, kind: 'HOLIDAY', note: '测试', scheduleYear: YEAR } });
    const published = await calendars.get();
    expect(published).not.toBe(first);
    expect(published.isPublished(YEAR)).toBe(true);
    expect(published.isWorkingDay(`${YEAR}-03-03`)).toBe(false);
    expect(await calendars.get()).toBe(published);

    await db.calendarOverride.deleteMany({ where: { scheduleYear: YEAR } });
    await db.calendarYear.delete({ where: { year: YEAR } });
    const unpublished = await calendars.get();
    expect(unpublished.isPublished(YEAR)).toBe(false);
    expect(unpublished.isWorkingDay(`${YEAR}-03-03`)).toBe(true);
  });
});
