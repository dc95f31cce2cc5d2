import { z } from 'zod';
import { isEventName } from '../../domain/event-names';
import { zLine } from '../shared/text';

const PAYLOAD_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

export const ZMessageParams = z.object({
  id: z.uuid('无效的编号'),
  // a refinement, not a pattern: \p{L} would reach the OpenAPI document as a pattern no client can generate from
  name: z.string().min(1).max(100).refine(isEventName, '消息名称不合法：以字母或下划线开头，最长 100 个字符'),
});

/** What a message carries into the matter's variables: flat, named like variables, scalar values only. */
const ZPayloadValue = z.union([zLine().max(2000), z.number().finite(), z.boolean(), z.null()], {
  error: '消息内容的值只能是文字、数字、是否或空',
});
export const ZMessageBody = z.object({
  payload: z
    .record(
      z.string().regex(PAYLOAD_KEY, '消息内容的字段名须为字母、数字或下划线，且以字母或下划线开头'),
      ZPayloadValue,
    )
    .refine((payload) => Object.keys(payload).length <= 40, '消息内容最多 40 个字段')
    .optional(),
});
export type TMessageBody = z.infer<typeof ZMessageBody>;

export const ZMessageWait = z.object({
  name: z.string(),
  nodeId: z.string(),
  label: z.string(),
  /** answered through its own form (the higher authority's answer with its document), not this route */
  ownForm: z.boolean(),
});
export const ZMessageWaits = z.object({ waits: z.array(ZMessageWait) });
export type TMessageWait = z.infer<typeof ZMessageWait>;
