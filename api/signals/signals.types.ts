import { z } from 'zod';
import { ZMessageWait, zEventName } from '../messages/messages.types';

/** A signal's name follows the rules of a message's (letters or _ first, at most 100 characters). */
export const ZSignalParams = z.object({ name: zEventName({ zh: '信号', en: 'signal' }) });

export const ZSignalWaits = z.object({ waits: z.array(ZMessageWait.omit({ ownForm: true })) });

export const ZBroadcastResult = z.object({
  /** running matters the signal reached (a catch went on, or an event sub-process started) */
  reached: z.number().int(),
  /** matters found waiting that did not take it now (ended meanwhile, or their worker did not answer) */
  missed: z.number().int(),
});
export type TBroadcastResult = z.infer<typeof ZBroadcastResult>;

export const ZSignalCounts = z.object({
  data: z.array(
    z.object({
      name: z.string(),
      /** running matters waiting for it now, as the visibility store (the SignalWaits search attribute) knows */
      waiting: z.number().int(),
    }),
  ),
});
export type TSignalCounts = z.infer<typeof ZSignalCounts>;
