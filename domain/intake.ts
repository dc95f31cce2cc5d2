/**
 * The window's intake rules (一次性告知, 容缺受理, 不予受理, 委托代办): what an intake must show before anything is
 * written, checked all at once so the clerk sees every problem in one answer.
 */
import { addCalendarDays } from './china-time';
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
  /** 容缺: each owed material with the date it is promised by (China date) */
  owed: Array<{ code: string; dueDate?: string }>;
  decision: IntakeDecision;
  reason?: string;
  entrustment?: unknown;
}

export interface IntakeProblem {
  path: string;
  message: string;
  messageEn: string;
}

/**
 * The latest an owed material (容缺) may be promised for, in calendar days from the intake: a year. The product's
 * convention, not a statute: later than that the matter would long be decided (no item promises more than 365
 * working days), so such a date is a typing error (9999-12-31), not a promise.
 */
export const OWED_DUE_MAX_DAYS_AHEAD = 365;

/** An agent (村代办员) applies on someone's behalf, so the entrustment (委托书) must be registered; a clerk need not. */
export const needsEntrustment = (roles: readonly string[]): boolean =>
  roles.includes('AGENT') && !roles.includes('CLERK');

/** A matter is handled for the applicant by an agent when it is entrusted or an agent submits it. */
export const isViaAgent = (entrustment: unknown, roles: readonly string[]): boolean =>
  Boolean(entrustment) || roles.includes('AGENT');

/** 即办件 accepted by a clerk are finished at the window, while the applicant waits; an agent's go to the clerks. */
export const isFinishedAtWindow = (kind: string, roles: readonly string[]): boolean =>
  kind === 'IMMEDIATE' && roles.includes('CLERK');

/** An owed material's promised date: from today (the day of the intake) to OWED_DUE_MAX_DAYS_AHEAD days on. */
export function owedDueDateProblem(dueDate: string, today: string): { zh: string; en: string } | undefined {
  if (dueDate < today) return { zh: `补交期限 ${dueDate} 已过`, en: `the due date ${dueDate} is in the past` };
  const latest = addCalendarDays(today, OWED_DUE_MAX_DAYS_AHEAD);
  if (dueDate > latest)
    return {
      zh: `补交期限不能晚于 ${latest}（受理后一年内）`,
      en: `the due date may be at most a year ahead (${latest})`,
    };
  return undefined;
}

/**
 * Checks the applicant and the materials against the guide on the day of the intake (`today`, China date): every
 * problem at once (none: the intake may go ahead), and the required materials missing, which a notice lists and a
 * deficiency acceptance owes.
 */
export function checkIntake(
  input: IntakeDeclaration,
  materials: readonly MaterialRule[],
  roles: readonly string[],
  today: string,
): { problems: IntakeProblem[]; missing: MaterialRule[] } {
  const problems: IntakeProblem[] = [];
  const problem = (path: string, message: string, messageEn: string) => problems.push({ path, message, messageEn });
  const id = validateIdNumber(input.applicant.idNumber, { today });
  if (!id.ok) problem('applicant.idNumber', id.reasonZh, id.reasonEn);
  const known = new Set(materials.map((m) => m.code));
  for (const code of input.providedMaterials)
    if (!known.has(code)) problem('providedMaterials', `材料 ${code} 不在办事指南中`, `${code} is not in the guide`);
  input.owed.forEach(({ dueDate }, index) => {
    const wrong = dueDate === undefined ? undefined : owedDueDateProblem(dueDate, today);
    if (wrong) problem(`owed.${index}.dueDate`, wrong.zh, wrong.en);
  });
  const provided = new Set(input.providedMaterials);
  const missing = materials.filter((m) => m.required && !provided.has(m.code));
  const owed = new Set(input.owed.map((o) => o.code));
  if (input.decision === 'ACCEPT' && missing.length) {
    problem(
      'providedMaterials',
      `必要材料未齐：${missing.map((m) => m.name).join('、')}（可选择容缺受理或一次性告知）`,
      `required materials missing: ${missing.map((m) => m.code).join(', ')} (accept with deficiency, or issue a notice)`,
    );
  }
  if (input.decision === 'ACCEPT_WITH_DEFICIENCY') {
    if (!missing.length) problem('decision', '材料已齐全，无需容缺受理', 'the materials are complete: nothing is owed');
    for (const m of missing) {
      if (!m.deficiencyAllowed)
        problem('providedMaterials', `材料「${m.name}」不允许容缺，须当场提交`, `${m.code} cannot be owed`);
      else if (!owed.has(m.code))
        problem('owed', `请为容缺材料「${m.name}」填写补交期限`, `give the date ${m.code} will be supplied by`);
    }
  }
  if (input.decision === 'NOTICE' && !missing.length)
    problem('decision', '材料已齐全，无需一次性告知', 'the materials are complete: no notice is needed');
  if (input.decision === 'REFUSE' && !input.reason)
    problem('reason', '不予受理须写明理由', 'a refusal needs its reason');
  if (needsEntrustment(roles) && !input.entrustment) {
    problem('entrustment', '代办员代为申请须登记委托书', "an agent's application needs the entrustment registered");
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
