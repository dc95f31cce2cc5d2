import { useState } from 'react';
import { Button, TextField } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import { ActionDialog } from '../shared/ActionDialog';
import { useGuardedAction } from '../shared/useGuardedAction';
import type { ClockDataProvider } from './dataProvider';
import type { ExtensionRequest } from './types';

/** 批准 / 不予批准: a manager decides an extension request; an approval extends the deadline in the workflow. */
export const ExtensionDecisionButtons = ({ request }: { request: ExtensionRequest }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ClockDataProvider>();
  const { run, busy } = useGuardedAction('ow.clock.notifications.failed', ['matters', 'extension-requests']);
  const [deciding, setDeciding] = useState<'approve' | 'refuse' | null>(null);
  const [note, setNote] = useState('');
  const approve = deciding === 'approve';
  const submit = () =>
    run(
      () =>
        approve
          ? dataProvider.approveExtension(request.id, note.trim() || undefined)
          : dataProvider.refuseExtension(request.id, note.trim()),
      approve ? 'ow.clock.notifications.approved' : 'ow.clock.notifications.refused',
      () => {
        setDeciding(null);
        setNote('');
      },
    );
  return (
    <>
      <Button size="small" variant="contained" onClick={() => setDeciding('approve')} data-testid="approve-extension">
        {translate('ow.clock.actions.approve')}
      </Button>
      {request.status === 'PENDING' && (
        <Button size="small" color="error" onClick={() => setDeciding('refuse')} data-testid="refuse-extension">
          {translate('ow.clock.actions.refuse')}
        </Button>
      )}
      <ActionDialog
        open={deciding !== null}
        title={
          approve ? translate('ow.clock.decide.approveTitle', { days: request.workingDays }) : 'ow.clock.decide.title'
        }
        confirmLabel={approve ? 'ow.clock.decide.approveConfirm' : 'ow.clock.decide.confirm'}
        busy={busy}
        disabled={!approve && note.trim().length < 2}
        onClose={() => setDeciding(null)}
        onConfirm={() => void submit()}
        testId="extension-decision-dialog"
      >
        <TextField
          fullWidth
          multiline
          minRows={2}
          sx={{ mt: 1 }}
          label={translate(approve ? 'ow.clock.decide.approveNote' : 'ow.clock.decide.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          slotProps={{ htmlInput: { name: 'note', maxLength: 500 } }}
        />
      </ActionDialog>
    </>
  );
};
