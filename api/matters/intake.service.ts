import type { Client } from '@temporalio/client';
import type { ProcedurePlan } from '../../bpmn/plan';
import { validateIdNumber, maskIdNumber } from '../../domain/identity';
import { chinaDateOf, type WorkingCalendar } from '../../domain/calendar';
import { computeDeadline } from '../../domain/deadline';
import type { CalendarSource } from '../../platform/working-calendar';
import type { Matter, Prisma } from '../../generated/prisma/client';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import type { createPiiCipher } from '../../platform/pii';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { AppError, notFound } from '../errors';
import { actorOf } from './actor';
import { runUpdate, startProcedure } from './matter-workflow';
import { nextNumber } from './receipt-numbers';
import type { TBundleIntake, TIntake } from './matters.types';
import { claimTask, completeTask, getState, type MatterFacts } from '../../workflows/procedure-contract';

type Pii = ReturnType<typeof createPiiCipher>;
type Item = Prisma.ServiceItemGetPayload<{ include: { materials: true } }>;
interface Deps { db: Db; temporal: Client; config: Config; audit: AuditService; pii: Pii; calendars: CalendarSource }


export type IntakeResult =
  | { kind: 'MATTER'; matter: { id: string; receiptNo: string; status: string; dueDate: string | null; provisional: boolean } }
  | { kind: 'NOTICE' | 'REFUSAL'; notice: { id: string; noticeNo: string; missing: Array<{ code: string; name: string }>; reason: string | null } };

/** Checks the applicant and the materials against the guide; every problem at once, in one 400. */
function checkIntake(input: TIntake, item: Item, user: CurrentUser) {
  const problems: Array<{ path: string; message: string }> = [];
  const id = validateIdNumber(input.applicant.idNumber);
  if (!id.ok) problems.push({ path: 'applicant.idNumber', message: id.reasonZh });
  const known = new Set(item.materials.map((m) => m.code));
  for (const code of input.providedMaterials) if (!known.has(code)) problems.push({ path: 'providedMaterials', message: `材料 ${code} 不在办事指南中` });
  const provided = new Set(input.providedMaterials);
  const missing = item.materials.filter((m) => m.required && !provided.has(m.code));
  const owed = new Set(input.owed.map((o) => o.code));
  if (input.decision === 'ACCEPT' && missing.length) {
    problems.push({ path: 'providedMaterials', message: `必要材料未齐：${missing.map((m) => m.name).join('、')}（可选择容缺受理或一次性告知）` });
  }
  if (input.decision === 'ACCEPT_WITH_DEFICIENCY') {
    if (!missing.length) problems.push({ path: 'decision', message: '材料已齐全，无需容缺受理' });
    for (const m of missing) {
      if (!m.deficiencyAllowed) problems.push({ path: 'providedMaterials', message: `材料「${m.name}」不允许容缺，须当场提交` });
      else if (!owed.has(m.code)) problems.push({ path: 'owed', message: `请为容缺材料「${m.name}」填写补交期限` });
    }
  }
  if (input.decision === 'NOTICE' && !missing.length) problems.push({ path: 'decision', message: '材料已齐全，无需一次性告知' });
  if (input.decision === 'REFUSE' && !input.reason) problems.push({ path: 'reason', message: '不予受理须写明理由' });
  if (user.roles.includes('AGENT') && !user.roles.includes('CLERK') && !input.entrustment) {
    problems.push({ path: 'entrustment', message: '代办员代为申请须登记委托书' });
  }
  if (problems.length) throw new AppError('VALIDATION', problems.map((p) => p.message).join('；'), 'Invalid intake', problems);
  return { missing };
}

/** One item's share of a bundle: the shared materials its guide lists. */
function singleIntake(input: TBundleIntake, item: Item): TIntake {
  const listed = new Set(item.materials.map((m) => m.code));
  return { ...input, itemCode: item.code, decision: 'ACCEPT', owed: [], providedMaterials: input.providedMaterials.filter((c) => listed.has(c)) };
}

