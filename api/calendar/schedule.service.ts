import type { Client } from '@temporalio/client';
import { yearOf, chinaDateOf } from '../../domain/china-time';
import { PUBLISHED_YEARS } from '../../domain/published-schedule';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import type { CalendarSource } from '../../platform/calendar-source';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { AppError, notFound } from '../errors';
import { editCalendar } from './calendar-edit';
import type { TScheduleInput, TScheduleStatus } from './calendar.types';
import { scheduleDays, scheduleIssues, scheduleSpan } from '../../domain/holiday-schedule';

type Deps = {
  db: Db;
  audit: AuditService;
  temporal: Client;
  logger: Logger;
  calendars: CalendarSource;
  now: () => Date;
};

/**
 * A year's State Council holiday schedule (放假安排), loaded by an admin once the notice is out: its days become
 * calendar overrides tied to the year, and the year counts as published (docs/legal-rules.md, "Holiday schedules
 * that are not published yet"). Loading again replaces the year's days; unpublishing removes them. Either way the change
 * and its audit entry commit together, then every open matter it can touch is recomputed and the change recorded.
 */
export function createScheduleService(deps: Deps) {
  const { db, now } = deps;

  const statusOf = (year: number, loaded: boolean): TScheduleStatus =>
    PUBLISHED_YEARS.has(year) ? 'builtin' : loaded ? 'loaded' : 'provisional';

  const userNames = async (ids: Array<string | null>) => {
    const unique = [...new Set(ids.filter((id): id is string => !!id))];
    const users = unique.length
      ? await db.user.findMany({ where: { id: { in: unique } }, select: { id: true, displayName: true } })
      : [];
    return new Map(users.map((u) => [u.id, u.displayName]));
  };

  return {
    statusOf,

    /** Last year to two years ahead, and every loaded year, each with where its holidays come from. */
    async years() {
      const thisYear = yearOf(chinaDateOf(now()));
      const [loaded, counts] = await Promise.all([
        db.calendarYear.findMany({ select: { year: true, source: true, publishedAt: true, publishedById: true } }),
        db.calendarOverride.groupBy({
          by: ['scheduleYear', 'kind'],
          where: { scheduleYear: { not: null } },
          _count: { _all: true },
        }),
      ]);
      const names = await userNames(loaded.map((y) => y.publishedById));
      const count = (year: number, kind: 'HOLIDAY' | 'WORKDAY') =>
        counts.find((c) => c.scheduleYear === year && c.kind === kind)?._count._all ?? 0;
      const byYear = new Map(loaded.map((y) => [y.year, y]));
      const years = [...new Set([thisYear - 1, thisYear, thisYear + 1, thisYear + 2, ...byYear.keys()])].sort(
        (a, b) => a - b,
      );
      return {
        years: years.map((year) => {
          const row = byYear.get(year);
          if (!row) return { year, status: statusOf(year, false) };
          return {
            year,
            status: statusOf(year, true),
            source: row.source,
            publishedAt: row.publishedAt,
            publishedBy: row.publishedById ? (names.get(row.publishedById) ?? null) : null,
            holidayDays: count(year, 'HOLIDAY'),
            workdays: count(year, 'WORKDAY'),
          };
        }),
      };
    },

    async schedule(year: number) {
      const row = await db.calendarYear.findUnique({ where: { year } });
      if (!row) throw notFound(`${year} 年加载的放假安排`, `A loaded schedule for ${year}`);
      const names = await userNames([row.publishedById]);
      return {
        year,
        source: row.source,
        ...(row.note ? { note: row.note } : {}),
        holidays: row.schedule as TScheduleInput['holidays'],
        publishedAt: row.publishedAt,
        publishedBy: row.publishedById ? (names.get(row.publishedById) ?? null) : null,
      };
    },

    async load(year: number, input: TScheduleInput, user: CurrentUser) {
      if (PUBLISHED_YEARS.has(year)) {
        throw new AppError(
          'CONFLICT',
          `${year} 年的放假安排已随系统提供，无需加载；个别日期请在月历中单独调整`,
          `The ${year} schedule ships with the product; change single days in the month view instead`,
        );
      }
      const issues = scheduleIssues(year, input.holidays);
      if (issues.length) {
        throw new AppError(
          'VALIDATION',
          `放假安排有误：${issues.map((i) => i.message).join('；')}`,
          `The schedule is not valid: ${issues.map((i) => i.messageEn).join('; ')}`,
          issues,
        );
      }
      const days = scheduleDays(input.holidays);
      const dates = days.map((d) => d.date);
      return editCalendar(deps, async (tx) => {
        const previous = await tx.calendarYear.findUnique({ where: { year } });
        const taken = await tx.calendarOverride.findMany({ where: { date: { in: dates } } });
        const otherSchedule = taken.find((o) => o.scheduleYear !== null && o.scheduleYear !== year);
        if (otherSchedule) {
          throw new AppError(
            'CONFLICT',
            `${otherSchedule.date} 已属于 ${otherSchedule.scheduleYear} 年的放假安排，请先更正该年的安排`,
            `${otherSchedule.date} belongs to the ${otherSchedule.scheduleYear} schedule; correct that one first`,
          );
        }
        const replaced = taken
          .filter((o) => o.scheduleYear === null)
          .map((o) => ({ date: o.date, kind: o.kind, note: o.note }));
        const previousDates = (
          await tx.calendarOverride.findMany({ where: { scheduleYear: year }, select: { date: true } })
        ).map((d) => d.date);
        await tx.calendarOverride.deleteMany({ where: { OR: [{ scheduleYear: year }, { date: { in: dates } }] } });
        const row = {
          source: input.source,
          note: input.note || null,
          schedule: input.holidays,
          publishedAt: now(),
          publishedById: user.id,
        };
        await tx.calendarYear.upsert({ where: { year }, create: { year, ...row }, update: row });
        await tx.calendarOverride.createMany({
          data: days.map((d) => ({ ...d, updatedById: user.id, scheduleYear: year })),
        });
        return {
          audit: {
            actorId: user.id,
            actorName: user.username,
            action: 'calendar.schedule.load',
            objectType: 'CalendarYear',
            objectId: String(year),
            detail: {
              source: input.source,
              note: input.note,
              holidays: input.holidays,
              replacedOverrides: replaced,
              previous: previous
                ? { source: previous.source, publishedAt: previous.publishedAt, holidays: previous.schedule }
                : null,
            },
          },
          changed: scheduleSpan(year, [...dates, ...previousDates]),
          reason: previous
            ? { reasonZh: `${year} 年放假安排更正`, reasonEn: `${year} holiday schedule corrected` }
            : { reasonZh: `${year} 年放假安排公布`, reasonEn: `${year} holiday schedule published` },
          value: {
            year,
            holidayDays: days.filter((d) => d.kind === 'HOLIDAY').length,
            workdays: days.filter((d) => d.kind === 'WORKDAY').length,
            replacedOverrides: replaced.length,
          },
        };
      });
    },

    /** Takes a loaded schedule back (e.g. loaded for the wrong year): its days go, the year is provisional again. */
    async unpublish(year: number, user: CurrentUser) {
      return editCalendar(deps, async (tx) => {
        const loaded = await tx.calendarYear.findUnique({ where: { year } });
        if (!loaded) throw notFound(`${year} 年加载的放假安排`, `A loaded schedule for ${year}`);
        const dates = (
          await tx.calendarOverride.findMany({ where: { scheduleYear: year }, select: { date: true } })
        ).map((d) => d.date);
        await tx.calendarOverride.deleteMany({ where: { scheduleYear: year } });
        await tx.calendarYear.delete({ where: { year } });
        return {
          audit: {
            actorId: user.id,
            actorName: user.username,
            action: 'calendar.schedule.unpublish',
            objectType: 'CalendarYear',
            objectId: String(year),
            detail: { source: loaded.source, publishedAt: loaded.publishedAt, holidays: loaded.schedule },
          },
          changed: scheduleSpan(year, dates),
          reason: { reasonZh: `${year} 年放假安排撤回`, reasonEn: `${year} holiday schedule withdrawn` },
          value: {},
        };
      });
    },
  };
}
