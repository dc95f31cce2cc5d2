import { useState } from 'react';
import { Alert, Button, Stack, TextField, Typography } from '@mui/material';
import UndoIcon from '@mui/icons-material/Undo';
import { useDataProvider, useTranslate } from 'react-admin';
import { ActionDialog } from '../shared/ActionDialog';
import { useGuardedAction } from '../shared/useGuardedAction';
import type { WithdrawalDataProvider } from './dataProvider';

const ACCEPT = 'application/pdf,image/jpeg,image/png';

/** 撤件 at the applicant's request: the reason and the signed request; the matter ends and its tasks are cancelled. */
export const WithdrawButton = ({ matterId, onDone }: { matterId: string; onDone(): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<WithdrawalDataProvider>();
  const { run, busy } = useGuardedAction('ow.withdrawal.notifications.failed', ['matters', 'tasks']);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const submit = () =>
    run(
      () => dataProvider.withdrawMatter(matterId, { reason: reason.trim(), file: file! }),
      'ow.withdrawal.notifications.withdrawn',
      () => {
        setOpen(false);
        onDone();
      },
    );
  return (
    <>
      <Button color="warning" startIcon={<UndoIcon />} onClick={() => setOpen(true)} data-testid="withdraw">
        {translate('ow.withdrawal.actions.withdraw')}
      </Button>
      <ActionDialog
        open={open}
        title="ow.withdrawal.dialog.title"
        confirmLabel="ow.withdrawal.dialog.confirm"
        busy={busy}
        disabled={reason.trim().length < 2 || !file}
        onClose={() => setOpen(false)}
        onConfirm={() => void submit()}
        testId="withdraw-dialog"
      >
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Alert severity="warning">{translate('ow.withdrawal.dialog.warning')}</Alert>
          <TextField
            multiline
            minRows={2}
            label={translate('ow.withdrawal.dialog.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            slotProps={{ htmlInput: { name: 'reason', maxLength: 500 } }}
          />
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Button component="label" variant="outlined" size="small">
              {translate('ow.withdrawal.dialog.chooseFile')}
              <input
                hidden
                type="file"
                accept={ACCEPT}
                name="withdrawalRequest"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </Button>
            <Typography variant="body2" color="text.secondary">
              {file?.name ?? translate('ow.withdrawal.dialog.file')}
            </Typography>
          </Stack>
        </Stack>
      </ActionDialog>
    </>
  );
};
