import { z } from 'zod';
import { TASK_DECISIONS } from '../../bpmn/plan';
import type { CurrentUser } from '../auth/auth.types';
import { listQuery } from '../shared/list-query';
import { ZDepartmentCode, ZNodeId } from '../shared/codes';
import { zSearchTerm } from '../shared/search-term';
import { zLine, zMultiline } from '../shared/text';
import type { TaskRow } from './task-rows';
import type { StepRecord } from '../case-record/step-records';
import { ZStepRecord } from '../case-record/case-record.types';

/** an instant read as text by the hand-written queries (task-rows.ts) */
const isoText = z.iso.datetime();
export const ZTaskRow = z.object({
  id: z.string(),
  taskKey: z.string(),
  matterId: z.string(),
  receiptNo: z.string(),
  itemName: z.string(),
  name: z.string(),
  nodeId: z.string(),
  stepKind: z.string(),
  candidateDepartmentCode: z.string().nullable(),
  candidateRole: z.string().nullable(),
  assigneeId: z.string().nullable(),
  assigneeName: z.string().nullable(),
  status: z.string(),
  suspended: z.boolean(),
  dueAt: isoText.nullable(),
  createdAt: isoText,
  completedAt: isoText.nullable(),
  decision: z.string().nullable(),
  comment: z.string().nullable(),
  completedByName: z.string().nullable(),
  matterDueDate: z.string().nullable(),
  warningLevel: z.string(),
  supervised: z.boolean(),
});

export const TASK_SORTS = ['dueAt', 'createdAt', 'completedAt'] as const;
export const ZTaskQuery = listQuery({
  scope: z.enum(['mine', 'department']).default('mine'),
  due: z.enum(['soon', 'overdue']).optional(),
  status: z.enum(['OPEN', 'CLAIMED', 'COMPLETED', 'CANCELLED']).optional(),
  q: zSearchTerm().optional(),
});
export type TTaskQuery = z.infer<typeof ZTaskQuery>;

const comment = zMultiline().max(2000, '意见不能超过 2000 字');
export const ZComplete = z.object({
  decision: zLine().min(1, '请选择办理结果').max(30),
  comment: comment.optional(),
  formData: z.record(zLine().max(64), z.union([zMultiline().max(5000), z.number(), z.boolean(), z.null()])).optional(),
});
export const ZReturn = z.object({
  toNodeId: ZNodeId,
  comment: comment.min(2, '请填写退回理由'),
});
export const ZTransfer = z
  .object({
    toDepartmentCode: ZDepartmentCode.optional(),
    toUserId: z.uuid().optional(),
    comment: comment.min(2, '请填写转办说明'),
  })
  .refine((t) => Boolean(t.toDepartmentCode) !== Boolean(t.toUserId), {
    message: '请选择转办的部门或人员（二选一）',
    path: ['toDepartmentCode'],
  });
export const ZSupplement = z.object({
  reason: zMultiline().min(2, '请填写补正原因').max(1000),
  missing: z.array(zLine().min(1).max(200)).min(1, '请列出需补正的材料').max(50),
});
/** The matter of a task as the task page shows it: the matter page's data (read by api/matters), every step included. */
export interface TaskMatter {
  tasks: TaskRow[];
  events: unknown;
  /** the case record: each completed step with its decision, opinion and values */
  steps: StepRecord[];
  canReveal: boolean;
  [field: string]: unknown;
}
/** Reads a matter's page data for a user the caller has let see it (here: a task of the matter is in hand). */
export type MatterDetailReader = (user: CurrentUser, matterId: string) => Promise<TaskMatter>;

/** Where a human step comes from: the client's address, and its Idempotency-Key if it sent one. */
export interface StepOrigin {
  ip?: string;
  key?: string;
}
export const ZReassign = z.object({
  taskIds: z.array(z.uuid()).min(1, '请选择任务').max(200),
  toUserId: z.uuid('请选择接收人'),
});

export const ZTaskList = z.object({ data: z.array(ZTaskRow), total: z.number() });
export const ZTaskCounts = z.object({ mine: z.number(), department: z.number(), overdue: z.number() });
/** A task with its form and what may be done with it; the router adds its matter (TaskMatter, as api/matters shows it). */
export const ZTaskDetail = ZTaskRow.extend({
  formFields: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      type: z.string(),
      required: z.boolean(),
      options: z.array(z.string()).optional(),
      /** a designed form's checks (bpmn/form-schema.ts), so the page tells what the server would refuse */
      rules: z
        .object({
          min: z.number().optional(),
          max: z.number().optional(),
          decimalDigits: z.number().optional(),
          minLength: z.number().optional(),
          maxLength: z.number().optional(),
          pattern: z.string().optional(),
          patternMessage: z.string().optional(),
          validationType: z.enum(['email', 'phone']).optional(),
          format: z.enum(['time', 'datetime']).optional(),
        })
        .optional(),
    }),
  ),
  /** the form-js schema of a form designed for the step (the task page renders it); null: its fields above */
  formSchema: z.record(z.string(), z.unknown()).nullable(),
  /** the step's opinion box label; null: the default (办理意见) */
  opinionLabel: z.string().nullable(),
  opinionRequired: z.boolean(),
  /** the step's own variables (its zeebe:input mappings, evaluated when it opened); null: none */
  variables: z.record(z.string(), z.unknown()).nullable(),
  returnTargets: z.array(z.object({ nodeId: z.string(), name: z.string() })),
  allowedDecisions: z.array(z.enum(TASK_DECISIONS)),
  record: ZStepRecord.nullable(),
});
export const ZReassigned = z.object({ reassigned: z.number() });
