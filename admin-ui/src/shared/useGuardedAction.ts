import { useState } from 'react';
import { useNotify } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';

/**
 * Runs an action once at a time (a double click does nothing), notifies success (an i18n key) or the server's
 * message under `failureKey`, refreshes the given queries either way and calls `after` on success. Resolves true on
 * success.
 */
export function useGuardedAction(failureKey: string, invalidate: string[] = []) {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, successKey: string, after?: () => void): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    const reload = () => Promise.all(invalidate.map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
    try {
      await action();
      notify(successKey, { type: 'success' });
      await reload();
      after?.();
      return true;
    } catch (e) {
      notify(failureKey, { type: 'error', messageArgs: { message: (e as Error).message } });
      // a refusal often means the screen is out of date (someone else moved first): show what is true now
      await reload().catch(() => undefined);
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
