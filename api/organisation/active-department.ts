import type { Db } from '../../platform/db';
import { AppError } from '../errors';

/** The id of an active department, or a 400 naming the field: nothing new joins a deactivated department. */
export async function activeDepartmentId(db: Db, code: string, path = 'departmentCode'): Promise<string> {
  const department = await db.department.findUnique({ where: { code }, select: { id: true, active: true } });
  if (!department?.active) {
    const zh = department ? `部门 ${code} 已停用` : `部门 ${code} 不存在`;
    const en = department ? `Department ${code} is inactive` : `Department ${code} does not exist`;
    throw new AppError('VALIDATION', zh, en, [{ path, message: zh, messageEn: en }]);
  }
  return department.id;
}

/** The active departments' codes: what a procedure's user tasks may name (the compile's known departments). */
export const activeDepartmentCodes = async (db: Pick<Db, 'department'>): Promise<string[]> =>
  (await db.department.findMany({ where: { active: true }, select: { code: true } })).map((d) => d.code);
