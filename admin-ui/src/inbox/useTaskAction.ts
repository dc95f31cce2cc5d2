import { useState } from 'react';
import { useNotify } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';

/**
 * Runs a task action once at a time; on success notifies, reloads tasks, counts and matters, and calls `after`.
 * Resolves true when it succeeded.
 */
export function useTaskAction() {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, successKey: string, after?: () => void): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    try {
      await action();
      notify(successKey, { type: 'success' });
      await queryClient.invalidateQueries({ queryKey: ['tasks'] });
      void queryClient.invalidateQueries({ queryKey: ['matters'] });
      after?.();
      return true;
    } catch (e) {
      notify('ow.inbox.notifications.failed', { type: 'error', messageArgs: { message: (e as Error).message } });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
