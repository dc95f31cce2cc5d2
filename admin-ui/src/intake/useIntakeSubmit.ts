import { useRef, useState } from 'react';
import { useDataProvider, useNotify } from 'react-admin';
import { useNavigate } from 'react-router-dom';
import type { IntakeDataProvider } from './dataProvider';
import type { IntakeRequest, IntakeResult } from './types';

export interface SubmitError {
  message: string;
  details: string[];
}

function submitError(e: unknown): SubmitError {
  const err = e as { message?: string; body?: { error?: { details?: Array<{ path?: unknown; message?: string }> } } };
  const details = (err.body?.error?.details ?? []).map((d) =>
    [Array.isArray(d.path) ? d.path.join('.') : d.path, d.message].filter(Boolean).join('：'),
  );
  return { message: err.message ?? String(e), details };
}

/**
 * Sends the intake once: a second click while sending is ignored, the same idempotency key goes with a retry,
 * and on success the print view opens.
 */
export function useIntakeSubmit() {
  const dataProvider = useDataProvider<IntakeDataProvider>();
  const notify = useNotify();
  const navigate = useNavigate();
  const inFlight = useRef(false);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<SubmitError | null>(null);

  const submit = async (body: IntakeRequest) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setSending(true);
    setError(null);
    try {
      const result: IntakeResult = await dataProvider.submitIntake(body);
      if (result.kind === 'MATTER') {
        notify('ow.intake.notifications.accepted', {
          type: 'success',
          messageArgs: { receiptNo: result.matter.receiptNo },
        });
        navigate(`/print/receipt/${result.matter.id}`);
      } else {
        notify('ow.intake.notifications.noticeIssued', {
          type: 'info',
          messageArgs: { noticeNo: result.notice.noticeNo },
        });
        navigate(`/print/notice/${result.notice.id}`);
      }
    } catch (e) {
      setError(submitError(e));
    } finally {
      inFlight.current = false;
      setSending(false);
    }
  };

  return { submit, sending, error };
}
