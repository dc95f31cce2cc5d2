import { z } from 'zod';
import { INCIDENT_KINDS } from '../../workflows/incident-contract';
import { listOf, listQuery } from '../shared/list-query';
import { zLine, zMultiline } from '../shared/text';

export const INCIDENT_STATES = ['OPEN', 'RESOLVED'] as const;
export const INCIDENT_RESOLUTIONS = ['RETRIED', 'MOVED', 'CANCELLED'] as const;

export const ZIncidentQuery = listQuery({
  state: z.enum(INCIDENT_STATES, '状态应为 OPEN 或 RESOLVED').optional(),
  kind: z.enum(INCIDENT_KINDS, '未知的故障类型').optional(),
  /** part of the receipt number */
  receiptNo: zLine().max(40).optional(),
});
export type TIncidentQuery = z.infer<typeof ZIncidentQuery>;

/** `<workflowId>:<n>`: the key the workflow raised it under */
export const ZIncidentParam = z.object({ id: zLine().min(3, '无效的故障编号').max(300, '无效的故障编号') });

export const ZMoveTarget = z.object({ nodeId: z.string(), name: z.string(), type: z.string() });

export const ZIncident = z.object({
  id: z.string(),
  matterId: z.string(),
  receiptNo: z.string(),
  itemName: z.string(),
  nodeId: z.string(),
  nodeName: z.string(),
  kind: z.enum(INCIDENT_KINDS),
  causeZh: z.string(),
  causeEn: z.string(),
  attempts: z.number().int(),
  raisedAt: z.date(),
  resolvedAt: z.date().nullable(),
  resolution: z.enum(INCIDENT_RESOLUTIONS).nullable(),
  resolvedByName: z.string().nullable(),
  resolutionNote: z.string().nullable(),
  movedToNodeId: z.string().nullable(),
  /** where the token may be moved to (the other elements of its scope) */
  targets: z.array(ZMoveTarget),
});
export type TIncident = z.infer<typeof ZIncident>;
export const ZIncidentList = listOf(ZIncident);

export const ZMoveBody = z.object({
  toNodeId: zLine().min(1, '请选择要移到的环节').max(200),
  comment: zMultiline().max(500, '说明不能超过 500 个字符').optional(),
});
export type TMoveBody = z.infer<typeof ZMoveBody>;

export const ZCancelBody = z.object({
  reason: zMultiline().min(1, '终止办理须写明理由').max(500, '理由不能超过 500 个字符'),
});
export type TCancelBody = z.infer<typeof ZCancelBody>;
