import { randomUUID } from 'node:crypto';
import type { Client } from '@temporalio/client';
import type { ProcedurePlan } from '../../bpmn/plan';
import { validateIdNumber, maskIdNumber } from '../../domain/identity';
import { chinaDateOf, type WorkingCalendar } from '../../domain/calendar';
import { computeDeadline } from '../../domain/deadline';
import type { CalendarSource } from '../../platform/working-calendar';
import { Prisma, type Matter } from '../../generated/prisma/client';
import type { Config } from '../../platform/config';
import { runSql, type Db } from '../../platform/db';
import type { Logger } from '../../platform/logger';
import { createWriteBehind } from '../../platform/write-behind';
import type { createPiiCipher } from '../../platform/pii';
import type { AuditEntry, AuditService } from '../audit/audit.service';
import type { GuideItem, IntakeGuide, IntakeGuides } from '../catalogue/intake-guides';
import type { WindowDirectory } from '../organisation/window-directory';
import type { CurrentUser } from '../auth/auth.types';
import { AppError, notFound } from '../errors';
import { actorOf } from './actor';
import { startProcedure, type RunUpdate } from './matter-workflow';
import { insertMatterSql, type NewMatter } from './intake.sql';
import { nextNumber, numbersUsedUp } from './receipt-numbers';
import type { TBundleIntake, TIntake } from './matters.types';
import { claimTask, completeTask, getState, type MatterFacts } from '../../workflows/procedure-contract';

type Pii = ReturnType<typeof createPiiCipher>;
type Item = GuideItem;
interface Deps {
  db: Db;
  temporal: Client;
  runUpdate: RunUpdate;
  config: Config;
  audit: AuditService;
  pii: Pii;
  calendars: CalendarSource;
  guides: IntakeGuides;
  windows: WindowDirectory;
  logger: Logger;
}
/** What starting a matter's workflow needs of its row. */
type StartableMatter = Pick<
  Matter,
  | 'id'
  | 'status'
  | 'receiptNo'
  | 'workflowId'
  | 'kind'
  | 'itemCode'
  | 'itemId'
  | 'viaAgent'
  | 'acceptedDepartmentCode'
  | 'leadDepartmentCode'
  | 'promisedDays'
  | 'procedureVersionId'
>;

export type IntakeResult =
  | {
      kind: 'MATTER';
      matter: { id: string; receiptNo: string; status: string; dueDate: string | null; provisional: boolean };
    }
  | {
      kind: 'NOTICE' | 'REFUSAL';
      notice: { id: string; noticeNo: string; missing: Array<{ code: string; name: string }>; reason: string | null };
    };

/** Checks the applicant and the materials against the guide; every problem at once, in one 400. */
function checkIntake(input: TIntake, item: Item, user: CurrentUser) {
  const problems: Array<{ path: string; message: string }> = [];
  const id = validateIdNumber(input.applicant.idNumber);
  if (!id.ok) problems.push({ path: 'applicant.idNumber', message: id.reasonZh });
  const known = new Set(item.materials.map((m) => m.code));
  for (const code of input.providedMaterials)
    if (!known.has(code)) problems.push({ path: 'providedMaterials', message: `材料 ${code} 不在办事指南中` });
  const provided = new Set(input.providedMaterials);
  const missing = item.materials.filter((m) => m.required && !provided.has(m.code));
  const owed = new Set(input.owed.map((o) => o.code));
  if (input.decision === 'ACCEPT' && missing.length) {
    problems.push({
      path: 'providedMaterials',
      message: `必要材料未齐：${missing.map((m) => m.name).join('、')}（可选择容缺受理或一次性告知）`,
    });
  }
  if (input.decision === 'ACCEPT_WITH_DEFICIENCY') {
    if (!missing.length) problems.push({ path: 'decision', message: '材料已齐全，无需容缺受理' });
    for (const m of missing) {
      if (!m.deficiencyAllowed)
        problems.push({ path: 'providedMaterials', message: `材料「${m.name}」不允许容缺，须当场提交` });
      else if (!owed.has(m.code)) problems.push({ path: 'owed', message: `请为容缺材料「${m.name}」填写补交期限` });
    }
  }
  if (input.decision === 'NOTICE' && !missing.length)
    problems.push({ path: 'decision', message: '材料已齐全，无需一次性告知' });
  if (input.decision === 'REFUSE' && !input.reason) problems.push({ path: 'reason', message: '不予受理须写明理由' });
  if (user.roles.includes('AGENT') && !user.roles.includes('CLERK') && !input.entrustment) {
    problems.push({ path: 'entrustment', message: '代办员代为申请须登记委托书' });
  }
  if (problems.length)
    throw new AppError('VALIDATION', problems.map((p) => p.message).join('；'), 'Invalid intake', problems);
  return { missing };
}

