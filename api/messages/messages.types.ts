import { z } from 'zod';
import { isEventName } from '../../domain/event-names';
import { zLine } from '../shared/text';

const PAYLOAD_KEY = /^[A-Za-z_][A-Za-z0-9_]{0,63}$/;

/**
 * A message's or a signal's name in a path. A refinement, not a pattern: \p{L} would reach the OpenAPI document as a
 * pattern no client can generate from.
 */
export const zEventName = (kind: { zh: string; en: string }) =>
  z
    .string()
    .min(1)
    .max(100)
    .refine(isEventName, {
      message: `${kind.zh}名称不合法：以字母或下划线开头，最长 100 个字符`,
      params: { en: `invalid ${kind.en} name: a letter or _ first, at most 100 characters` },
    });

export const ZMessageParams = z.object({
  id: z.uuid('无效的编号'),
  name: zEventName({ zh: '消息', en: 'message' }),
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
