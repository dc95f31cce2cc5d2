/**
 * Reading a plan as it was stored. A published version's plan is immutable, and a running matter carries the plan
 * it started with; a plan compiled under an earlier schema lacks what later passes write. Rather than rewriting
 * stored rows (a SQL migration cannot run the compiler, and re-compiling old BPMN with today's compiler could change
 * more than the missing fields), the reader completes an older plan with the same passes, so there is one rule.
 *
 * The interpreter reads no field a later schema added, so the plans running workflows carry need no upgrade.
 */
import { conditionFormKeys } from './compile/condition-keys';
import { writeStepDecisions } from './compile/step-decisions';
import { PLAN_SCHEMA_VERSION, type PlanNode, type ProcedurePlan, type UserTaskNode } from './plan';

/** Schema 2: no `conditionFormKeys`. */
type PlanV2 = Omit<ProcedurePlan, 'schemaVersion' | 'conditionFormKeys'> & { schemaVersion: 2 };
/** Schema 1: besides, user tasks without `allowedDecisions`. */
type PlanV1 = Omit<PlanV2, 'schemaVersion' | 'nodes'> & {
  schemaVersion: 1;
  nodes: Record<string, Exclude<PlanNode, UserTaskNode> | Omit<UserTaskNode, 'allowedDecisions'>>;
};

/**
 * A plan of this schema as it is; one of an earlier schema completed to this one (the stored one is untouched). An
 * older plan's conditions may read a free-text field (published before that was refused): its matters keep running
 * as they did, so the key is passed all the same.
 */
export function readPlan(stored: unknown): ProcedurePlan {
  const plan = stored as ProcedurePlan | PlanV2 | PlanV1;
  if (plan.schemaVersion === PLAN_SCHEMA_VERSION) return plan;
  const nodes = new Map(
    Object.entries(plan.nodes).map(([id, node]): [string, PlanNode] =>
      plan.schemaVersion === 1 && node.type === 'userTask'
        ? [id, { ...node, allowedDecisions: [] }]
        : [id, node as PlanNode],
    ),
  );
  const flows = new Map(Object.entries(plan.flows));
  if (plan.schemaVersion === 1) writeStepDecisions(nodes, flows);
  return {
    ...plan,
    schemaVersion: PLAN_SCHEMA_VERSION,
    nodes: Object.fromEntries(nodes),
    conditionFormKeys: conditionFormKeys(nodes, flows),
  };
}