/** A bundle's matter found its idempotency key taken (by a concurrent request): the bundle rolls back and is answered as a retry. */
class KeyTaken extends Error {}

/** Another request with the same idempotency key got there first: a unique index refused the write, raw or not. */
function lostKeyRace(e: unknown): boolean {
  const err = e as { code?: string; meta?: { driverAdapterError?: { cause?: { kind?: string } } } };
  // P2002 and the adapter's kind from Prisma, 23505 (unique_violation) from the pool
  return (
    e instanceof KeyTaken ||
    err.code === 'P2002' ||
    err.code === '23505' ||
    err.meta?.driverAdapterError?.cause?.kind === 'UniqueConstraintViolation'
  );
}

/** One item's share of a bundle: the shared materials its guide lists. */
function singleIntake(input: TBundleIntake, item: Item): TIntake {
  const listed = new Set(item.materials.map((m) => m.code));
  return {
    ...input,
    itemCode: item.code,
    decision: 'ACCEPT',
    owed: [],
    providedMaterials: input.providedMaterials.filter((c) => listed.has(c)),
  };
}

export function createIntakeService({
  db,
  temporal,
  runUpdate,
  config,
  audit,
  pii,
  calendars,
  guides,
  windows,
  logger,
}: Deps) {
  const markInProgress = (ids: string[]) =>
    runSql<{ id: string }>(
      db,
      Prisma.sql`UPDATE "Matter" SET "status" = 'IN_PROGRESS', "updatedAt" = ${new Date().toISOString()}::timestamp
    WHERE "id" = ANY(${ids}::text[]) AND "status" = 'PENDING_START' RETURNING "id"`,
      { prepare: true },
    );
  /**
   * A new matter's IN_PROGRESS, once its workflow runs, is written behind the answer: in batches, one commit for
   * the intakes of the same moment. Should the process die first, the sweep (startPending) finds the matter still
   * PENDING_START, finds its workflow started, and writes it then.
   */
  const inProgress = createWriteBehind<string>(markInProgress, (error, ids) =>
    logger.warn('marking started matters IN_PROGRESS failed; the pending-start sweep will', {
      count: ids.length,
      error: String(error),
    }),
  );

  /** The version a new matter runs: its procedure's latest; a procedure never published cannot accept matters. */
  function versionOf(guide: IntakeGuide) {
    if (!guide.version) {
      const key = guide.item.procedureKey;
      throw new AppError('CONFLICT', `事项的办理流程 ${key} 尚未发布`, `Procedure ${key} has no published version`);
    }
    return guide.version;
  }

  /** Active items by code, in the order asked; unknown or inactive ones are a 400 naming them all. */
  async function activeItems(codes: string[]): Promise<IntakeGuide[]> {
    const found = await Promise.all(codes.map((code) => guides.get(code)));
    const unknown = codes.filter((_, i) => !found[i]?.item.active);
    if (unknown.length)
      throw new AppError(
        'VALIDATION',
        `事项不存在或已停用：${unknown.join('、')}`,
        `Unknown or inactive items: ${unknown.join(', ')}`,
      );
    return found as IntakeGuide[];
  }

  async function issueNotice(
    input: TIntake,
    item: Item,
    missing: Item['materials'],
    user: CurrentUser,
  ): Promise<IntakeResult> {
    const kind = input.decision === 'NOTICE' ? 'NOTICE' : 'REFUSAL';
    const existing = await db.intakeDecision.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    const decision =
      existing ??
      (await db.$transaction(async (tx) => {
        const created = await tx.intakeDecision.create({
          data: {
            noticeNo: await nextNumber(tx, kind, chinaDateOf(new Date())),
            idempotencyKey: input.idempotencyKey,
            kind,
            itemId: item.id,
            applicantName: input.applicant.name,
            applicantIdMasked: maskIdNumber(input.applicant.idNumber),
            missing: missing.map((m) => ({ code: m.code, name: m.name })),
            reason: input.reason ?? null,
            issuedById: user.id,
          },
        });
        await audit.recordIn(tx, {
          actorId: user.id,
          actorName: user.username,
          action: `intake.${kind.toLowerCase()}`,
          objectType: 'IntakeDecision',
          objectId: created.id,
        });
        return created;
      }));
    return {
      kind,
      notice: {
        id: decision.id,
        noticeNo: decision.noticeNo,
        missing: decision.missing as Array<{ code: string; name: string }>,
        reason: decision.reason,
      },
    };
  }

  /**
   * The rows of one accepted matter, with its promised date (counted now so the receipt shows it; the workflow
   * recounts it whenever something moves it). The receipt number comes from the statement that writes them.
   */
  function matterRows(a: {
    input: TIntake;
    item: Item;
    versionId: string;
    user: CurrentUser;
    acceptedAt: Date;
    windowId: string | null;
    calendar: WorkingCalendar;
    idempotencyKey: string;
    bundleId?: string;
  }) {
    const { input, item, user, acceptedAt } = a;
    const provided = new Set(input.providedMaterials);
    const owed = new Map(input.owed.map((o) => [o.code, o.dueDate]));
    const viaAgent = Boolean(input.entrustment) || user.roles.includes('AGENT');
    const deadline = computeDeadline({ acceptedAt, promisedDays: item.promisedDays, calendar: a.calendar });
    const id = randomUUID();
    const matter: NewMatter = {
      id,
      idempotencyKey: a.idempotencyKey,
      itemId: item.id,
      procedureVersionId: a.versionId,
      kind: item.kind,
      applicantName: input.applicant.name,
      applicantIdCipher: pii.encrypt(input.applicant.idNumber),
      applicantIdMasked: maskIdNumber(input.applicant.idNumber),
      applicantIdDigest: pii.digest(input.applicant.idNumber),
      applicantPhoneCipher: pii.encrypt(input.applicant.phone),
      phoneLast4: input.applicant.phone.slice(-4),
      applicantEmailCipher: input.applicant.email ? pii.encrypt(input.applicant.email) : null,
      agentId: viaAgent && user.roles.includes('AGENT') ? user.id : null,
      entrustment: input.entrustment ?? null,
      viaAgent,
      windowId: a.windowId,
      acceptedById: user.id,
      acceptedDepartmentCode: user.departmentCode,
      itemCode: item.code,
      itemName: item.name,
      leadDepartmentCode: item.leadDepartmentCode,
      departmentCodes: [...new Set([item.leadDepartmentCode, ...item.coDepartmentCodes])],
      acceptedAt,
      acceptedOn: chinaDateOf(acceptedAt),
      promisedDays: item.promisedDays,
      statutoryDays: item.statutoryDays,
      dueDate: deadline.dueDate,
      dueAt: deadline.dueAt,
      provisional: deadline.provisional,
      materials: item.materials.map((m) => ({
        code: m.code,
        name: m.name,
        required: m.required,
        provided: provided.has(m.code),
        owed: owed.has(m.code),
        dueDate: owed.get(m.code) ?? null,
      })),
      deficiencies: input.owed.length ? input.owed : null,
      bundleId: a.bundleId ?? null,
      lastProgressAt: acceptedAt,
      createdAt: acceptedAt,
      updatedAt: acceptedAt,
    };
    return {
      matter,
      // the same key the deadline activity uses, so its first recount adds nothing
      deadline: {
        id: randomUUID(),
        matterId: id,
        eventKey: `${id}:none->${deadline.dueDate}:accepted`,
        newDueDate: deadline.dueDate,
        reasonZh: '受理',
        reasonEn: 'accepted',
        at: acceptedAt,
      },
      event: {
        id: randomUUID(),
        matterId: id,
        eventKey: `${id}:accepted`,
        type: input.decision === 'ACCEPT' ? 'matter.accepted' : 'matter.acceptedWithDeficiency',
        actorId: user.id,
        actorName: user.displayName,
        at: acceptedAt,
        data: viaAgent ? { viaAgent: true } : null,
      },
    };
  }

  /**
   * Writes the matter (one statement, see insertMatterSql); undefined when its idempotency key is taken. Alone (an
   * intake) it goes straight to the pool as a prepared statement; in a bundle's transaction through Prisma's.
   */
  async function insertMatter(
    tx: Prisma.TransactionClient | undefined,
    rows: ReturnType<typeof matterRows>,
    auditEntry?: AuditEntry,
  ) {
    const statement = insertMatterSql({ ...rows, audit: auditEntry });
    type Written = { receiptNo: string; workflowId: string };
    const [written] = tx
      ? await tx.$queryRaw<Written[]>(statement)
      : await runSql<Written>(db, statement, { prepare: true });
    return written && { ...rows.matter, ...written, status: 'PENDING_START' as const };
  }

  /** The window the matter is accepted at: one of the accepting user's department, or none given. */
  async function windowIdOf(code: string | undefined, user: CurrentUser): Promise<string | null> {
    if (!code) return null;
    const id = await windows.idOf(code, user.departmentId);
    if (!id) {
      throw new AppError(
        'VALIDATION',
        `受理窗口 ${code} 不存在或不属于本部门`,
        `Window ${code} does not exist or is not one of your department's`,
        [{ path: 'windowCode', message: '受理窗口不存在或不属于本部门' }],
      );
    }
    return id;
  }

  /** Starts (or, on a retry, re-starts) the matter's workflow; a start that already happened is fine. `known` spares the look-ups the intake has just made. */
  async function startWorkflow(
    matter: StartableMatter,
    known?: { plan: unknown; coDepartmentCodes: string[] },
  ): Promise<void> {
    const [version, item] = known
      ? [{ plan: known.plan }, { coDepartmentCodes: known.coDepartmentCodes }]
      : await Promise.all([
          db.procedureVersion.findUniqueOrThrow({ where: { id: matter.procedureVersionId }, select: { plan: true } }),
          db.serviceItem.findUniqueOrThrow({ where: { id: matter.itemId }, select: { coDepartmentCodes: true } }),
        ]);
    const facts: MatterFacts = {
      matterId: matter.id,
      receiptNo: matter.receiptNo,
      kind: matter.kind,
      itemCode: matter.itemCode,
      viaAgent: matter.viaAgent,
      acceptedDepartmentCode: matter.acceptedDepartmentCode,
      leadDepartmentCode: matter.leadDepartmentCode,
      coDepartmentCodes: item.coDepartmentCodes,
      promisedDays: matter.promisedDays,
    };
    await startProcedure(
      temporal,
      config.TEMPORAL_TASK_QUEUE,
      matter.workflowId,
      facts,
      version.plan as unknown as ProcedurePlan,
    );
  }

  /** Starts a PENDING_START matter's workflow and marks it IN_PROGRESS; whether this call moved it. */
  async function ensureStarted(matter: StartableMatter): Promise<boolean> {
    if (matter.status !== 'PENDING_START') return false;
    await startWorkflow(matter);
    return (await markInProgress([matter.id])).length === 1;
  }

  /** A request whose idempotency key already made a matter is answered with that matter (started if it was not). */
  async function existingMatter(idempotencyKey: string, user: CurrentUser): Promise<IntakeResult | undefined> {
    const existing = await db.matter.findUnique({ where: { idempotencyKey } });
    if (!existing) return undefined;
    if (existing.acceptedById !== user.id)
      throw new AppError('CONFLICT', '幂等键已被使用', 'Idempotency key already used');
    await ensureStarted(existing);
    return await matterResult(existing.id);
  }

  /** A new matter: written with its audit entry in one statement, then started. */
  async function accept(input: TIntake, guide: IntakeGuide, user: CurrentUser, ip?: string): Promise<IntakeResult> {
    const { item } = guide;
    const version = versionOf(guide);
    const [calendar, windowId] = await Promise.all([calendars.get(), windowIdOf(input.windowCode, user)]);
    const rows = matterRows({
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
      matter = await insertMatter(undefined, rows, {
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
    await startWorkflow(matter, { plan: version.plan, coDepartmentCodes: item.coDepartmentCodes });
    if (!(item.kind === 'IMMEDIATE' && user.roles.includes('CLERK'))) {
      inProgress.add(matter.id);
      return resultOf({ ...matter, status: 'IN_PROGRESS' });
    }
    await markInProgress([matter.id]);
    // the matter is accepted either way: a step the engine cannot confirm now waits in the clerk's inbox
    await finishAtWindow(matter, user).catch((error) =>
      logger.warn('an immediate matter was accepted but not finished at the window; its step waits in the inbox', {
        matterId: matter.id,
        error: error instanceof Error ? error.message : String(error),
      }),
    );
    return await matterResult(matter.id);
  }

  /** All items' matters in one transaction: either every matter of the bundle exists or none does. */
  async function createBundle(input: TBundleIntake, items: IntakeGuide[], user: CurrentUser, ip?: string) {
    const versions = items.map(versionOf);
    const [calendar, windowId] = await Promise.all([calendars.get(), windowIdOf(input.windowCode, user)]);
    const acceptedAt = new Date();
    return await db.$transaction(async (tx) => {
      const receiptNo = await nextNumber(tx, 'RECEIPT', chinaDateOf(acceptedAt));
      const created = await tx.bundle.create({
        data: { receiptNo, name: input.name ?? items.map((i) => i.item.name).join(' + ') },
      });
      for (const [i, { item }] of items.entries()) {
        const idempotencyKey = `${input.idempotencyKey}:${item.code}`;
        const rows = matterRows({
          input: singleIntake(input, item),
          item,
          versionId: versions[i].id,
          user,
          acceptedAt,
          windowId,
          calendar,
          idempotencyKey,
          bundleId: created.id,
        });
        if (!(await insertMatter(tx, rows))) throw new KeyTaken(idempotencyKey);
      }
      await audit.recordIn(tx, {
        actorId: user.id,
        actorName: user.username,
        action: 'bundle.accept',
        objectType: 'Bundle',
        objectId: created.id,
        ip,
      });
      return created;
    });
  }

  async function bundleResult(bundleId: string, user: CurrentUser) {
    const bundle = await db.bundle.findUniqueOrThrow({
      where: { id: bundleId },
      include: { matters: { orderBy: { itemCode: 'asc' } } },
    });
    for (const m of bundle.matters) await ensureStarted(m);
    const matters = await db.matter.findMany({ where: { bundleId }, orderBy: { itemCode: 'asc' } });
    if (matters.some((m) => m.acceptedById !== user.id))
      throw new AppError('CONFLICT', '幂等键已被使用', 'Idempotency key already used');
    // the combined promised date is the latest of the items'
    const dueDate = matters.reduce<string | null>(
      (latest, m) => (m.dueDate && (!latest || m.dueDate > latest) ? m.dueDate : latest),
      null,
    );
    return {
      bundle: { id: bundle.id, receiptNo: bundle.receiptNo, name: bundle.name, dueDate },
      matters: matters.map((m) => ({
        id: m.id,
        receiptNo: m.receiptNo,
        itemCode: m.itemCode,
        status: m.status,
        dueDate: m.dueDate,
        provisional: m.provisional,
      })),
    };
  }

  return {
    ensureStarted,
    /** before the process stops: the IN_PROGRESS marks still to be written */
    flush: () => inProgress.flush(),

    /**
     * A matter saved but never started (the engine was down and the clerk gave up) is started here; starting is
     * idempotent, so several API instances may sweep at once. Returns how many were started.
     */
    async startPending(olderThanMs = 30_000): Promise<number> {
      const pending = await db.matter.findMany({
        where: { status: 'PENDING_START', createdAt: { lt: new Date(Date.now() - olderThanMs) } },
        take: 100,
      });
      let started = 0;
      for (const matter of pending) if (await ensureStarted(matter).catch(() => false)) started++;
      return started;
    },

    async intakeBundle(
      input: TBundleIntake,
      user: CurrentUser,
      ip?: string,
    ): Promise<Awaited<ReturnType<typeof bundleResult>>> {
      const existing = await db.matter.findUnique({
        where: { idempotencyKey: `${input.idempotencyKey}:${input.itemCodes[0]}` },
      });
      if (existing?.bundleId) return bundleResult(existing.bundleId, user);
      const items = await activeItems(input.itemCodes);
      for (const { item } of items) checkIntake(singleIntake(input, item), item, user);
      let bundle;
      try {
        bundle = await createBundle(input, items, user, ip);
      } catch (e) {
        if (lostKeyRace(e)) return this.intakeBundle(input, user, ip);
        throw e;
      }
      return bundleResult(bundle.id, user);
    },

    async intake(input: TIntake, user: CurrentUser, ip?: string): Promise<IntakeResult> {
      const guide = await guides.get(input.itemCode);
      let missing: Item['materials'];
      try {
        if (!guide?.item.active) throw notFound('事项', 'Service item');
        ({ missing } = checkIntake(input, guide.item, user));
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

  /** 即办件: the clerk who accepted it finishes the window step at once; the workflow then issues the result. */
  async function finishAtWindow(matter: Pick<Matter, 'workflowId'>, user: CurrentUser) {
    const handle = temporal.workflow.getHandle(matter.workflowId);
    const actor = actorOf(user);
    const deadline = Date.now() + 10_000;
    let task;
    while (!task && Date.now() < deadline) {
      task = (await temporal.connection.withDeadline(deadline, () => handle.query(getState))).tasks.find(
        (t) => t.state === 'OPEN' && t.candidateDepartmentCode === user.departmentCode,
      );
      if (!task) await new Promise((r) => setTimeout(r, 100));
    }
    if (!task) return; // left in the clerk's inbox: nothing is lost
    // the window's acceptance confirms the checks a required yes/no field asks; any other required field needs the clerk
    const formData = Object.fromEntries(
      task.formFields.filter((f) => f.required).map((f) => [f.key, f.type === 'boolean' ? true : undefined]),
    );
    if (Object.values(formData).includes(undefined)) return;
    await runUpdate(() => handle.executeUpdate(claimTask, { args: [{ taskKey: task.taskKey, actor }] }));
    await runUpdate(() =>
      handle.executeUpdate(completeTask, {
        args: [{ taskKey: task.taskKey, actor, decision: 'complete', comment: '即办件当场办结', formData }],
      }),
    );
    // answer with the issued result when it comes quickly; a slow service step finishes in the background
    await Promise.race([handle.result(), new Promise((r) => setTimeout(r, 10_000))]).catch(() => undefined);
  }

  async function matterResult(id: string): Promise<IntakeResult> {
    return resultOf(await db.matter.findUniqueOrThrow({ where: { id } }));
  }

  function resultOf(m: Pick<Matter, 'id' | 'receiptNo' | 'status' | 'dueDate' | 'provisional'>): IntakeResult {
    return {
      kind: 'MATTER',
      matter: { id: m.id, receiptNo: m.receiptNo, status: m.status, dueDate: m.dueDate, provisional: m.provisional },
    };
  }
}
export type IntakeService = ReturnType<typeof createIntakeService>;
