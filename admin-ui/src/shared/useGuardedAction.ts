import { useState } from 'react';
import { useNotify } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';

/**
 * Runs an action once at a time (a double click does nothing), notifies success (an i18n key) or the server's
 * message under `failureKey`, refreshes the given queries and calls `after` on success. Resolves true on success.
 */
export function useGuardedAction(failureKey: string, invalidate: string[] = []) {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, successKey: string, after?: () => void): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    try {
      await action();
      notify(successKey, { type: 'success' });
      await Promise.all(invalidate.map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
      after?.();
      return true;
    } catch (e) {
      notify(failureKey, { type: 'error', messageArgs: { message: (e as Error).message } });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
