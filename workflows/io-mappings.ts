/**
 * Camunda 8's variable mappings (zeebe:ioMapping) where the engine applies them: a task's inputs are evaluated in the
 * matter's scope when it starts (a user task's show with its task, a service's go to the service beside its
 * parameters), its outputs when it completes, reading those inputs and what the step produced (a user task's decision
 * and form values, a service's `result`), into the matter's variables.
 */
import { patched } from '@temporalio/workflow';
import { evaluate } from '../bpmn/expression';
import { evaluateFeel } from '../bpmn/feel';
import type { VariableMapping } from '../bpmn/plan';
import type { Token } from './interpreter-types';
import { TASK_IO_MAPPINGS } from './patches';
import type { ProcedureRuntime } from './runtime';
import { conditionScope } from './token-engine';

interface Mapped {
  inputMappings?: VariableMapping[];
  outputMappings?: VariableMapping[];
}

/** The mappings' values by target, each source evaluated in the scope (a FEEL value as it is, lists and contexts too). */
export function mapped(
  mappings: VariableMapping[] | undefined,
  scope: Record<string, unknown>,
): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const { source, target } of mappings ?? [])
    values[target] = source.kind === 'feel' ? evaluateFeel(source.source, scope) : evaluate(source, scope);
  return values;
}

/** The step's own variables as it starts; undefined without input mappings. */
export function taskInputs(rt: ProcedureRuntime, token: Token, node: Mapped): Record<string, unknown> | undefined {
  if (!node.inputMappings) return undefined;
  patched(TASK_IO_MAPPINGS);
  return mapped(node.inputMappings, conditionScope(rt, token));
}

/** The step is done: its output mappings, reading its own variables over the matter's, write the matter's variables. */
export function applyTaskOutputs(rt: ProcedureRuntime, node: Mapped, locals: Record<string, unknown> = {}): void {
  if (!node.outputMappings) return;
  patched(TASK_IO_MAPPINGS);
  Object.assign(rt.state.form, mapped(node.outputMappings, { ...conditionScope(rt), ...locals }));
}

/** Values handed to a service as its parameters are text: a list or a context as JSON. */
export const asParams = (values: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(
    Object.entries(values).map(([name, value]) => [
      name,
      typeof value === 'object' && value !== null ? JSON.stringify(value) : String(value),
    ]),
  );
