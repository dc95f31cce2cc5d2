/**
 * Business-rule task: the token's decision table is evaluated with FEEL inside the workflow (deterministic, no
 * activity), the result joins the matter's variables under the task's result variable, and the timeline records which
 * rules matched; its zeebe:input mappings add variables the table reads, its zeebe:output mappings write more after the
 * result. A table that gives no single answer (UNIQUE with several matches, ANY with disagreeing ones) raises
 * an incident naming the rules; a retry evaluates it again.
 */
import { patched } from '@temporalio/workflow';
import { evaluateDecision } from '../bpmn/decision-table';
import type { BusinessRuleTaskNode } from '../bpmn/plan';
import { recordEvent } from './events';
import { raiseIncident } from './incidents';
import { mapped } from './io-mappings';
import type { Token } from './interpreter-types';
import { BUSINESS_RULE_TASKS } from './patches';
import type { ProcedureRuntime } from './runtime';
import { conditionScope, moveOn } from './token-engine';

export async function evaluateBusinessRules(
  rt: ProcedureRuntime,
  token: Token,
  node: BusinessRuleTaskNode,
): Promise<void> {
  patched(BUSINESS_RULE_TASKS);
  const { decision, resultVariable } = node;
  const scope = { ...conditionScope(rt, token) };
  Object.assign(scope, mapped(node.inputMappings, scope));
  const outcome = evaluateDecision(decision, scope);
  await recordEvent(rt, 'decision.evaluated', {
    nodeId: node.id,
    decisionId: decision.decisionId,
    hitPolicy: decision.hitPolicy,
    matchedRuleIds: outcome.matchedRuleIds,
    resultVariable,
    ...(outcome.ok ? { result: outcome.result } : {}),
  });
  if (!outcome.ok)
    return raiseIncident(rt, token, { kind: 'DATA_INVALID', zh: outcome.zh, en: outcome.en, attempts: 1 });
  rt.state.form[resultVariable] = outcome.result;
  Object.assign(rt.state.form, mapped(node.outputMappings, { ...scope, [resultVariable]: outcome.result }));
  await moveOn(rt, token);
}
