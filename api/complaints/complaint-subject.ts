import { departmentConcerned } from '../../domain/complaints';
import type { Db } from '../../platform/db';
import { AppError } from '../errors';

export interface ComplaintSubject {
  subjectMatterId: string | null;
  subjectUserId: string | null;
  /** the department the link decides (domain/complaints.ts departmentConcerned) */
  departmentCode: string | null;
}

const unknownMatter = (receiptNo: string) =>
  new AppError('VALIDATION', `未找到被投诉的办件：${receiptNo}`, `No matter with receipt number ${receiptNo}`, [
    { path: 'subjectReceiptNo', message: '未找到该受理编号的办件' },
  ]);
const unknownUser = () =>
  new AppError('VALIDATION', '被投诉人员不存在', 'The staff member complained about does not exist', [
    { path: 'subjectUserId', message: '被投诉人员不存在' },
  ]);

/**
 * What a complaint is about, from what the complainant or the clerk named: the matter (by its receipt number) and/or
 * the staff member, and the department concerned they decide. `strict`: an unknown receipt number or person is a
 * 400 (staff entering it can correct it); the public page passes false and gets no link instead, so receipt numbers
 * cannot be probed through it.
 */
export async function resolveSubject(
  db: Db,
  named: { receiptNo?: string; userId?: string },
  strict: boolean,
): Promise<ComplaintSubject> {
  const [matter, user] = await Promise.all([
    named.receiptNo
      ? db.matter.findUnique({
          where: { receiptNo: named.receiptNo },
          select: { id: true, leadDepartmentCode: true },
        })
      : null,
    named.userId
      ? db.user.findUnique({
          where: { id: named.userId },
          select: { id: true, department: { select: { code: true } } },
        })
      : null,
  ]);
  if (strict && named.receiptNo && !matter) throw unknownMatter(named.receiptNo);
  if (strict && named.userId && !user) throw unknownUser();
  return {
    subjectMatterId: matter?.id ?? null,
    subjectUserId: user?.id ?? null,
    departmentCode: departmentConcerned({
      staffDepartmentCode: user?.department.code,
      matterLeadDepartmentCode: matter?.leadDepartmentCode,
    }),
  };
}

/** An active department of the centre, or a 400 naming the field. */
export async function requireActiveDepartment(db: Db, code: string): Promise<{ code: string; name: string }> {
  const department = await db.department.findFirst({
    where: { code, active: true },
    select: { code: true, name: true },
  });
  if (!department)
    throw new AppError(
      'VALIDATION',
      `部门 ${code} 不存在或已停用`,
      `Department ${code} does not exist or is inactive`,
      [{ path: 'departmentCode', message: '部门不存在或已停用' }],
    );
  return department;
}
