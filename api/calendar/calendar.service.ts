import type { Client } from '@temporalio/client';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import type { CurrentUser } from '../auth/auth.types';
import type { AuditService } from '../audit/audit.service';
import { notFound } from '../errors';
import { chinaDateOf } from '../../domain/china-time';
import { notableDays } from './calendar-days';
import type { TOverride } from './calendar.types';
import { signalCalendarChange } from './signal-calendar-change';
import type { CalendarSource } from '../../platform/working-calendar';

export function createCalendarService(deps: { db: Db; audit: AuditService; temporal: Client; logger: Logger; calendars: CalendarSource; now?: () => Date }) {
  const { db, audit } = deps;
  const now = deps.now ?? (() => new Date());

  return {
    async year(year = Number(chinaDateOf(now()).slice(0, 4))) {
      const calendar = await deps.calendars.get();
      return { year, published: calendar.isPublished(year), days: notableDays(calendar, year) };
    },

    async setOverride(date: string, input: TOverride, user: CurrentUser) {
      const previous = await db.calendarOverride.findUnique({ where: { date } });
      await db.calendarOverride.upsert({
        where: { date },
        create: { date, kind: input.kind, note: input.note, updatedById: user.id },
        update: { kind: input.kind, note: input.note, updatedById: user.id },
      });
      const result = await signalCalendarChange(deps, date);
      await audit.record({
        actorId: user.id, actorName: user.username, action: 'calendar.override.set', objectType: 'CalendarOverride', objectId: date,
        detail: { kind: input.kind, note: input.note, previous: previous ? { kind: previous.kind, note: previous.note } : null, ...result },
      });
      return result;
    },

    async deleteOverride(date: string, user: CurrentUser) {
      const previous = await db.calendarOverride.findUnique({ where: { date } });
      if (!previous) throw notFound(`${date} 的日历调整`, `Calendar override for ${date}`);
      await db.calendarOverride.delete({ where: { date } });
      const result = await signalCalendarChange(deps, date);
      await audit.record({
        actorId: user.id, actorName: user.username, action: 'calendar.override.delete', objectType: 'CalendarOverride', objectId: date,
        detail: { previous: { kind: previous.kind, note: previous.note }, ...result },
      });
      return result;
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
