import type { Client } from '@temporalio/client';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import type { CurrentUser } from '../auth/auth.types';
import type { AuditService } from '../audit/audit.service';
import { notFound } from '../errors';
import { chinaDateOf, yearOf } from '../../domain/china-time';
import { notableDays } from './calendar-days';
import { editCalendar } from './calendar-edit';
import type { TOverride } from './calendar.types';
import { createScheduleService } from './schedule.service';
import type { CalendarSource } from '../../platform/calendar-source';

/**
 * The working-day calendar: a year's days, single-day overrides, and (schedule.service) whole-year schedules.
 * Each edit commits with its audit entry; then the open matters it can touch are recomputed.
 */
export function createCalendarService(deps: {
  db: Db;
  audit: AuditService;
  temporal: Client;
  logger: Logger;
  calendars: CalendarSource;
  now?: () => Date;
}) {
  const { db } = deps;
  const now = deps.now ?? (() => new Date());
  const schedules = createScheduleService({ ...deps, now });

  return {
    async year(year = yearOf(chinaDateOf(now()))) {
      const [calendar, loaded, scheduleDays] = await Promise.all([
        deps.calendars.get(),
        db.calendarYear.count({ where: { year } }),
        db.calendarOverride.findMany({
          where: { scheduleYear: { not: null }, date: { gte: `${year}-01-01`, lte: `${year}-12-31` } },
          select: { date: true },
        }),
      ]);
      return {
        year,
        published: calendar.isPublished(year),
        status: schedules.statusOf(year, loaded > 0),
        days: notableDays(calendar, year, new Set(scheduleDays.map((d) => d.date))),
      };
    },

    /** A local override; on a day a loaded schedule set, it takes the day over (unpublishing the year keeps it). */
    async setOverride(date: string, input: TOverride, user: CurrentUser) {
      return editCalendar(deps, async (tx) => {
        const previous = await tx.calendarOverride.findUnique({ where: { date } });
        await tx.calendarOverride.upsert({
          where: { date },
          create: { date, kind: input.kind, note: input.note, updatedById: user.id },
          update: { kind: input.kind, note: input.note, updatedById: user.id, scheduleYear: null },
        });
        return {
          audit: {
            actorId: user.id,
            actorName: user.username,
            action: 'calendar.override.set',
            objectType: 'CalendarOverride',
            objectId: date,
            detail: {
              kind: input.kind,
              note: input.note,
              previous: previous
                ? { kind: previous.kind, note: previous.note, scheduleYear: previous.scheduleYear ?? undefined }
                : null,
            },
          },
          changed: date,
          reason:
            input.kind === 'HOLIDAY'
              ? { reasonZh: `工作日历调整：${date} 改为休息日`, reasonEn: `working calendar: ${date} made a day off` }
              : {
                  reasonZh: `工作日历调整：${date} 改为工作日`,
                  reasonEn: `working calendar: ${date} made a working day`,
                },
          value: {},
        };
      });
    },

    async deleteOverride(date: string, user: CurrentUser) {
      return editCalendar(deps, async (tx) => {
        const previous = await tx.calendarOverride.findUnique({ where: { date } });
        if (!previous) throw notFound(`${date} 的日历调整`, `Calendar override for ${date}`);
        await tx.calendarOverride.delete({ where: { date } });
        return {
          audit: {
            actorId: user.id,
            actorName: user.username,
            action: 'calendar.override.delete',
            objectType: 'CalendarOverride',
            objectId: date,
            detail: {
              previous: { kind: previous.kind, note: previous.note, scheduleYear: previous.scheduleYear ?? undefined },
            },
          },
          changed: date,
          reason: {
            reasonZh: `工作日历调整：撤销 ${date} 的调整`,
            reasonEn: `working calendar: the change on ${date} withdrawn`,
          },
          value: {},
        };
      });
    },

    years: schedules.years,
    schedule: schedules.schedule,
    loadSchedule: schedules.load,
    unpublishSchedule: schedules.unpublish,
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
