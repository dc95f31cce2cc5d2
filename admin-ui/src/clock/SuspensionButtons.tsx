import { useState } from 'react';
import { Alert, Button, MenuItem, Stack, TextField } from '@mui/material';
import PauseCircleIcon from '@mui/icons-material/PauseCircleOutlined';
import { useDataProvider, useTranslate } from 'react-admin';
import { ART45_SUSPENSION_KINDS } from '../../../domain/clock-stops';
import { ActionDialog } from '../shared/ActionDialog';
import { useGuardedAction } from '../shared/useGuardedAction';
import type { ClockDataProvider } from './dataProvider';

/** 行政许可法第四十五条: the handling department stops the clock for a hearing, an inspection, … with a reason. */
export const StartSuspensionButton = ({ matterId, openKinds }: { matterId: string; openKinds: string[] }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ClockDataProvider>();
  const { run, busy } = useGuardedAction('ow.clock.notifications.failed', ['matters']);
  const [open, setOpen] = useState(false);
  const [kind, setKind] = useState('');
  const [reason, setReason] = useState('');
  const submit = () =>
    run(
      () => dataProvider.startSuspension(matterId, { kind, reason: reason.trim() }),
      'ow.clock.notifications.suspended',
      () => {
        setOpen(false);
        setKind('');
        setReason('');
      },
    );
  return (
    <>
      <Button size="small" startIcon={<PauseCircleIcon />} onClick={() => setOpen(true)} data-testid="start-suspension">
        {translate('ow.clock.actions.suspend')}
      </Button>
      <ActionDialog
        open={open}
        title="ow.clock.suspend.title"
        confirmLabel="ow.clock.suspend.confirm"
        busy={busy}
        disabled={!kind || reason.trim().length < 2}
        onClose={() => setOpen(false)}
        onConfirm={() => void submit()}
        testId="suspension-dialog"
      >
        <Stack spacing={2} sx={{ mt: 1 }}>
          <Alert severity="info">{translate('ow.clock.suspend.rule')}</Alert>
          <TextField
            select
            label={translate('ow.clock.suspend.kind')}
            value={kind}
            onChange={(e) => setKind(e.target.value)}
            slotProps={{ htmlInput: { name: 'kind' } }}
          >
            {ART45_SUSPENSION_KINDS.map((k) => (
              <MenuItem key={k} value={k} disabled={openKinds.includes(k)}>
                {translate(`ow.clock.kinds.${k}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            multiline
            minRows={3}
            label={translate('ow.clock.suspend.reason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            slotProps={{ htmlInput: { name: 'reason', maxLength: 500 } }}
          />
        </Stack>
      </ActionDialog>
    </>
  );
};

/** Ends one open art. 45 suspension: the clock restarts and the workflow recomputes the due date. */
export const EndSuspensionButton = ({ matterId, kind }: { matterId: string; kind: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ClockDataProvider>();
  const { run, busy } = useGuardedAction('ow.clock.notifications.failed', ['matters']);
  const [open, setOpen] = useState(false);
  const [note, setNote] = useState('');
  const kindLabel = translate(`ow.clock.kinds.${kind}`);
  const submit = () =>
    run(
      () => dataProvider.endSuspension(matterId, { kind, ...(note.trim() ? { note: note.trim() } : {}) }),
      'ow.clock.notifications.resumed',
      () => setOpen(false),
    );
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid={`end-suspension-${kind}`}>
        {translate('ow.clock.actions.end')}
      </Button>
      <ActionDialog
        open={open}
        title={translate('ow.clock.end.title', { kind: kindLabel })}
        confirmLabel="ow.clock.end.confirm"
        busy={busy}
        onClose={() => setOpen(false)}
        onConfirm={() => void submit()}
      >
        <TextField
          fullWidth
          multiline
          minRows={2}
          sx={{ mt: 1 }}
          label={translate('ow.clock.end.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          slotProps={{ htmlInput: { name: 'note', maxLength: 500 } }}
        />
      </ActionDialog>
    </>
  );
};
