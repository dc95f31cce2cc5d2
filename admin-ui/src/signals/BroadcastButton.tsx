import { useState } from 'react';
import { Alert, Button, Typography } from '@mui/material';
import CampaignIcon from '@mui/icons-material/CampaignOutlined';
import { useDataProvider, useTranslate } from 'react-admin';
import { ActionDialog } from '../shared/ActionDialog';
import { useGuardedAction } from '../shared/useGuardedAction';
import type { SignalDataProvider } from './dataProvider';
import type { BroadcastResult } from './types';
import { useSignalCounts } from './useSignalCounts';

const reachedMessage = ({ reached, missed }: BroadcastResult) => ({
  key: missed > 0 ? 'ow.signals.notifications.broadcastMissed' : 'ow.signals.notifications.broadcast',
  args: { reached, missed },
});

/**
 * 广播信号, after a confirmation that says it reaches every running matter waiting for the signal (with their count
 * as the engine's index knows it), not one matter; `onDone` runs after it was sent.
 */
export const BroadcastButton = ({ name, onDone }: { name: string; onDone?: () => void }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<SignalDataProvider>();
  const { run, busy } = useGuardedAction('ow.signals.notifications.failed', ['signals']);
  const [open, setOpen] = useState(false);
  const counts = useSignalCounts(open);
  const waiting = counts.data?.data.find((row) => row.name === name)?.waiting;
  const submit = () =>
    run(
      () => dataProvider.broadcastSignal(name),
      reachedMessage,
      () => {
        setOpen(false);
        onDone?.();
      },
    );
  return (
    <>
      <Button
        size="small"
        variant="outlined"
        startIcon={<CampaignIcon />}
        onClick={() => setOpen(true)}
        data-testid={`broadcast-${name}`}
      >
        {translate('ow.signals.broadcast.button')}
      </Button>
      <ActionDialog
        open={open}
        title="ow.signals.broadcast.title"
        confirmLabel="ow.signals.broadcast.confirm"
        busy={busy}
        onClose={() => setOpen(false)}
        onConfirm={() => void submit()}
        testId="broadcast-dialog"
      >
        <Typography variant="subtitle1" sx={{ mb: 1, fontFamily: 'monospace' }}>
          {name}
        </Typography>
        <Alert severity="warning" data-testid="broadcast-reach">
          {translate('ow.signals.broadcast.everyMatter')}
          {waiting !== undefined && translate('ow.signals.broadcast.count', { count: waiting })}
        </Alert>
      </ActionDialog>
    </>
  );
};
