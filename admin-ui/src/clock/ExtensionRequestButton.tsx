import { useState } from 'react';
import { Alert, Button, Stack, TextField } from '@mui/material';
import MoreTimeIcon from '@mui/icons-material/MoreTime';
import { useDataProvider, useTranslate } from 'react-admin';
import { EXTENSION_MAX_WORKING_DAYS } from '../../../domain/legal-limits';
import { ActionDialog } from '../shared/ActionDialog';
import { useGuardedAction } from '../shared/useGuardedAction';
import type { ClockDataProvider } from './dataProvider';

/** 申请延期: the handling approver asks for the one extension, with the days and the reason; a manager decides. */
export const ExtensionRequestButton = ({ matterId }: { matterId: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ClockDataProvider>();
  const { run, busy } = useGuardedAction('ow.clock.notifications.failed', ['matters']);
  const [open, setOpen] = useState(false);
  const [days, setDays] = useState(String(EXTENSION_MAX_WORKING_DAYS));
  const [reason, setReason] = useState('');
  const workingDays = Number(days);
  const valid =
    Number.isInteger(workingDays) &&
    workingDays >= 1 &&
    workingDays <= EXTENSION_MAX_WORKING_DAYS &&
    reason.trim().length >= 2;
  const submit = () =>
    run(
      () => dataProvider.requestExtension(matterId, { workingDays, reason: reason.trim() }),
      'ow.clock.notifications.requested',
      () => {
        setOpen(false);
        setReason('');
      },
    );
  return (
    <>
      <Button size="small" startIcon={<MoreTimeIcon />} onClick={() => setOpen(true)} data-testid="request-extension">
        {translate('ow.clock.actions.requestExtension')}
      </Button>
      <ActionDialog
        open={open}
        title="ow.clock.extension.title"
        confirmLabel="ow.clock.extension.confirm"
        busy={busy}
        disabled={!valid}
        onClose={() => setOpen(false)}
        onConfirm={() => void submit()}
        testId="extension-dialog"
      >
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Alert severity="info">{translate('ow.clock.extension.rule', { max: EXTENSION_MAX_WORKING_DAYS })}</Alert>
          <TextField
            type="number"
            label={translate('ow.clock.extension.workingDays')}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            slotProps={{ htmlInput: { min: 1, max: EXTENSION_MAX_WORKING_DAYS, name: 'workingDays' } }}
          />
          <TextField
            multiline
            minRows={3}
            label={translate('ow.clock.extension.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            slotProps={{ htmlInput: { name: 'reason', maxLength: 500 } }}
          />
        </Stack>
      </ActionDialog>
    </>
  );
};
