import {
  checkIntake,
  isFinishedAtWindow,
  isViaAgent,
  latestDueDate,
  materialsForItem,
  needsEntrustment,
  OWED_DUE_MAX_DAYS_AHEAD,
  type IntakeDeclaration,
  type MaterialRule,
} from '../../../domain/intake';
import { addCalendarDays } from '../../../domain/china-time';
import { makeValidIdNumber } from '../../../domain/testing/id-numbers';

const GUIDE: MaterialRule[] = [
  { code: 'ID', name: '身份证', required: true, deficiencyAllowed: false },
  { code: 'HUKOU', name: '户口簿', required: true, deficiencyAllowed: true },
  { code: 'PHOTO', name: '照片', required: false, deficiencyAllowed: false },
];
const CLERK = ['CLERK'];
const AGENT = ['AGENT'];

const declaration = (over: Partial<IntakeDeclaration> = {}): IntakeDeclaration => ({
  applicant: { idNumber: makeValidIdNumber(42) },
  providedMaterials: ['ID', 'HUKOU'],
  owed: [],
  decision: 'ACCEPT',
  ...over,
});
const TODAY = '2026-12-07';
/** the problems in Chinese (their English is checked on its own below) */
const problemsOf = (over: Partial<IntakeDeclaration>, roles = CLERK) =>
  checkIntake(declaration(over), GUIDE, roles, TODAY).problems.map(({ path, message }) => ({ path, message }));

describe('checkIntake (受理, 容缺受理, 一次性告知, 不予受理)', () => {
  test('a complete acceptance has no problem and nothing missing', () => {
    expect(checkIntake(declaration(), GUIDE, CLERK, TODAY)).toEqual({ problems: [], missing: [] });
  });

  test('the missing materials are the required ones not handed in, in guide order', () => {
    const { missing } = checkIntake(
      declaration({ providedMaterials: ['PHOTO'], decision: 'NOTICE' }),
      GUIDE,
      CLERK,
      TODAY,
    );
    expect(missing.map((m) => m.code)).toEqual(['ID', 'HUKOU']);
  });

  test('an acceptance with a required material missing points to 容缺受理 or 一次性告知', () => {
    expect(problemsOf({ providedMaterials: ['ID'] })).toEqual([
      { path: 'providedMaterials', message: '必要材料未齐：户口簿（可选择容缺受理或一次性告知）' },
    ]);
  });

  test('an invalid ID number and a material the guide does not list are refused', () => {
    const id = makeValidIdNumber(7);
    const wrongCheck = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    const problems = problemsOf({ applicant: { idNumber: wrongCheck }, providedMaterials: ['ID', 'HUKOU', 'X1'] });
    expect(problems.map((p) => p.path)).toEqual(['applicant.idNumber', 'providedMaterials']);
    expect(problems[0].message).toMatch(/校验/);
    expect(problems[1].message).toBe('材料 X1 不在办事指南中');
  });

  test('容缺受理: only deferrable materials may be owed, each with its due date', () => {
    const owedHukou = { providedMaterials: ['ID'], decision: 'ACCEPT_WITH_DEFICIENCY' as const };
    expect(problemsOf({ ...owedHukou, owed: [{ code: 'HUKOU' }] })).toEqual([]);
    expect(problemsOf(owedHukou)).toEqual([{ path: 'owed', message: '请为容缺材料「户口簿」填写补交期限' }]);
    expect(problemsOf({ providedMaterials: ['HUKOU'], decision: 'ACCEPT_WITH_DEFICIENCY' })).toEqual([
      { path: 'providedMaterials', message: '材料「身份证」不允许容缺，须当场提交' },
    ]);
    expect(problemsOf({ decision: 'ACCEPT_WITH_DEFICIENCY' })).toEqual([
      { path: 'decision', message: '材料已齐全，无需容缺受理' },
    ]);
  });

  test('一次性告知 needs something missing; 不予受理 needs a written reason', () => {
    expect(problemsOf({ decision: 'NOTICE' })).toEqual([{ path: 'decision', message: '材料已齐全，无需一次性告知' }]);
    expect(problemsOf({ decision: 'REFUSE' })).toEqual([{ path: 'reason', message: '不予受理须写明理由' }]);
    expect(problemsOf({ decision: 'REFUSE', reason: '不属于本中心受理范围' })).toEqual([]);
  });

  test('an agent must register the entrustment; a clerk, even one who is also an agent, need not', () => {
    expect(problemsOf({}, AGENT)).toEqual([{ path: 'entrustment', message: '代办员代为申请须登记委托书' }]);
    expect(problemsOf({ entrustment: { documentRef: 'WT-1' } }, AGENT)).toEqual([]);
    expect(problemsOf({}, ['AGENT', 'CLERK'])).toEqual([]);
    expect([needsEntrustment(AGENT), needsEntrustment(CLERK), needsEntrustment(['AGENT', 'CLERK'])]).toEqual([
      true,
      false,
      false,
    ]);
  });

  test('an owed material is promised from today to a year ahead, not for a past or an absurd date', () => {
    const owing = (dueDate: string) =>
      problemsOf({ providedMaterials: ['ID'], decision: 'ACCEPT_WITH_DEFICIENCY', owed: [{ code: 'HUKOU', dueDate }] });
    expect(owing(TODAY)).toEqual([]);
    expect(owing(addCalendarDays(TODAY, OWED_DUE_MAX_DAYS_AHEAD))).toEqual([]);
    expect(owing('2026-12-06')).toEqual([{ path: 'owed.0.dueDate', message: '补交期限 2026-12-06 已过' }]);
    expect(owing('1999-01-01')).toEqual([{ path: 'owed.0.dueDate', message: '补交期限 1999-01-01 已过' }]);
    expect(owing('2199-12-31')).toEqual([
      { path: 'owed.0.dueDate', message: '补交期限不能晚于 2027-12-07（受理后一年内）' },
    ]);
  });

  test('an ID number whose holder is born after today is refused, in both languages', () => {
    const born2099 = makeValidIdNumber(3, { birthDate: '2099-01-01' });
    const [problem] = checkIntake(declaration({ applicant: { idNumber: born2099 } }), GUIDE, CLERK, TODAY).problems;
    expect(problem).toEqual({
      path: 'applicant.idNumber',
      message: '身份证号码中的出生日期晚于今天',
      messageEn: 'The birth date inside the ID number is in the future',
    });
  });

  test('every problem has its English', () => {
    const { problems } = checkIntake(
      declaration({ applicant: { idNumber: '123' }, providedMaterials: ['X1'], decision: 'REFUSE' }),
      GUIDE,
      AGENT,
      TODAY,
    );
    expect(problems.map((p) => p.messageEn)).toEqual([
      'An ID number has 18 characters, got 3',
      'X1 is not in the guide',
      'a refusal needs its reason',
      "an agent's application needs the entrustment registered",
    ]);
    const missing = checkIntake(declaration({ providedMaterials: ['ID'] }), GUIDE, CLERK, TODAY).problems;
    expect(missing.map((p) => p.messageEn)).toEqual([
      'required materials missing: HUKOU (accept with deficiency, or issue a notice)',
    ]);
  });

  test('every problem comes at once', () => {
    const problems = problemsOf(
      { applicant: { idNumber: '123' }, providedMaterials: ['X1'], decision: 'REFUSE' },
      AGENT,
    );
    expect(problems.map((p) => p.path)).toEqual(['applicant.idNumber', 'providedMaterials', 'reason', 'entrustment']);
  });
});