export function createIntakeService({ db, temporal, config, audit, pii, calendars }: Deps) {
  async function latestPlan(procedureKey: string) {
    const version = await db.procedureVersion.findFirst({ where: { procedure: { key: procedureKey } }, orderBy: { version: 'desc' } });
    if (!version) throw new AppError('CONFLICT', `事项的办理流程 ${procedureKey} 尚未发布`, `Procedure ${procedureKey} has no published version`);
    return version;
  }

  async function issueNotice(input: TIntake, item: Item, missing: Item['materials'], user: CurrentUser): Promise<IntakeResult> {
    const kind = input.decision === 'NOTICE' ? 'NOTICE' : 'REFUSAL';
    const existing = await db.intakeDecision.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
    const decision = existing ?? await db.$transaction(async (tx) => {
      const created = await tx.intakeDecision.create({
        data: {
          noticeNo: await nextNumber(tx, kind, chinaDateOf(new Date())),
          idempotencyKey: input.idempotencyKey, kind, itemId: item.id, applicantName: input.applicant.name,
          applicantIdMasked: maskIdNumber(input.applicant.idNumber),
          missing: missing.map((m) => ({ code: m.code, name: m.name })), reason: input.reason ?? null, issuedById: user.id,
        },
      });
      await audit.recordIn(tx, { actorId: user.id, actorName: user.username, action: `intake.${kind.toLowerCase()}`, objectType: 'IntakeDecision', objectId: created.id });
      return created;
    });
    return { kind, notice: { id: decision.id, noticeNo: decision.noticeNo, missing: decision.missing as Array<{ code: string; name: string }>, reason: decision.reason } };
  }

  /**
   * Inserts one accepted matter inside the caller's transaction, with its receipt number and its promised date
   * (counted now so the receipt shows it; the workflow recounts it whenever something moves it).
   */
  async function insertMatter(tx: Prisma.TransactionClient, a: {
    input: TIntake; item: Item; version: { id: string }; user: CurrentUser; acceptedAt: Date; windowId: string | null;
    calendar: WorkingCalendar; idempotencyKey: string; bundleId?: string;
  }) {
    const { input, item, user, acceptedAt } = a;
    const provided = new Set(input.providedMaterials);
    const owed = new Map(input.owed.map((o) => [o.code, o.dueDate]));
    const viaAgent = Boolean(input.entrustment) || user.roles.includes('AGENT');
    const deadline = computeDeadline({ acceptedAt, promisedDays: item.promisedDays, calendar: a.calendar });
    const receiptNo = await nextNumber(tx, 'RECEIPT', chinaDateOf(acceptedAt));
    const created = await tx.matter.create({
      data: {
        receiptNo, idempotencyKey: a.idempotencyKey, workflowId: `matter-${receiptNo}`, itemId: item.id,
        procedureVersionId: a.version.id, kind: item.kind, status: 'PENDING_START',
        applicantName: input.applicant.name,
        applicantIdCipher: pii.encrypt(input.applicant.idNumber),
        applicantIdMasked: maskIdNumber(input.applicant.idNumber),
        applicantIdDigest: pii.digest(input.applicant.idNumber),
        applicantPhoneCipher: pii.encrypt(input.applicant.phone),
        phoneLast4: input.applicant.phone.slice(-4),
        agentId: viaAgent && user.roles.includes('AGENT') ? user.id : null,
        entrustment: (input.entrustment ?? undefined) as Prisma.InputJsonValue | undefined,
        viaAgent, windowId: a.windowId, acceptedById: user.id, acceptedDepartmentCode: user.departmentCode,
        itemCode: item.code, itemName: item.name, leadDepartmentCode: item.leadDepartmentCode,
        departmentCodes: [...new Set([item.leadDepartmentCode, ...item.coDepartmentCodes])],
        acceptedAt, acceptedOn: chinaDateOf(acceptedAt), promisedDays: item.promisedDays, statutoryDays: item.statutoryDays,
        dueDate: deadline.dueDate, dueAt: deadline.dueAt, provisional: deadline.provisional,
        materials: item.materials.map((m) => ({ code: m.code, name: m.name, required: m.required, provided: provided.has(m.code), owed: owed.has(m.code), dueDate: owed.get(m.code) ?? null })),
        deficiencies: input.owed.length ? input.owed : undefined,
        bundleId: a.bundleId ?? null,
      },
    });
    await tx.deadlineChange.create({
      // the same key the deadline activity uses, so its first recount adds nothing
      data: { matterId: created.id, eventKey: `${created.id}:none->${deadline.dueDate}:accepted`, newDueDate: deadline.dueDate, reasonZh: '受理', reasonEn: 'accepted' },
    });
    await tx.matterEvent.create({
      data: { matterId: created.id, eventKey: `${created.id}:accepted`, type: input.decision === 'ACCEPT' ? 'matter.accepted' : 'matter.acceptedWithDeficiency', actorId: user.id, actorName: user.displayName, at: acceptedAt, data: viaAgent ? { viaAgent: true } : undefined },
    });
    return created;
  }

  async function createMatter(input: TIntake, item: Item, user: CurrentUser, ip?: string) {
    const [version, calendar, windowId] = await Promise.all([latestPlan(item.procedureKey), calendars.get(), windowIdOf(input.windowCode)]);
    const matter = await db.$transaction(async (tx) => {
      const matter = await insertMatter(tx, { input, item, version, user, acceptedAt: new Date(), windowId, calendar, idempotencyKey: input.idempotencyKey });
      await audit.recordIn(tx, { actorId: user.id, actorName: user.username, action: 'matter.accept', objectType: 'Matter', objectId: matter.id, ip });
      return matter;
    });
    return { matter, plan: version.plan };
  }

  async function windowIdOf(code: string | undefined): Promise<string | null> {
    return code ? (await db.window.findUnique({ where: { code } }))?.id ?? null : null;
  }

  /**
   * Starts (or, on a retry, re-starts) the matter's workflow; a start that already happened is fine. Returns
   * whether this call moved the matter to IN_PROGRESS. `known` spares the look-ups the intake has just made.
   */
  async function ensureStarted(matter: Matter, known?: { plan: unknown; coDepartmentCodes: string[] }): Promise<boolean> {
    if (matter.status !== 'PENDING_START') return false;
    const [version, item] = known
      ? [{ plan: known.plan }, { coDepartmentCodes: known.coDepartmentCodes }]
      : await Promise.all([
        db.procedureVersion.findUniqueOrThrow({ where: { id: matter.procedureVersionId } }),
        db.serviceItem.findUniqueOrThrow({ where: { id: matter.itemId }, select: { coDepartmentCodes: true } }),
      ]);
    const facts: MatterFacts = {
      matterId: matter.id, receiptNo: matter.receiptNo, kind: matter.kind, itemCode: matter.itemCode, viaAgent: matter.viaAgent,
      acceptedDepartmentCode: matter.acceptedDepartmentCode, leadDepartmentCode: matter.leadDepartmentCode,
      coDepartmentCodes: item.coDepartmentCodes, promisedDays: matter.promisedDays,
    };
    await startProcedure(temporal, config.TEMPORAL_TASK_QUEUE, matter.workflowId, facts, version.plan as unknown as ProcedurePlan);
    const { count } = await db.matter.updateMany({ where: { id: matter.id, status: 'PENDING_START' }, data: { status: 'IN_PROGRESS' } });
    return count === 1;
  }

  /** All items' matters in one transaction: either every matter of the bundle exists or none does. */
  async function createBundle(input: TBundleIntake, items: Item[], user: CurrentUser, ip?: string) {
    const [versions, calendar, windowId] = await Promise.all([
      Promise.all(items.map((item) => latestPlan(item.procedureKey))), calendars.get(), windowIdOf(input.windowCode),
    ]);
    const acceptedAt = new Date();
    const bundle = await db.$transaction(async (tx) => {
      const receiptNo = await nextNumber(tx, 'RECEIPT', chinaDateOf(acceptedAt));
      const created = await tx.bundle.create({ data: { receiptNo, name: input.name ?? items.map((i) => i.name).join(' + ') } });
      for (const [i, item] of items.entries()) {
        await insertMatter(tx, { input: singleIntake(input, item), item, version: versions[i], user, acceptedAt, windowId, calendar, idempotencyKey: `${input.idempotencyKey}:${item.code}`, bundleId: created.id });
      }
      await audit.recordIn(tx, { actorId: user.id, actorName: user.username, action: 'bundle.accept', objectType: 'Bundle', objectId: created.id, ip });
      return created;
    });
    return bundle;
  }

  async function bundleResult(bundleId: string, user: CurrentUser) {
    const bundle = await db.bundle.findUniqueOrThrow({ where: { id: bundleId }, include: { matters: { orderBy: { itemCode: 'asc' } } } });
    for (const m of bundle.matters) await ensureStarted(m);
    const matters = await db.matter.findMany({ where: { bundleId }, orderBy: { itemCode: 'asc' } });
    if (matters.some((m) => m.acceptedById !== user.id)) throw new AppError('CONFLICT', '幂等键已被使用', 'Idempotency key already used');
    // the combined promised date is the latest of the items'
    const dueDate = matters.reduce<string | null>((latest, m) => (m.dueDate && (!latest || m.dueDate > latest) ? m.dueDate : latest), null);
    return {
      bundle: { id: bundle.id, receiptNo: bundle.receiptNo, name: bundle.name, dueDate },
      matters: matters.map((m) => ({ id: m.id, receiptNo: m.receiptNo, itemCode: m.itemCode, status: m.status, dueDate: m.dueDate, provisional: m.provisional })),
    };
  }

  return {
    ensureStarted,

    /**
     * A matter saved but never started (the engine was down and the clerk gave up) is started here; starting is
     * idempotent, so several API instances may sweep at once. Returns how many were started.
     */
    async startPending(olderThanMs = 30_000): Promise<number> {
      const pending = await db.matter.findMany({ where: { status: 'PENDING_START', createdAt: { lt: new Date(Date.now() - olderThanMs) } }, take: 100 });
      let started = 0;
      for (const matter of pending) if (await ensureStarted(matter).catch(() => false)) started++;
      return started;
    },

    async intakeBundle(input: TBundleIntake, user: CurrentUser, ip?: string): Promise<Awaited<ReturnType<typeof bundleResult>>> {
      const existing = await db.matter.findUnique({ where: { idempotencyKey: `${input.idempotencyKey}:${input.itemCodes[0]}` } });
      if (existing?.bundleId) return bundleResult(existing.bundleId, user);
      const items = await db.serviceItem.findMany({ where: { code: { in: input.itemCodes }, active: true }, include: { materials: { orderBy: { sort: 'asc' } } } });
      const unknown = input.itemCodes.filter((c) => !items.some((i) => i.code === c));
      if (unknown.length) throw new AppError('VALIDATION', `事项不存在或已停用：${unknown.join('、')}`, `Unknown or inactive items: ${unknown.join(', ')}`);
      const ordered = input.itemCodes.map((c) => items.find((i) => i.code === c)!);
      for (const item of ordered) checkIntake(singleIntake(input, item), item, user);
      let bundle;
      try {
        bundle = await createBundle(input, ordered, user, ip);
      } catch (e) {
        if ((e as { code?: string }).code === 'P2002') return this.intakeBundle(input, user, ip);
        throw e;
      }
      return bundleResult(bundle.id, user);
    },

    async intake(input: TIntake, user: CurrentUser, ip?: string): Promise<IntakeResult> {
      const existing = await db.matter.findUnique({ where: { idempotencyKey: input.idempotencyKey } });
      if (existing) {
        if (existing.acceptedById !== user.id) throw new AppError('CONFLICT', '幂等键已被使用', 'Idempotency key already used');
        await ensureStarted(existing);
        return await matterResult(existing.id);
      }
      const item = await db.serviceItem.findUnique({ where: { code: input.itemCode }, include: { materials: { orderBy: { sort: 'asc' } } } });
      if (!item || !item.active) throw notFound('事项', 'Service item');
      const { missing } = checkIntake(input, item, user);
      if (input.decision === 'NOTICE' || input.decision === 'REFUSE') return issueNotice(input, item, missing, user);
      let created;
      try {
        created = await createMatter(input, item, user, ip);
      } catch (e) {
        // a concurrent request with the same key won the race: answer with its matter
        if ((e as { code?: string }).code === 'P2002') return this.intake(input, user, ip);
        throw e;
      }
      const { matter, plan } = created;
      const started = await ensureStarted(matter, { plan, coDepartmentCodes: item.coDepartmentCodes });
      if (item.kind === 'IMMEDIATE' && user.roles.includes('CLERK')) await finishAtWindow(matter, user);
      else if (started) return resultOf({ ...matter, status: 'IN_PROGRESS' });
      return await matterResult(matter.id);
    },
  };

  /** 即办件: the clerk who accepted it finishes the window step at once; the workflow then issues the result. */
  async function finishAtWindow(matter: Matter, user: CurrentUser) {
    const handle = temporal.workflow.getHandle(matter.workflowId);
    const actor = actorOf(user);
    const deadline = Date.now() + 10_000;
    let task;
    while (!task && Date.now() < deadline) {
      task = (await handle.query(getState)).tasks.find((t) => t.state === 'OPEN' && t.candidateDepartmentCode === user.departmentCode);
      if (!task) await new Promise((r) => setTimeout(r, 100));
    }
    if (!task) return; // left in the clerk's inbox: nothing is lost
    // the window's acceptance confirms the checks a required yes/no field asks; any other required field needs the clerk
    const formData = Object.fromEntries(task.formFields.filter((f) => f.required).map((f) => [f.key, f.type === 'boolean' ? true : undefined]));
    if (Object.values(formData).includes(undefined)) return;
    await runUpdate(() => handle.executeUpdate(claimTask, { args: [{ taskKey: task.taskKey, actor }] }));
    await runUpdate(() => handle.executeUpdate(completeTask, { args: [{ taskKey: task.taskKey, actor, decision: 'complete', comment: '即办件当场办结', formData }] }));
    // answer with the issued result when it comes quickly; a slow service step finishes in the background
    await Promise.race([handle.result(), new Promise((r) => setTimeout(r, 10_000))]).catch(() => undefined);
  }

  async function matterResult(id: string): Promise<IntakeResult> {
    return resultOf(await db.matter.findUniqueOrThrow({ where: { id } }));
  }

  function resultOf(m: Matter): IntakeResult {
    return { kind: 'MATTER', matter: { id: m.id, receiptNo: m.receiptNo, status: m.status, dueDate: m.dueDate, provisional: m.provisional } };
  }
}
export type IntakeService = ReturnType<typeof createIntakeService>;
