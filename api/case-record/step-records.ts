/**
 * The case record (办理意见): each completed step with who, when, the decision, the opinion and every form value,
 * labelled as the step's form labels them. Pure: built from the completed task rows and the matter's plan.
 */
import type { FormField, ProcedurePlan } from '../../bpmn/plan';

/** A completed task's row as the record reads it. */
export interface CompletedTaskRow {
  id: string;
  taskKey: string;
  nodeId: string;
  name: string;
  stepKind: string;
  candidateDepartmentCode: string | null;
  decision: string | null;
  comment: string | null;
  formData: unknown;
  completedAt: Date;
  completedById: string | null;
  completedByName: string | null;
}

export interface RecordedValue {
  key: string;
  label: string;
  type: FormField['type'];
  value: string | number | boolean;
}

export interface StepRecord {
  taskId: string;
  taskKey: string;
  nodeId: string;
  name: string;
  stepKind: string;
  departmentCode: string | null;
  handlerId: string | null;
  handlerName: string | null;
  completedAt: Date;
  decision: string | null;
  /** the step's opinion box label (null: the default, 办理意见) and what was written there */
  opinionLabel: string | null;
  opinion: string | null;
  /** every form value, in the form's order; a key the form no longer has keeps its key as label */
  values: RecordedValue[];
  /** the basis the handler wrote (form key `legalBasis`), else the item's for a step that decided approve / reject */
  legalBasis: string | null;
}

/** The form key whose value is the legal basis a handler cites (the seeded procedures' 法律依据). */
export const LEGAL_BASIS_KEY = 'legalBasis';

const isValue = (v: unknown): v is string | number | boolean =>
  (typeof v === 'string' && v.trim() !== '') || typeof v === 'number' || typeof v === 'boolean';

function valuesOf(fields: FormField[], formData: unknown): RecordedValue[] {
  const data = formData && typeof formData === 'object' && !Array.isArray(formData) ? (formData as object) : {};
  const entries = Object.entries(data).filter(([, v]) => isValue(v)) as Array<[string, string | number | boolean]>;
  const given = new Map(entries);
  const known = fields.flatMap((f) =>
    given.has(f.key) ? [{ key: f.key, label: f.label, type: f.type, value: given.get(f.key)! }] : [],
  );
  const other = entries
    .filter(([key]) => !fields.some((f) => f.key === key))
    .map(([key, value]) => ({
      key,
      label: key,
      type: (typeof value === 'number'
        ? 'number'
        : typeof value === 'boolean'
          ? 'boolean'
          : 'string') as FormField['type'],
      value,
    }));
  return [...known, ...other];
}

/** The record of each completed step, in the order they were completed. */
export function stepRecords(rows: CompletedTaskRow[], plan: ProcedurePlan, itemLegalBasis: string): StepRecord[] {
  return [...rows]
    .sort((a, b) => a.completedAt.getTime() - b.completedAt.getTime() || a.id.localeCompare(b.id))
    .map((row) => {
      const node = plan.nodes[row.nodeId];
      const task = node?.type === 'userTask' ? node : undefined;
      const values = valuesOf(task?.formFields ?? [], row.formData);
      const written = values.find((v) => v.key === LEGAL_BASIS_KEY && typeof v.value === 'string')?.value as
        string | undefined;
      const decided = row.decision === 'approve' || row.decision === 'reject';
      return {
        taskId: row.id,
        taskKey: row.taskKey,
        nodeId: row.nodeId,
        name: row.name,
        stepKind: row.stepKind,
        departmentCode: row.candidateDepartmentCode,
        handlerId: row.completedById,
        handlerName: row.completedByName,
        completedAt: row.completedAt,
        decision: row.decision,
        opinionLabel: task?.opinionLabel ?? null,
        opinion: row.comment?.trim() ? row.comment : null,
        values,
        legalBasis: written ?? (decided ? itemLegalBasis : null),
      };
    });
}
