import type { Db } from '../platform/db';
import { CATALOGUE } from './seed-data/catalogue';

/** Upserts the demo catalogue by item code; existing items keep admins' edits. */
export async function seedCatalogue(db: Db): Promise<void> {
  for (const item of CATALOGUE) {
    const existing = await db.serviceItem.findUnique({ where: { code: item.code } });
    if (existing) continue;
    await db.serviceItem.create({
      data: {
        code: item.code,
        name: item.name,
        nameEn: item.nameEn,
        kind: item.kind,
        leadDepartmentCode: item.lead,
        coDepartmentCodes: item.co ?? [],
        legalBasis: item.legalBasis,
        conditions: item.conditions,
        promisedDays: item.promisedDays,
        statutoryDays: item.statutoryDays,
        fees: item.fees ?? '不收费',
        deliveryMethods: item.delivery,
        procedureKey: item.procedureKey,
        materials: {
          create: item.materials.map((m, sort) => ({
            code: m.code,
            name: m.name,
            required: m.required ?? true,
            deficiencyAllowed: m.deficiencyAllowed ?? false,
            note: m.note,
            sample: m.sample,
            sort,
          })),
        },
        feeStandards: { create: (item.feeLines ?? []).map((f, sort) => ({ ...f, sort })) },
      },
    });
  }
}
