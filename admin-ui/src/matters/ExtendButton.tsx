import { useState } from 'react';
import { Alert, Button, Stack, TextField } from '@mui/material';
import MoreTimeIcon from '@mui/icons-material/MoreTime';
import { useDataProvider, useTranslate } from 'react-admin';
import { ActionDialog } from '../shared/ActionDialog';
import type { MatterDataProvider } from './dataProvider';
import { useCaseAction } from './useCaseAction';
import { EXTENSION_MAX_WORKING_DAYS } from '../../../domain/legal-limits';

/** 延期: a manager extends the deadline by approved working days, with the reason the applicant is told. */
export const ExtendButton = ({ matterId, onDone }: { matterId: string; onDone(): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<MatterDataProvider>();
  const { run, busy } = useCaseAction();
  const [open, setOpen] = useState(false);
  const [days, setDays] = useState(String(EXTENSION_MAX_WORKING_DAYS));
  const [reason, setReason] = useState('');
  const workingDays = Number(days);
  const valid =
    Number.isInteger(workingDays) &&
    workingDays >= 1 &&
    workingDays <= EXTENSION_MAX_WORKING_DAYS &&
    reason.trim() !== '';
  const submit = () =>
    run(
      () => dataProvider.extendMatter(matterId, { workingDays, reason: reason.trim() }),
      'ow.matters.notifications.extended',
      () => {
        setOpen(false);
        setReason('');
        onDone();
      },
    );
  return (
    <>
      <Button variant="outlined" startIcon={<MoreTimeIcon />} onClick={() => setOpen(true)} data-testid="extend">
        {translate('ow.matters.actions.extend')}
      </Button>
      <ActionDialog
        open={open}
        title="ow.matters.extend.title"
        confirmLabel="ow.matters.extend.confirm"
        busy={busy}
        disabled={!valid}
        onClose={() => setOpen(false)}
        onConfirm={() => void submit()}
      >
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Alert severity="info">{translate('ow.matters.extend.rule', { max: EXTENSION_MAX_WORKING_DAYS })}</Alert>
          <TextField
            type="number"
            label={translate('ow.matters.extend.workingDays')}
            value={days}
            onChange={(e) => setDays(e.target.value)}
            slotProps={{ htmlInput: { min: 1, max: EXTENSION_MAX_WORKING_DAYS, name: 'workingDays' } }}
          />
          <TextField
            multiline
            minRows={3}
            label={translate('ow.matters.extend.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            slotProps={{ htmlInput: { name: 'reason', maxLength: 1000 } }}
          />
        </Stack>
      </ActionDialog>
    </>
  );
};
