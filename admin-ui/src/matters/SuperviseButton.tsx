import { useState } from 'react';
import { Button, TextField } from '@mui/material';
import CampaignIcon from '@mui/icons-material/Campaign';
import { useDataProvider, useTranslate } from 'react-admin';
import { ActionDialog } from '../shared/ActionDialog';
import type { MatterDataProvider } from './dataProvider';
import { useCaseAction } from './useCaseAction';

/** 督办: a manager's written instruction on the matter, recorded in its timeline. */
export const SuperviseButton = ({ matterId, onDone }: { matterId: string; onDone(): void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<MatterDataProvider>();
  const { run, busy } = useCaseAction();
  const [open, setOpen] = useState(false);
  const [message, setMessage] = useState('');
  const submit = () =>
    run(
      () => dataProvider.superviseMatter(matterId, { message: message.trim() }),
      'ow.matters.notifications.supervised',
      () => {
        setOpen(false);
        setMessage('');
        onDone();
      },
    );
  return (
    <>
      <Button
        variant="outlined"
        color="warning"
        startIcon={<CampaignIcon />}
        onClick={() => setOpen(true)}
        data-testid="supervise"
      >
        {translate('ow.matters.actions.supervise')}
      </Button>
      <ActionDialog
        open={open}
        title="ow.matters.supervise.title"
        confirmLabel="ow.matters.supervise.confirm"
        busy={busy}
        disabled={!message.trim()}
        onClose={() => setOpen(false)}
        onConfirm={() => void submit()}
        testId="supervise-dialog"
      >
        <TextField
          autoFocus
          fullWidth
          multiline
          minRows={3}
          sx={{ mt: 1 }}
          label={translate('ow.matters.supervise.message')}
          helperText={translate('ow.matters.supervise.help')}
          value={message}
          onChange={(e) => setMessage(e.target.value)}
          slotProps={{ htmlInput: { name: 'message', maxLength: 1000 } }}
        />
      </ActionDialog>
    </>
  );
};
