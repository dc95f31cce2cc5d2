import { chinaDateOf } from '../../domain/china-time';
import { checkIntake, type IntakeDeclaration, type MaterialRule } from '../../domain/intake';
import type { CurrentUser } from '../auth/auth.types';
import type { IntakeGuide, IntakeGuides } from '../catalogue/intake-guides';
import type { WindowDirectory } from '../organisation/window-directory';
import { AppError } from '../errors';

/**
 * The intake rules (domain/intake.ts) for this request, today in China; every problem at once, in one 400 naming the
 * fields in both languages. The missing materials.
 */
export function checkedIntake(
  input: IntakeDeclaration,
  materials: MaterialRule[],
  user: CurrentUser,
  now = new Date(),
): MaterialRule[] {
  const { problems, missing } = checkIntake(input, materials, user.roles, chinaDateOf(now));
  if (problems.length)
    throw new AppError(
      'VALIDATION',
      problems.map((p) => p.message).join('；'),
      `Invalid intake: ${problems.map((p) => `${p.path}: ${p.messageEn}`).join('; ')}`,
      problems,
    );
  return missing;
}

/** The version a new matter runs: its procedure's latest; a procedure never published cannot accept matters. */
export function versionOf(guide: IntakeGuide): NonNullable<IntakeGuide['version']> {
  if (!guide.version) {
    const key = guide.item.procedureKey;
    throw new AppError('CONFLICT', `事项的办理流程 ${key} 尚未发布`, `Procedure ${key} has no published version`);
  }
  return guide.version;
}

/** What an intake is checked against in the catalogue and the organisation. */
export function createIntakeLookups({ guides, windows }: { guides: IntakeGuides; windows: WindowDirectory }) {
  return {
    guide: (code: string) => guides.get(code),

    /** Active items by code, in the order asked; unknown or inactive ones are a 400 naming them all. */
    async activeItems(codes: string[]): Promise<IntakeGuide[]> {
      const found = await Promise.all(codes.map((code) => guides.get(code)));
      const unknown = codes.filter((_, i) => !found[i]?.item.active);
      if (unknown.length)
        throw new AppError(
          'VALIDATION',
          `事项不存在或已停用：${unknown.join('、')}`,
          `Unknown or inactive items: ${unknown.join(', ')}`,
        );
      return found as IntakeGuide[];
    },

    /** The window the matter is accepted at: one of the accepting user's department, or none given. */
    async windowIdOf(code: string | undefined, user: CurrentUser): Promise<string | null> {
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
    },
  };
}
export type IntakeLookups = ReturnType<typeof createIntakeLookups>;
