import { testDb } from '../../support/db';
import { waitFor } from '../../support/matters';
import { createChangeNotices, type ChangeNotices } from '../../../platform/change-notices';
import { createCalendarSource } from '../../../platform/calendar-source';
import { unheardNotices } from '../../support/unheard-notices';

/** The cached calendar every worker and API instance uses: rebuilt exactly when overrides or published years change. */
describe('calendar source', () => {
  const db = testDb();
  const url = process.env.DATABASE_URL!;
  const YEAR = 2031; // no other test counts into it
  const opened: ChangeNotices[] = [];
  const notices = (databaseUrl: string) => {
    const n = createChangeNotices(databaseUrl);
    opened.push(n);
    return n;
  };
  const cleanUp = async () => {
    await db.calendarOverride.deleteMany({ where: { date: { startsWith: `${YEAR}-` } } });
    await db.calendarYear.deleteMany({ where: { year: YEAR } });
  };
  const publish = async () => {
    await db.calendarYear.create({ data: { year: YEAR, source: '测试', schedule: [], publishedAt: new Date() } });
    await db.calendarOverride.create({
      data: { date: `${YEAR}-03-03`, kind: 'HOLIDAY', note: '测试', scheduleYear: YEAR },
    });
  };
  const unpublish = async () => {
    await db.calendarOverride.deleteMany({ where: { scheduleYear: YEAR } });
    await db.calendarYear.delete({ where: { year: YEAR } });
  };
  beforeEach(cleanUp);
  afterAll(async () => {
    await cleanUp();
    await Promise.all(opened.map((n) => n.close()));
    await db.$disconnect();
  });

  it('listening: keeps the calendar until a change notice, then sees the year published and unpublished', async () => {
    const live = notices(url);
    await live.listening();
    const calendars = createCalendarSource(db, live);
    const first = await calendars.get();
    expect(first.isPublished(YEAR)).toBe(false);
    expect(await calendars.get()).toBe(first);

    await publish();
    const published = await waitFor(
      'the notice of the published year',
      async () => {
        const calendar = await calendars.get();
        return calendar !== first && calendar;
      },
      5_000,
    );
    expect(published.isPublished(YEAR)).toBe(true);
    expect(published.isWorkingDay(`${YEAR}-03-03`)).toBe(false);
    expect(await calendars.get()).toBe(published);

    await unpublish();
    const unpublished = await waitFor(
      'the notice of the unpublished year',
      async () => {
        const calendar = await calendars.get();
        return calendar !== published && calendar;
      },
      5_000,
    );
    expect(unpublished.isPublished(YEAR)).toBe(false);
    expect(unpublished.isWorkingDay(`${YEAR}-03-03`)).toBe(true);
  });

  it('not listening (behind a transaction pooler): every call checks the tables and sees each change at once', async () => {
    const calendars = createCalendarSource(db, notices(`${url}${url.includes('?') ? '&' : '?'}pgbouncer=true`));
    const first = await calendars.get();
    expect(first.isPublished(YEAR)).toBe(false);
    expect(await calendars.get()).toBe(first);

    await publish();
    const published = await calendars.get();
    expect(published).not.toBe(first);
    expect(published.isPublished(YEAR)).toBe(true);
    expect(published.isWorkingDay(`${YEAR}-03-03`)).toBe(false);
    expect(await calendars.get()).toBe(published);

    await unpublish();
    const unpublished = await calendars.get();
    expect(unpublished.isPublished(YEAR)).toBe(false);
    expect(unpublished.isWorkingDay(`${YEAR}-03-03`)).toBe(true);
  });

  it('current(): a change committed before the call is seen though its notice has not come (a recount after an edit)', async () => {
    const calendars = createCalendarSource(db, unheardNotices());
    const first = await calendars.get();
    expect(await calendars.current()).toBe(first); // nothing changed: the calendar built is kept

    await publish();
    expect(await calendars.get()).toBe(first); // still not heard of
    const current = await calendars.current();
    expect(current).not.toBe(first);
    expect(current.isPublished(YEAR)).toBe(true);
    expect(current.isWorkingDay(`${YEAR}-03-03`)).toBe(false);
    expect(await calendars.get()).toBe(current); // and kept for the other reads
  });
});
