import type { Db } from '../../platform/db';
import { notFound } from '../errors';
import { itemIdsMatching } from '../catalogue/catalogue.service';
import type { CentreProfileService } from './centre-profile.service';

const FEE_LINES = {
  feeStandards: {
    select: { code: true, name: true, amountFen: true, unit: true, basis: true },
    orderBy: [{ sort: 'asc' as const }, { code: 'asc' as const }],
  },
};

const feesOf = (lines: Array<{ code: string; name: string; amountFen: number; unit: string; basis: string }>) => ({
  free: lines.length === 0,
  lines,
});

const publicCentre = ({
  name,
  address,
  hours,
  phone,
  complaintPhone,
}: Awaited<ReturnType<CentreProfileService['get']>>) => ({
  name,
  address,
  hours,
  phone,
  complaintPhone,
});

/**
 * 办事指南, open to everyone: each active item with its basis, conditions, materials (with their samples), limits,
 * fees with their basis, where and when to apply and the complaint phone. Read from the catalogue as admins keep it.
 */
export function createPublicGuideService({ db, centre }: { db: Db; centre: CentreProfileService }) {
  async function departmentNames() {
    const departments = await db.department.findMany({ select: { code: true, name: true } });
    const names = new Map(departments.map((d) => [d.code, d.name]));
    return (code: string) => names.get(code) ?? code;
  }

  return {
    async catalogue(q?: string) {
      const [items, nameOf, profile] = await Promise.all([
        db.serviceItem.findMany({
          where: {
            active: true,
            // the catalogue's own search: 低保 finds 最低生活保障申请
            ...(q ? { id: { in: await itemIdsMatching(db, q) } } : {}),
          },
          include: FEE_LINES,
          orderBy: { code: 'asc' },
        }),
        departmentNames(),
        centre.get(),
      ]);
      return {
        centre: publicCentre(profile),
        items: items.map((i) => ({
          code: i.code,
          name: i.name,
          kind: i.kind,
          departmentName: nameOf(i.leadDepartmentCode),
          promisedDays: i.promisedDays,
          statutoryDays: i.statutoryDays,
          fees: feesOf(i.feeStandards),
        })),
      };
    },

    async guide(code: string) {
      const item = await db.serviceItem.findFirst({
        where: { code, active: true },
        include: { ...FEE_LINES, materials: { orderBy: [{ sort: 'asc' }, { code: 'asc' }] } },
      });
      if (!item) throw notFound(`事项 ${code} `, `Service item ${code}`);
      const [nameOf, profile, windows, stations] = await Promise.all([
        departmentNames(),
        centre.get(),
        db.window.findMany({
          where: { kind: 'COMPREHENSIVE', active: true },
          select: { name: true },
          orderBy: { code: 'asc' },
        }),
        db.serviceStation.findMany({ where: { active: true }, select: { name: true }, orderBy: { code: 'asc' } }),
      ]);
      return {
        code: item.code,
        name: item.name,
        kind: item.kind,
        departmentName: nameOf(item.leadDepartmentCode),
        coDepartmentNames: item.coDepartmentCodes.map(nameOf),
        promisedDays: item.promisedDays,
        statutoryDays: item.statutoryDays,
        legalBasis: item.legalBasis,
        conditions: item.conditions,
        deliveryMethods: item.deliveryMethods,
        fees: feesOf(item.feeStandards),
        materials: item.materials.map((m) => ({
          name: m.name,
          required: m.required,
          deferrable: m.deficiencyAllowed,
          note: m.note,
          sample: m.sample,
        })),
        centre: publicCentre(profile),
        windows: windows.map((w) => w.name),
        stations: stations.map((s) => s.name),
      };
    },
  };
}
export type PublicGuideService = ReturnType<typeof createPublicGuideService>;
