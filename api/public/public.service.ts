import type { Db } from '../../platform/db';
import type { AuditService } from '../audit/audit.service';
import { AppError } from '../errors';
import { chinaDateOf } from '../../domain/china-time';
import type { CalendarSource } from '../../platform/calendar-source';
import { computeDeadline, shownWarningLevel } from '../../domain/deadline';
import { carrierOf } from '../../domain/delivery';
import { PUBLIC_ACTOR as ACTOR, createPublicMatterFinder } from './public-matter';
import type { TLookup, TRating } from './public.types';
import { openRectification } from '../rectifications/rectification-opening';

/** A rating at or below it opens a 整改 (rectification). */
export const POOR_SCORE = 2;

// Staff-internal steps (督办, reveals, claims, incidents) are not published to the applicant.
const INTERNAL_EVENT = /supervis|reveal|claim|reassign|incident/i;

/** Still being handled: the ones that can be overdue now. */
const OPEN: readonly string[] = ['IN_PROGRESS', 'SUSPENDED'];

export function createPublicService(deps: {
  db: Db;
  audit: AuditService;
  calendars: CalendarSource;
  /** 整改: working days the answerable department has to reply with its measures */
  rectificationWorkingDays: number;
  now?: () => Date;
}) {
  const { db, audit } = deps;
  const now = deps.now ?? (() => new Date());

  const findMatter = createPublicMatterFinder({ db, audit });

  return {
    async lookup(input: TLookup, ip: string | null) {
      const matter = await findMatter(input, ip, 'public.lookup');
      const [events, rating, suspensions, extensions, calendar, delivery] = await Promise.all([
        db.matterEvent.findMany({
          where: { matterId: matter.id },
          orderBy: { at: 'asc' },
          select: { type: true, at: true },
        }),
        db.rating.findUnique({ where: { matterId: matter.id }, select: { id: true } }),
        db.suspension.findMany({ where: { matterId: matter.id }, select: { startedAt: true, endedAt: true } }),
        db.extension.findMany({ where: { matterId: matter.id }, select: { workingDays: true } }),
        deps.calendars.get(),
        db.delivery.findUnique({
          where: { matterId: matter.id },
          select: { method: true, carrier: true, trackingNo: true },
        }),
      ]);
      const deadline = computeDeadline({
        acceptedAt: matter.acceptedAt,
        promisedDays: matter.promisedDays,
        extensions,
        calendar,
        now: now(),
        suspensions: suspensions.map((s) => ({ start: s.startedAt, end: s.endedAt ?? undefined })),
      });
      await audit.record({ actorName: ACTOR, action: 'public.lookup', objectType: 'Matter', objectId: matter.id, ip });
      return {
        ...matter,
        steps: events
          .filter((e) => !INTERNAL_EVENT.test(e.type))
          .map((e) => ({ type: e.type, name: e.type, at: e.at })),
        canRate: matter.status === 'COMPLETED' && !rating,
        rated: Boolean(rating),
        delivery: delivery && { ...delivery, carrierName: carrierOf(delivery.carrier)?.zh ?? null },
        pausedWorkingDays: deadline.pausedWorkingDays,
        paused: deadline.paused,
        overdue: OPEN.includes(matter.status) && shownWarningLevel(matter, now()) === 'RED',
      };
    },

    /** 好差评: once per completed matter; a poor score (≤ 2) opens a rectification due in 5 working days. */
    async rate(input: TRating, ip: string | null) {
      const matter = await findMatter(input, ip, 'public.rating');
      if (matter.status !== 'COMPLETED') {
        throw new AppError(
          'ILLEGAL_TRANSITION',
          '办件尚未办结，办结后才能评价',
          'The matter is not completed yet: it can be rated once completed',
        );
      }
      const alreadyRated = () =>
        new AppError(
          'CONFLICT',
          '该办件已评价，每件只能评价一次',
          'This matter has already been rated: one rating per matter',
        );
      if (await db.rating.findUnique({ where: { matterId: matter.id }, select: { id: true } })) throw alreadyRated();
      const poor = input.score <= POOR_SCORE;
      const rectificationDue = poor
        ? (await deps.calendars.get()).addWorkingDays(chinaDateOf(now()), deps.rectificationWorkingDays)
        : undefined;
      const created = await db
        .$transaction(async (tx) => {
          const rating = await tx.rating.create({
            data: {
              matterId: matter.id,
              score: input.score,
              comment: input.comment || null,
              windowId: matter.windowId,
              staffId: matter.acceptedById,
            },
          });
          const rectification = rectificationDue
            ? await openRectification(tx, {
                ratingId: rating.id,
                matterId: matter.id,
                leadDepartmentCode: matter.leadDepartmentCode,
                dueDate: rectificationDue,
                at: now(),
              })
            : null;
          return { rating, rectification };
        })
        .catch((e: unknown) => {
          // two submissions racing: the unique matterId decides, the loser gets the same 409
          if ((e as { code?: string }).code === 'P2002') throw alreadyRated();
          throw e;
        });
      await audit.record({
        actorName: ACTOR,
        action: 'public.rating',
        objectType: 'Matter',
        objectId: matter.id,
        ip,
        detail: { ratingId: created.rating.id, score: input.score, rectificationId: created.rectification?.id ?? null },
      });
      return { ok: true as const };
    },
  };
}
export type PublicService = ReturnType<typeof createPublicService>;
