import { HIGHER_AUTHORITY_STOP } from '../../domain/clock-stops';
import { computeDeadline } from '../../domain/deadline';
import type { CalendarSource } from '../../platform/calendar-source';
import type { Db } from '../../platform/db';
import type { CurrentUser } from '../auth/auth.types';
import type { MattersService } from '../matters/matters.service';
import type { AuthorityAnswersService } from './authority-answers.service';
import type { ExtensionRequestsService } from './extension-requests.service';

interface Deps {
  db: Db;
  calendars: CalendarSource;
  matters: Pick<MattersService, 'inScope'>;
  extensions: Pick<ExtensionRequestsService, 'ofMatter'>;
  answers: Pick<AuthorityAnswersService, 'list'>;
}

const OPEN = new Set(['PENDING_START', 'IN_PROGRESS', 'SUSPENDED']);
const has = (user: CurrentUser, role: string) => user.roles.some((r) => r === role);

/**
 * The matter's clock for its page: the due date explained line by line (each pause named with its article), the
 * stops still open (what the matter waits for, since when), the extension requests and the higher authority's
 * answers, and which of the clock's moves this user may make now.
 */
export function createClockService({ db, calendars, matters, extensions, answers }: Deps) {
  return {
    async view(user: CurrentUser, matterId: string, ip?: string) {
      const m = await matters.inScope(user, matterId, ip);
      const [suspensions, granted, calendar, requests, recorded] = await Promise.all([
        db.suspension.findMany({ where: { matterId: m.id }, orderBy: [{ startedAt: 'asc' }, { id: 'asc' }] }),
        db.extension.findMany({ where: { matterId: m.id }, select: { workingDays: true } }),
        calendars.get(),
        extensions.ofMatter(user, m.id, ip),
        answers.list(user, m.id, ip),
      ]);
      const open = OPEN.has(m.status);
      const deadline = computeDeadline({
        acceptedAt: m.acceptedAt,
        promisedDays: m.promisedDays,
        suspensions: suspensions.map((s) => ({ start: s.startedAt, end: s.endedAt ?? undefined, kind: s.kind })),
        extensions: granted,
        calendar,
        now: open ? new Date() : (m.completedAt ?? new Date()),
      });
      const openStops = suspensions
        .filter((s) => !s.endedAt)
        .map((s) => ({ id: s.id, kind: s.kind, reason: s.reason, since: s.startedAt }));
      const liveRequest = requests.some((r) => r.status === 'PENDING' || r.status === 'APPROVED');
      const handling = has(user, 'MANAGER') || has(user, 'APPROVER');
      const waitingForAuthority = openStops.find((s) => s.kind === HIGHER_AUTHORITY_STOP) ?? null;
      return {
        matterId: m.id,
        dueDate: deadline.dueDate,
        provisional: deadline.provisional,
        paused: deadline.paused,
        pausedWorkingDays: deadline.pausedWorkingDays,
        extendedWorkingDays: deadline.extendedWorkingDays,
        explanation: deadline.explanation,
        openStops,
        waitingForAuthority: waitingForAuthority && { since: waitingForAuthority.since },
        extensionRequests: requests,
        authorityAnswers: recorded,
        can: {
          suspend: open && handling,
          requestExtension: open && has(user, 'APPROVER') && granted.length === 0 && !liveRequest,
          decideExtension: has(user, 'MANAGER'),
          recordAnswer: open && handling && waitingForAuthority !== null,
        },
      };
    },
  };
}
export type ClockService = ReturnType<typeof createClockService>;
