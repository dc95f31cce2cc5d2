import { useState } from 'react';
import { useNotify } from 'react-admin';
import { useQueryClient } from '@tanstack/react-query';

/** An i18n key, or one with its arguments made from the action's answer (e.g. how many it reached). */
export type SuccessMessage<T> = string | ((result: T) => { key: string; args: Record<string, unknown> });

/**
 * Runs an action once at a time (a double click does nothing), notifies success or the server's message under
 * `failureKey`, refreshes the given queries either way and calls `after` on success. Resolves true on success.
 */
export function useGuardedAction(failureKey: string, invalidate: string[] = []) {
  const notify = useNotify();
  const queryClient = useQueryClient();
  const [busy, setBusy] = useState(false);
  const run = async <T>(action: () => Promise<T>, success: SuccessMessage<T>, after?: () => void): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    const reload = () => Promise.all(invalidate.map((key) => queryClient.invalidateQueries({ queryKey: [key] })));
    try {
      const result = await action();
      const { key, args } = typeof success === 'string' ? { key: success, args: undefined } : success(result);
      notify(key, { type: 'success', messageArgs: args });
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
