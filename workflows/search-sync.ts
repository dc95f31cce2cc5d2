import type { SearchAttributeUpdatePair } from '@temporalio/common';
import { upsertSearchAttributes, workflowInfo } from '@temporalio/workflow';
import {
  CaseKindKey,
  DepartmentCodesKey,
  DueAtKey,
  MatterStatusKey,
  OverdueKey,
  ReceiptNoKey,
  ServiceItemCodeKey,
  SignalWaitsKey,
} from './search-attributes';
import type { ProcedureRuntime } from './runtime';

/** Upserts only the search attributes whose value changed, so a continued or replayed run adds no needless commands. */
export function syncSearchAttributes(rt: ProcedureRuntime): void {
  // a called procedure is no matter of its own: the lists find its caller
  if (rt.input.calledBy) return;
  const current = workflowInfo().typedSearchAttributes;
  const { state, matter } = rt;
  const updates: SearchAttributeUpdatePair[] = [];
  if (current.get(MatterStatusKey) !== state.status) updates.push({ key: MatterStatusKey, value: state.status });
  if (current.get(ReceiptNoKey) === undefined) updates.push({ key: ReceiptNoKey, value: matter.receiptNo });
  if (current.get(CaseKindKey) === undefined) updates.push({ key: CaseKindKey, value: matter.kind });
  if (current.get(ServiceItemCodeKey) === undefined) updates.push({ key: ServiceItemCodeKey, value: matter.itemCode });
  const overdue = state.warningLevel === 'RED';
  if (current.get(OverdueKey) !== overdue) updates.push({ key: OverdueKey, value: overdue });
  if (state.dueAt && current.get(DueAtKey)?.getTime() !== Date.parse(state.dueAt)) {
    updates.push({ key: DueAtKey, value: new Date(state.dueAt) });
  }
  // every department the matter has been with (the starter sets lead and co-departments), so a transfer adds one
  const involved = current.get(DepartmentCodesKey) ?? [];
  const added = state.tasks
    .flatMap((task) => task.candidateDepartmentCode ?? [])
    .filter((code) => !involved.includes(code));
  if (added.length > 0) updates.push({ key: DepartmentCodesKey, value: [...involved, ...new Set(added)] });
  // compared as sets, absent as empty: a run without signals never upserts it
  const signals = [...new Set((state.signalWaits ?? []).map((w) => w.name))].sort();
  if (signals.join('\u0000') !== [...(current.get(SignalWaitsKey) ?? [])].sort().join('\u0000'))
    updates.push({ key: SignalWaitsKey, value: signals });
  if (updates.length > 0) upsertSearchAttributes(updates);
}
