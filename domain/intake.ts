/**
 * The window's intake rules (一次性告知, 容缺受理, 不予受理, 委托代办): what an intake must show before anything is
 * written, checked all at once so the clerk sees every problem in one answer.
 */
import { validateIdNumber } from './identity';

export const INTAKE_DECISIONS = ['ACCEPT', 'ACCEPT_WITH_DEFICIENCY', 'NOTICE', 'REFUSE'] as const;
export type IntakeDecision = (typeof INTAKE_DECISIONS)[number];

/** What the checks need of a material the item's guide lists. */
export interface MaterialRule {
  code: string;
  name: string;
  required: boolean;
  /** 容缺: may be accepted now and handed in later */
  deficiencyAllowed: boolean;
}

/** What the window declares: the applicant's ID number, what was handed in and what is owed, and its decision. */
export interface IntakeDeclaration {
  applicant: { idNumber: string };
  providedMaterials: string[];
  owed: Array<{ code: string }>;
  decision: IntakeDecision;
  reason?: string;
  entrustment?: unknown;
}

export interface IntakeProblem {
  path: string;
  message: string;
}

/** An agent (村代办员) applies on someone's behalf, so the entrustment (委托书) must be registered; a clerk need not. */
export const needsEntrustment = (roles: readonly string[]): boolean =>
  roles.includes('AGENT') && !roles.includes('CLERK');

/** A matter is handled for the applicant by an agent when it is entrusted or an agent submits it. */
export const isViaAgent = (entrustment: unknown, roles: readonly string[]): boolean =>
  Boolean(entrustment) || roles.includes('AGENT');

/** 即办件 accepted by a clerk are finished at the window, while the applicant waits; an agent's go to the clerks. */
export const isFinishedAtWindow = (kind: string, roles: readonly string[]): boolean =>
  kind === 'IMMEDIATE' && roles.includes('CLERK');

/**
 * Checks the applicant and the materials against the guide: every problem at once (none: the intake may go ahead),
 * and the required materials missing, which a notice lists and a deficiency acceptance owes.
 */
export function checkIntake(
  input: IntakeDeclaration,
  materials: readonly MaterialRule[],
  roles: readonly string[],
): { problems: IntakeProblem[]; missing: MaterialRule[] } {
  const problems: IntakeProblem[] = [];
  const id = validateIdNumber(input.applicant.idNumber);
  if (!id.ok) problems.push({ path: 'applicant.idNumber', message: id.reasonZh });
  const known = new Set(materials.map((m) => m.code));
  for (const code of input.providedMaterials)
    if (!known.has(code)) problems.push({ path: 'providedMaterials', message: `材料 ${code} 不在办事指南中` });
  const provided = new Set(input.providedMaterials);
  const missing = materials.filter((m) => m.required && !provided.has(m.code));
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
  if (needsEntrustment(roles) && !input.entrustment) {
    problems.push({ path: 'entrustment', message: '代办员代为申请须登记委托书' });
  }
  return { problems, missing };
}

/** 一件事一次办: the materials handed in once for the bundle that one item's guide lists. */
export function materialsForItem(provided: readonly string[], listed: readonly Pick<MaterialRule, 'code'>[]): string[] {
  const codes = new Set(listed.map((m) => m.code));
  return provided.filter((code) => codes.has(code));
}

/** A bundle's promised date: the latest of its matters' (China dates compare as text); none when none has one. */
export function latestDueDate(dueDates: ReadonlyArray<string | null>): string | null {
  return dueDates.reduce<string | null>((latest, d) => (d && (!latest || d > latest) ? d : latest), null);
}