describe('the other intake rules', () => {
  test('a matter is via an agent when entrusted or submitted by an agent', () => {
    expect(isViaAgent(undefined, CLERK)).toBe(false);
    expect(isViaAgent({ documentRef: 'WT-1' }, CLERK)).toBe(true);
    expect(isViaAgent(undefined, AGENT)).toBe(true);
  });

  test("即办件 accepted by a clerk are finished at the window; others, and an agent's, are not", () => {
    expect(isFinishedAtWindow('IMMEDIATE', CLERK)).toBe(true);
    expect(isFinishedAtWindow('IMMEDIATE', ['AGENT', 'CLERK'])).toBe(true);
    expect(isFinishedAtWindow('IMMEDIATE', AGENT)).toBe(false);
    expect(isFinishedAtWindow('PROMISED', CLERK)).toBe(false);
  });

  test('一件事一次办: each item takes the shared materials its guide lists, in the order handed in', () => {
    expect(materialsForItem(['PHOTO', 'BANK', 'ID'], GUIDE)).toEqual(['PHOTO', 'ID']);
    expect(materialsForItem([], GUIDE)).toEqual([]);
  });

  test("a bundle's promised date is the latest of its matters'", () => {
    expect(latestDueDate(['2026-12-01', null, '2027-01-05', '2026-12-31'])).toBe('2027-01-05');
    expect(latestDueDate([null, null])).toBeNull();
    expect(latestDueDate([])).toBeNull();
  });
});
