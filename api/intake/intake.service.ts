import type { Client } from '@temporalio/client';
import { isFinishedAtWindow } from '../../domain/intake';
import type { Matter } from '../../generated/prisma/client';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import type { createPiiCipher } from '../../platform/pii';
import type { CalendarSource } from '../../platform/calendar-source';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import type { IntakeGuide, IntakeGuides } from '../catalogue/intake-guides';
import { AppError, notFound } from '../errors';
import { COMPLAINT_PROCEDURE_KEY } from '../../domain/complaints';
import type { WindowDirectory } from '../organisation/window-directory';
import { createBundleIntake } from './bundles';
import { checkedIntake, createIntakeLookups, versionOf } from './intake-checks';
import { insertMatter } from './intake.sql';
import type { IntakeResult, TIntake } from './intake.types';
import { keyUsedByAnother, lostKeyRace } from './key-race';
import { matterRows } from './matter-rows';
import { createMatterStarter } from './matter-start';
import { createNoticeIssuer } from './notices';
import { numbersUsedUp } from './receipt-numbers';

interface Deps {
  db: Db;
  temporal: Client;
  config: Config;
  audit: AuditService;
  pii: ReturnType<typeof createPiiCipher>;
  calendars: CalendarSource;
  guides: IntakeGuides;
  windows: WindowDirectory;
  logger: Logger;
}

/** A complaint has no materials to check and a department to name: it is taken on the complaint form (api/complaints). */
const complaintsElsewhere = () =>
  new AppError(
    'VALIDATION',
    '投诉请在“投诉登记”中受理',
    'Complaints are taken on the complaint form (投诉登记), not as an intake',
  );

type Answered = Pick<Matter, 'id' | 'receiptNo' | 'status' | 'dueDate' | 'provisional'>;
const resultOf = (m: Answered): IntakeResult => ({
  kind: 'MATTER',
  matter: { id: m.id, receiptNo: m.receiptNo, status: m.status, dueDate: m.dueDate, provisional: m.provisional },
});

/** 窗口受理: a matter accepted (and started), a notice issued, or a bundle of matters; each once per idempotency key. */
export function createIntakeService(deps: Deps) {
  const { db, pii, calendars, logger } = deps;
  const lookups = createIntakeLookups(deps);
  const starter = createMatterStarter(deps);
  const issueNotice = createNoticeIssuer(deps);
  const intakeBundle = createBundleIntake({ ...deps, lookups, starter });

  const matterResult = async (id: string) => resultOf(await db.matter.findUniqueOrThrow({ where: { id } }));

  /** A request whose idempotency key already made a matter is answered with that matter (started if it was not). */
  async function existingMatter(idempotencyKey: string, user: CurrentUser): Promise<IntakeResult | undefined> {
    const existing = await db.matter.findUnique({ where: { idempotencyKey } });
    if (!existing) return undefined;
    if (existing.acceptedById !== user.id) throw keyUsedByAnother();
    await starter.ensureStarted(existing);
    return await matterResult(existing.id);
  }

  /** A new matter: written with its audit entry in one statement, then started. */
  async function accept(input: TIntake, guide: IntakeGuide, user: CurrentUser, ip?: string): Promise<IntakeResult> {
    const { item } = guide;
    const version = versionOf(guide);
    const [calendar, windowId] = await Promise.all([calendars.get(), lookups.windowIdOf(input.windowCode, user)]);
    const rows = matterRows(pii, {
      input,
      item,
      versionId: version.id,
      user,
      acceptedAt: new Date(),
      windowId,
      calendar,
      idempotencyKey: input.idempotencyKey,
    });
    let matter;
    let race: unknown;
    try {
      matter = await insertMatter(db, undefined, rows, {
        actorId: user.id,
        actorName: user.username,
        action: 'matter.accept',
        objectType: 'Matter',
        objectId: rows.matter.id,
        ip,
      });
    } catch (e) {
      if (!lostKeyRace(e)) throw e;
      race = e;
    }
    if (!matter) {
      // the key made a matter already (a retry, or a concurrent request that won the race): answer with it
      const existing = await existingMatter(input.idempotencyKey, user);
      if (existing) return existing;
      throw race ?? numbersUsedUp();
    }
    const known = { plan: version.plan, coDepartmentCodes: item.coDepartmentCodes };
    if (!isFinishedAtWindow(item.kind, user.roles)) {
      await starter.start(matter, known);
      starter.started(matter.id);
      return resultOf({ ...matter, status: 'IN_PROGRESS' });
    }
    const atWindow = await starter.startAtWindow(matter, known, user);
    // the matter is accepted either way: a step the engine cannot confirm now waits in the clerk's inbox
    if ('unconfirmed' in atWindow) {
      const { unconfirmed: error } = atWindow;
      logger.warn('an immediate matter was accepted but not finished at the window; its step waits in the inbox', {
        matterId: matter.id,
        error: error instanceof Error ? error.message : String(error),
      });
    }
    return await matterResult(matter.id);
  }

  return {
    intakeBundle,
    startPending: starter.startPending,
    /** before the process stops: the IN_PROGRESS marks still to be written */
    flush: starter.flush,

    async intake(input: TIntake, user: CurrentUser, ip?: string): Promise<IntakeResult> {
      const guide = await lookups.guide(input.itemCode);
      let missing;
      try {
        if (!guide?.item.active) throw notFound('事项', 'Service item');
        if (guide.item.procedureKey === COMPLAINT_PROCEDURE_KEY) throw complaintsElsewhere();
        missing = checkedIntake(input, guide.item.materials, user);
      } catch (e) {
        // a retry is answered with the matter its key made, whatever the guide says now
        const existing = await existingMatter(input.idempotencyKey, user);
        if (existing) return existing;
        throw e;
      }
      if (input.decision === 'NOTICE' || input.decision === 'REFUSE') {
        return (await existingMatter(input.idempotencyKey, user)) ?? issueNotice(input, guide.item, missing, user);
      }
      // a retry of an accepted intake finds its matter in accept: the insert skips a key already used
      return accept(input, guide, user, ip);
    },
  };
}
export type IntakeService = ReturnType<typeof createIntakeService>;
