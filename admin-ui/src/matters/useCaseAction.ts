import { useGuardedAction } from '../shared/useGuardedAction';

/** A matter action (supervise, extend, materials supplied): once at a time; the caller refreshes via `after`. */
export const useCaseAction = () => useGuardedAction('ow.matters.notifications.actionFailed');
