import type { Db } from '../../platform/db';
import { runSql } from '../../platform/db';
import { startOfChinaDay, startOfNextChinaDay } from '../../domain/china-time';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { AppError, notFound } from '../errors';
import { departmentNames } from '../shared/csv-export';
import {
  casesSql,
  chainsSql,
  tallySql,
  type Bounds,
  type CaseRow,
  type StepRow,
  type TallyRow,
} from './accountability.sql';
import type { AccountabilityCaseRow, AccountabilityReport, TPeriodQuery } from './accountability.types';

/** the cases the report page lists in full; the export gives every one */
export const PAGE_CASES = 200;

/**
 * 责任追究: the period's overdue matters and 退办 overturned on appeal, each with the chain of who held each step for
 * how long against its limit and the reason a manager found; tallied by department and by person. All figures
 * come from the records in SQL; managers only add the reasons and the appeals (which are decided outside).
 */
export function createAccountabilityService(deps: { db: Db; audit: AuditService; now?: () => Date }) {
  const { db, audit } = deps;
  const now = deps.now ?? (() => new Date());

  const boundsOf = (q: TPeriodQuery): Bounds => ({
    from: startOfChinaDay(q.from).toISOString(),
    to: startOfNextChinaDay(q.to).toISOString(),
    now: now().toISOString(),
  });

  async function casesWithChains(b: Bounds, limit: number | null): Promise<AccountabilityCaseRow[]> {
    const rows = await runSql<CaseRow>(db, casesSql(b, limit));
    const steps = rows.length
      ? await runSql<StepRow>(
          db,
          chainsSql(
            b,
            rows.map((r) => r.matterId),
          ),
        )
      : [];
    const department = await departmentNames(db);
    return rows.map((r) => ({
      matterId: r.matterId,
      receiptNo: r.receiptNo,
      itemName: r.itemName,
      departmentCode: r.departmentCode,
      departmentName: department(r.departmentCode),
      status: r.status,
      acceptedAt: r.acceptedAt,
      dueAt: r.dueAt,
      completedAt: r.completedAt,
      cause: r.overturnedOnAppeal ? 'APPEAL' : 'OVERDUE',
      overdueDays: r.overdueDays,
      appealDecision: r.appealDecision,
      reason: r.reason,
      chain: steps
        .filter((s) => s.matterId === r.matterId)
        .map(({ matterId: _matter, ...s }) => ({
          ...s,
          departmentName: s.departmentCode && department(s.departmentCode),
        })),
    }));
  }

  async function tallies(b: Bounds) {
    const rows = await runSql<TallyRow>(db, tallySql(b));
    const department = await departmentNames(db);
    const people = await db.user.findMany({
      where: { id: { in: rows.flatMap((r) => r.holderId ?? []) } },
      select: { id: true, displayName: true, department: { select: { name: true } } },
    });
    const figures = (r: TallyRow) => ({ cases: r.cases, steps: r.steps, overSteps: r.overSteps, overDays: r.overDays });
    const byOver = <T extends { overDays: number; overSteps: number }>(a: T, b: T) =>
      b.overDays - a.overDays || b.overSteps - a.overSteps;
    return {
      byDepartment: rows
        .filter((r) => !r.byPerson)
        .map((r) => ({
          departmentCode: r.departmentCode,
          departmentName: r.departmentCode ? department(r.departmentCode) : '—',
          ...figures(r),
        }))
        .sort(byOver),
      byPerson: rows
        .filter((r) => r.byPerson)
        .map((r) => {
          const person = people.find((p) => p.id === r.holderId);
          return {
            userId: r.holderId,
            name: person?.displayName ?? '未认领',
            departmentName: person?.department.name ?? '—',
            ...figures(r),
          };
        })
        .sort(byOver),
    };
  }

  async function caseOf(matterId: string) {
    return db.accountabilityCase.findUnique({ where: { matterId } });
  }

  return {
    async report(query: TPeriodQuery): Promise<AccountabilityReport> {
      const b = boundsOf(query);
      const [cases, tally] = await Promise.all([casesWithChains(b, PAGE_CASES + 1), tallies(b)]);
      return {
        from: query.from,
        to: query.to,
        cases: cases.slice(0, PAGE_CASES),
        truncated: cases.length > PAGE_CASES,
        ...tally,
      };
    },

    /** every case of the period with its chain, for the export */
    allCases: (query: TPeriodQuery) => casesWithChains(boundsOf(query), null),

    /** the reason a manager found for a case */
    async recordReason(matterId: string, reason: string, user: CurrentUser, ip?: string) {
      if (!(await db.matter.findUnique({ where: { id: matterId }, select: { id: true } })))
        throw notFound('办件', 'Matter');
      await db.accountabilityCase.upsert({
        where: { matterId },
        create: { matterId, reason, recordedById: user.id },
        update: { reason },
      });
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'accountability.reason',
        objectType: 'Matter',
        objectId: matterId,
        ip,
      });
      return caseOf(matterId);
    },

    /** a 退办 overturned on appeal (行政复议 or a court) enters the report */
    async recordAppeal(
      input: { receiptNo: string; appealDecision: string; reason?: string },
      user: CurrentUser,
      ip?: string,
    ) {
      const matter = await db.matter.findUnique({
        where: { receiptNo: input.receiptNo },
        select: { id: true, status: true },
      });
      if (!matter)
        throw new AppError('VALIDATION', `受理编号 ${input.receiptNo} 不存在`, `No matter ${input.receiptNo}`, [
          { path: 'receiptNo', message: `受理编号 ${input.receiptNo} 不存在` },
        ]);
      if (matter.status !== 'REJECTED')
        throw new AppError(
          'VALIDATION',
          '只有退办件才会因复议或诉讼被撤销',
          'Only a rejected matter can be overturned',
          [{ path: 'receiptNo', message: '只有退办件才会因复议或诉讼被撤销' }],
        );
      const data = {
        overturnedOnAppeal: true,
        // the report lists an appeal in the period it was entered
        recordedAt: now(),
        appealDecision: input.appealDecision,
        ...(input.reason ? { reason: input.reason } : {}),
      };
      await db.accountabilityCase.upsert({
        where: { matterId: matter.id },
        create: { matterId: matter.id, recordedById: user.id, ...data },
        update: data,
      });
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'accountability.appeal',
        objectType: 'Matter',
        objectId: matter.id,
        ip,
      });
      return caseOf(matter.id);
    },
  };
}
export type AccountabilityService = ReturnType<typeof createAccountabilityService>;
