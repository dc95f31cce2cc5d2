import { chinaDateOf } from '../../domain/china-time';
import { latestDueDate, materialsForItem } from '../../domain/intake';
import type { Db } from '../../platform/db';
import type { createPiiCipher } from '../../platform/pii';
import type { CalendarSource } from '../../platform/calendar-source';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import type { GuideItem, IntakeGuide } from '../catalogue/intake-guides';
import { checkedIntake, versionOf, type IntakeLookups } from './intake-checks';
import { insertMatter } from './intake.sql';
import type { BundleResult, TBundleIntake, TIntake } from './intake.types';
import { KeyTaken, keyUsedByAnother, lostKeyRace } from './key-race';
import { matterRows } from './matter-rows';
import type { MatterStarter } from './matter-start';
import { nextNumber } from './receipt-numbers';

interface Deps {
  db: Db;
  audit: AuditService;
  pii: ReturnType<typeof createPiiCipher>;
  calendars: CalendarSource;
  lookups: IntakeLookups;
  starter: MatterStarter;
}

/** One item's share of a bundle: an acceptance with the shared materials its guide lists. */
function singleIntake(input: TBundleIntake, item: GuideItem): TIntake {
  return {
    ...input,
    itemCode: item.code,
    decision: 'ACCEPT',
    owed: [],
    providedMaterials: materialsForItem(input.providedMaterials, item.materials),
  };
}

/** 一件事一次办: one receipt for several items' matters, accepted together or not at all. */
export function createBundleIntake({ db, audit, pii, calendars, lookups, starter }: Deps) {
  /** All items' matters in one transaction: either every matter of the bundle exists or none does. */
  async function createBundle(input: TBundleIntake, items: IntakeGuide[], user: CurrentUser, ip?: string) {
    const versions = items.map(versionOf);
    const [calendar, windowId] = await Promise.all([calendars.get(), lookups.windowIdOf(input.windowCode, user)]);
    const acceptedAt = new Date();
    return await db.$transaction(async (tx) => {
      const receiptNo = await nextNumber(tx, 'RECEIPT', chinaDateOf(acceptedAt));
      const created = await tx.bundle.create({
        data: { receiptNo, name: input.name ?? items.map((i) => i.item.name).join(' + ') },
      });
      for (const [i, { item }] of items.entries()) {
        const idempotencyKey = `${input.idempotencyKey}:${item.code}`;
        const rows = matterRows(pii, {
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
        if (!(await insertMatter(db, tx, rows))) throw new KeyTaken(idempotencyKey);
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

  /** The bundle with its matters, each started (a retry starts what the first attempt could not). */
  async function bundleResult(bundleId: string, user: CurrentUser): Promise<BundleResult> {
    const bundle = await db.bundle.findUniqueOrThrow({
      where: { id: bundleId },
      include: { matters: { orderBy: { itemCode: 'asc' } } },
    });
    for (const m of bundle.matters) await starter.ensureStarted(m);
    const matters = await db.matter.findMany({ where: { bundleId }, orderBy: { itemCode: 'asc' } });
    if (matters.some((m) => m.acceptedById !== user.id)) throw keyUsedByAnother();
    return {
      bundle: {
        id: bundle.id,
        receiptNo: bundle.receiptNo,
        name: bundle.name,
        dueDate: latestDueDate(matters.map((m) => m.dueDate)),
      },
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

  return async function intakeBundle(input: TBundleIntake, user: CurrentUser, ip?: string): Promise<BundleResult> {
    const existing = await db.matter.findUnique({
      where: { idempotencyKey: `${input.idempotencyKey}:${input.itemCodes[0]}` },
    });
    if (existing?.bundleId) return bundleResult(existing.bundleId, user);
    const items = await lookups.activeItems(input.itemCodes);
    for (const { item } of items) checkedIntake(singleIntake(input, item), item.materials, user);
    let bundle;
    try {
      bundle = await createBundle(input, items, user, ip);
    } catch (e) {
      // a concurrent request with the same key made the bundle: answer with it
      if (lostKeyRace(e)) return intakeBundle(input, user, ip);
      throw e;
    }
    return bundleResult(bundle.id, user);
  };
}
