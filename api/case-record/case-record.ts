import type { ProcedurePlan, UserTaskNode } from '../../bpmn/plan';
import { readPlan } from '../../bpmn/stored-plan';
import { runSql, type Db } from '../../platform/db';
import type { CurrentUser } from '../auth/auth.types';
import { completedTasksSql } from './case-record.sql';
import { stepRecords, type CompletedTaskRow, type StepRecord } from './step-records';

interface MatterKeys {
  id: string;
  procedureVersionId: string;
  itemId: string;
}

export interface CaseRecord {
  plan: ProcedurePlan;
  steps: StepRecord[];
  /** the item's legal basis (办事指南), the basis of a decision whose handler cites none */
  itemLegalBasis: string;
}

/** A procedure version's plan as stored, completed to today's schema. */
export async function planOf(db: Db, procedureVersionId: string): Promise<ProcedurePlan> {
  const version = await db.procedureVersion.findUniqueOrThrow({
    where: { id: procedureVersionId },
    select: { plan: true },
  });
  return readPlan(version.plan);
}

/** A matter's plan and the record of its completed steps. */
export async function readCaseRecord(db: Db, m: MatterKeys): Promise<CaseRecord> {
  const [plan, item, rows] = await Promise.all([
    planOf(db, m.procedureVersionId),
    db.serviceItem.findUnique({ where: { id: m.itemId }, select: { legalBasis: true } }),
    runSql<CompletedTaskRow>(db, completedTasksSql(m.id), { prepare: true }),
  ]);
  const itemLegalBasis = item?.legalBasis ?? '';
  return { plan, steps: stepRecords(rows, plan, itemLegalBasis), itemLegalBasis };
}

const identitySteps = (plan: ProcedurePlan) =>
  Object.values(plan.nodes)
    .filter((node): node is UserTaskNode => node.type === 'userTask' && node.needsIdentity === true)
    .map((node) => node.id);

/**
 * A step that needs the applicant's identity (ow:Step needsIdentity) lets its handlers see it: the user holds one of
 * its open tasks, or one is offered to their department and role, or they completed one. Answers that step's node
 * id, or undefined.
 */
export async function identityStepOf(
  db: Db,
  user: CurrentUser,
  matterId: string,
  plan: ProcedurePlan,
): Promise<string | undefined> {
  const nodeIds = identitySteps(plan);
  if (nodeIds.length === 0) return undefined;
  const open = { in: ['OPEN' as const, 'CLAIMED' as const] };
  const task = await db.task.findFirst({
    where: {
      matterId,
      nodeId: { in: nodeIds },
      OR: [
        { status: open, assigneeId: user.id },
        {
          status: 'OPEN',
          assigneeId: null,
          candidateDepartmentCode: user.departmentCode,
          OR: [{ candidateRole: null }, { candidateRole: { in: user.roles } }],
        },
        { status: 'COMPLETED', completedById: user.id },
      ],
    },
    select: { nodeId: true },
  });
  return task?.nodeId;
}
