import type { AtWindowInput } from '../../workflows/procedure-contract';
import type { CurrentUser } from '../auth/auth.types';
import { actorOf } from '../engine/actor';

/** How long a clerk waits for an immediate matter to be finished at the window; after that it waits in the inbox. */
export const AT_WINDOW_WAIT_MS = 10_000;

/** 即办件: the window step, done by the clerk who accepted the matter while the applicant is there. */
export const atWindowInput = (user: CurrentUser, now = Date.now()): AtWindowInput => ({
  actor: actorOf(user),
  comment: '即办件当场办结',
  until: new Date(now + AT_WINDOW_WAIT_MS).toISOString(),
});
