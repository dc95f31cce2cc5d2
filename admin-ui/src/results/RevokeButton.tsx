import { useState } from 'react';
import { Alert, Button, Stack, TextField } from '@mui/material';
import BlockIcon from '@mui/icons-material/Block';
import { useDataProvider, useTranslate } from 'react-admin';
import { ActionDialog } from '../shared/ActionDialog';
import { useGuardedAction } from '../shared/useGuardedAction';
import type { ResultDataProvider } from './dataProvider';
import type { MatterResult } from './types';

/** 撤销: a manager withdraws a result with a reason, which the public verification page shows with the date. */
export const RevokeButton = ({ result }: { result: MatterResult }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ResultDataProvider>();
  const { run, busy } = useGuardedAction('ow.results.notifications.failed', ['matters']);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const submit = () =>
    run(
      () => dataProvider.revokeResult(result.id, reason.trim()),
      'ow.results.notifications.revoked',
      () => {
        setOpen(false);
        setReason('');
      },
    );
  return (
    <>
      <Button size="small" color="error" startIcon={<BlockIcon />} onClick={() => setOpen(true)} data-testid="revoke">
        {translate('ow.results.actions.revoke')}
      </Button>
      <ActionDialog
        open={open}
        title="ow.results.revoke.title"
        confirmLabel="ow.results.revoke.confirm"
        busy={busy}
        disabled={reason.trim().length < 2}
        onClose={() => setOpen(false)}
        onConfirm={() => void submit()}
        testId="revoke-dialog"
      >
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Alert severity="warning">{translate('ow.results.revoke.warning', { resultNo: result.resultNo })}</Alert>
          <TextField
            multiline
            minRows={3}
            label={translate('ow.results.revoke.reason')}
            helperText={translate('ow.results.revoke.reasonHelp')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            slotProps={{ htmlInput: { name: 'reason', maxLength: 300 } }}
          />
        </Stack>
      </ActionDialog>
    </>
  );
};
