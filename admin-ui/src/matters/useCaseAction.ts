import { useState } from 'react';
import { useNotify } from 'react-admin';

/**
 * Runs a case action once at a time, notifies success (an i18n key) or the server's message, and calls `after`
 * (e.g. refresh) on success. Resolves true when it succeeded.
 */
export function useCaseAction() {
  const notify = useNotify();
  const [busy, setBusy] = useState(false);
  const run = async (action: () => Promise<unknown>, successKey: string, after?: () => void): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    try {
      await action();
      notify(successKey, { type: 'success' });
      after?.();
      return true;
    } catch (e) {
      notify('ow.matters.notifications.actionFailed', { type: 'error', messageArgs: { message: (e as Error).message } });
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, busy };
}
