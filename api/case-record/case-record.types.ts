import { z } from 'zod';
import { FORM_FIELD_TYPES } from '../../bpmn/compile/ow-extensions';

/** One completed step of the case record (step-records.ts). */
export const ZStepRecord = z.object({
  taskId: z.string(),
  taskKey: z.string(),
  nodeId: z.string(),
  name: z.string(),
  stepKind: z.string(),
  departmentCode: z.string().nullable(),
  handlerId: z.string().nullable(),
  handlerName: z.string().nullable(),
  completedAt: z.date(),
  decision: z.string().nullable(),
  opinionLabel: z.string().nullable(),
  opinion: z.string().nullable(),
  values: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      type: z.enum(FORM_FIELD_TYPES),
      value: z.union([z.string(), z.number(), z.boolean()]),
    }),
  ),
  legalBasis: z.string().nullable(),
});

/** 审批表: the processing record of a matter, for printing. */
export const ZApprovalForm = z.object({
  centreName: z.string(),
  receiptNo: z.string(),
  itemCode: z.string(),
  itemName: z.string(),
  kind: z.string(),
  status: z.string(),
  applicantName: z.string(),
  applicantIdMasked: z.string(),
  acceptedAt: z.date(),
  acceptedByName: z.string().nullable(),
  completedAt: z.date().nullable(),
  legalBasis: z.string(),
  steps: z.array(ZStepRecord),
  printedAt: z.date(),
  printedByName: z.string(),
});
export type TApprovalForm = z.infer<typeof ZApprovalForm>;
