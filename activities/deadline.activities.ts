import { ApplicationFailure } from '@temporalio/common';
import { computeDeadline, resolveTimer, stepDueAt, warningStartsAt } from '../domain/deadline';
import { applicantNoticesSql } from '../platform/notices/outbox.sql';
import type { CalendarSource } from '../platform/calendar-source';
import { clockInstants } from '../platform/warning-level';
import { TERMINAL_STATUSES } from './matter.activities';
import type { ProcedureActivities } from './activity-types';
import type { ActivityDeps } from './deps';

const sameInstant = (a: Date | null, b: Date | null) => (a?.getTime() ?? null) === (b?.getTime() ?? null);

type DeadlineActivities = Pick<ProcedureActivities, 'refreshDeadline' | 'resolveTimer' | 'stepDueAt'>;

/** Working-day arithmetic lives here, outside the workflow: the calendar can change while a matter runs. */
export function deadlineActivities({ db, config, now }: ActivityDeps, calendars: CalendarSource): DeadlineActivities {
  return {
    async refreshDeadline({ matterId, reasonZh, reasonEn }) {
      const matter = await db.matter.findUnique({
        where: { id: matterId },
        include: {
          suspensions: { select: { startedAt: true, endedAt: true } },
          extensions: { select: { workingDays: true } },
        },
      });
      if (!matter)
        throw ApplicationFailure.nonRetryable(
          `办件 ${matterId} 不存在 / matter ${matterId} not found`,
          'ValidationError',
        );
      // a recount may follow a calendar edit whose change notice has not reached this worker yet
      const calendar = await calendars.current();
      const deadline = computeDeadline({
        acceptedAt: matter.acceptedAt,
        promisedDays: matter.promisedDays,
        suspensions: matter.suspensions.map((s) => ({ start: s.startedAt, end: s.endedAt ?? undefined })),
        extensions: matter.extensions,
        calendar,
        now: now(),
      });
      const warnAt = warningStartsAt({ dueDate: deadline.dueDate, yellowDays: config.WARNING_YELLOW_DAYS, calendar });
      // the colour's instants, which readers derive it from: none while the clock is stopped or the matter done
      // the ledger says whether it is stopped (补正 too: the status says SUSPENDED until after this recount)
      const running = !deadline.paused && !(TERMINAL_STATUSES as readonly string[]).includes(matter.status);
      const instants = clockInstants(running, deadline.dueAt, warnAt);
      if (deadline.dueDate === matter.dueDate && deadline.provisional === matter.provisional) {
        const rowMoved =
          !sameInstant(deadline.dueAt, matter.dueAt) ||
          !sameInstant(instants.redAt, matter.redAt) ||
          !sameInstant(instants.yellowAt, matter.yellowAt);
        if (rowMoved) await db.matter.update({ where: { id: matterId }, data: { dueAt: deadline.dueAt, ...instants } });
      } else {
        const changeKey = `${matterId}:${matter.dueDate ?? 'none'}->${deadline.dueDate}:${reasonEn}`;
        await db.$transaction([
          db.matter.update({
            where: { id: matterId },
            data: { dueDate: deadline.dueDate, dueAt: deadline.dueAt, provisional: deadline.provisional, ...instants },
          }),
          db.deadlineChange.createMany({
            data: [
              {
                matterId,
                eventKey: changeKey,
                oldDueDate: matter.dueDate,
                newDueDate: deadline.dueDate,
                reasonZh,
                reasonEn,
              },
            ],
            skipDuplicates: true,
          }),
          // the applicant is told of a date that moved, not of the first one (the acceptance notice gives that)
          ...(matter.dueDate
            ? [
                db.$executeRaw(
                  applicantNoticesSql(matterId, {
                    causeKey: changeKey,
                    kind: 'DUE_DATE_CHANGED',
                    data: { oldDueDate: matter.dueDate, reason: reasonZh },
                    at: now(),
                  }),
                ),
              ]
            : []),
        ]);
      }
      return {
        dueAt: deadline.dueAt.toISOString(),
        dueDate: deadline.dueDate,
        provisional: deadline.provisional,
        ...(warnAt.getTime() > now().getTime() ? { warnAt: warnAt.toISOString() } : {}),
      };
    },

    async resolveTimer({ matterId, timer, fromIso }) {
      const matter = await db.matter.findUnique({ where: { id: matterId }, select: { dueDate: true } });
      const fireAt = resolveTimer(timer, {
        fromInstant: new Date(fromIso),
        dueDate: matter?.dueDate ?? undefined,
        calendar: await calendars.get(),
      });
      return { fireAt: fireAt.toISOString() };
    },

    async stepDueAt({ fromIso, workingDays }) {
      return { dueAt: stepDueAt(new Date(fromIso), workingDays, await calendars.get()).toISOString() };
    },
  };
}
