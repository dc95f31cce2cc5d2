import { randomUUID } from 'node:crypto';
import type { Prisma } from '../../../generated/prisma/client';
import type { Db } from '../../../platform/db';

/**
 * Matter rows written straight to the database, for figures and look-ups that need a known past (a completed
 * matter in 2020, a given phone number) rather than a matter run through its workflow. No workflow exists for
 * them: receipt numbers start with 'T' so they never collide with real ones.
 */
export async function insertMatter(db: Db, itemCode: string, fields: Partial<Prisma.MatterUncheckedCreateInput> = {}) {
  const item = await db.serviceItem.findUniqueOrThrow({ where: { code: itemCode } });
  const procedure = await db.procedure.findUniqueOrThrow({
    where: { key: item.procedureKey },
    include: { versions: { take: 1, orderBy: { version: 'desc' } } },
  });
  const clerk = await db.user.findUniqueOrThrow({ where: { username: 'clerk' } });
  const key = randomUUID();
  const acceptedAt = (fields.acceptedAt as Date | undefined) ?? new Date();
  return db.matter.create({
    data: {
      receiptNo: `T${key.replace(/-/g, '').slice(0, 15).toUpperCase()}`,
      idempotencyKey: key,
      workflowId: `fixture-${key}`,
      itemId: item.id,
      procedureVersionId: procedure.versions[0].id,
      kind: item.kind,
      status: 'IN_PROGRESS',
      applicantName: '测试人',
      applicantIdCipher: 'x',
      applicantIdMasked: '1101**********0011',
      applicantIdDigest: key,
      applicantPhoneCipher: 'x',
      phoneLast4: '1234',
      acceptedById: clerk.id,
      acceptedDepartmentCode: 'WINDOW',
      itemCode: item.code,
      itemName: item.name,
      leadDepartmentCode: item.leadDepartmentCode,
      departmentCodes: [item.leadDepartmentCode, ...item.coDepartmentCodes],
      acceptedAt,
      acceptedOn: new Date(acceptedAt.getTime() + 8 * 3_600_000).toISOString().slice(0, 10),
      promisedDays: item.promisedDays,
      statutoryDays: item.statutoryDays,
      materials: [],
      ...fields,
    },
  });
}
