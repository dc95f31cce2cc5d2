import { useGuardedAction } from '../shared/useGuardedAction';

/** A task action: once at a time; on success tasks, counts and matters reload. */
export const useTaskAction = () => useGuardedAction('ow.inbox.notifications.failed', ['tasks', 'matters']);
