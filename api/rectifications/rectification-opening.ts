import { Prisma } from '../../generated/prisma/client';
import { staffNoticesForDepartmentAnswerersSql } from '../../platform/notices/outbox.sql';

type Tx = Prisma.TransactionClient;

/**
 * 整改 opened by a poor rating, in the rating's transaction: answerable by the matter's lead department, whose
 * head (or managers and approvers) hear of it at once.
 */
export async function openRectification(
  tx: Tx,
  input: { ratingId: string; matterId: string; leadDepartmentCode: string; dueDate: string; at: Date },
) {
  const department = await tx.department.findUnique({
    where: { code: input.leadDepartmentCode },
    select: { id: true },
  });
  const rectification = await tx.rectification.create({
    data: {
      ratingId: input.ratingId,
      matterId: input.matterId,
      departmentId: department?.id ?? null,
      dueDate: input.dueDate,
    },
  });
  if (department)
    await tx.$executeRaw(
      staffNoticesForDepartmentAnswerersSql(department.id, input.matterId, {
        causeKey: `${input.matterId}:rectification:${rectification.id}:opened`,
        kind: 'RECTIFICATION_OPENED',
        data: { dueDate: input.dueDate },
        at: input.at,
      }),
    );
  return rectification;
}
