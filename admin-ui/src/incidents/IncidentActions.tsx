import { useState } from 'react';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import ReplayIcon from '@mui/icons-material/Replay';
import MoveDownIcon from '@mui/icons-material/MoveDown';
import BlockIcon from '@mui/icons-material/Block';
import { useDataProvider, useRecordContext, useTranslate } from 'react-admin';
import { ActionDialog } from '../shared/ActionDialog';
import { useGuardedAction } from '../shared/useGuardedAction';
import type { IncidentDataProvider } from './dataProvider';
import type { Incident } from './types';

type Dialog = 'move' | 'cancel' | null;

/** Retry, move or cancel: shown on open incidents only; each refreshes the list, whatever the answer. */
export const IncidentActions = () => {
  const incident = useRecordContext<Incident>();
  const translate = useTranslate();
  const dataProvider = useDataProvider<IncidentDataProvider>();
  const { run, busy } = useGuardedAction('resources.incidents.notifications.failed', ['incidents']);
  const [dialog, setDialog] = useState<Dialog>(null);
  const [toNodeId, setToNodeId] = useState('');
  const [text, setText] = useState('');
  if (!incident || incident.resolvedAt) return null;
  const close = () => {
    setDialog(null);
    setText('');
    setToNodeId('');
  };
  const act = (action: () => Promise<unknown>, done: string) => void run(action, done, close);
  return (
    <Stack direction="row" spacing={1} onClick={(e) => e.stopPropagation()}>
      <Button
        size="small"
        startIcon={<ReplayIcon />}
        disabled={busy}
        onClick={() => act(() => dataProvider.retryIncident(incident.id), 'resources.incidents.notifications.retried')}
        data-testid={`incident-retry-${incident.receiptNo}`}
      >
        {translate('resources.incidents.actions.retry')}
      </Button>
      <Button
        size="small"
        startIcon={<MoveDownIcon />}
        disabled={busy || incident.targets.length === 0}
        onClick={() => setDialog('move')}
        data-testid={`incident-move-${incident.receiptNo}`}
      >
        {translate('resources.incidents.actions.move')}
      </Button>
      <Button
        size="small"
        color="error"
        startIcon={<BlockIcon />}
        disabled={busy}
        onClick={() => setDialog('cancel')}
        data-testid={`incident-cancel-${incident.receiptNo}`}
      >
        {translate('resources.incidents.actions.cancel')}
      </Button>
      <ActionDialog
        open={dialog === 'move'}
        title="resources.incidents.move.title"
        confirmLabel="resources.incidents.move.confirm"
        busy={busy}
        disabled={!toNodeId}
        onClose={close}
        onConfirm={() =>
          act(
            () =>
              dataProvider.moveIncident(incident.id, { toNodeId, ...(text.trim() ? { comment: text.trim() } : {}) }),
            'resources.incidents.notifications.moved',
          )
        }
        testId="incident-move-dialog"
      >
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            select
            label={translate('resources.incidents.move.target')}
            value={toNodeId}
            onChange={(e) => setToNodeId(e.target.value)}
            slotProps={{ htmlInput: { name: 'toNodeId' } }}
          >
            {incident.targets.map((target) => (
              <MenuItem key={target.nodeId} value={target.nodeId} data-testid={`target-${target.nodeId}`}>
                {target.name}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            multiline
            minRows={2}
            label={translate('resources.incidents.move.comment')}
            value={text}
            onChange={(e) => setText(e.target.value)}
            slotProps={{ htmlInput: { name: 'comment', maxLength: 500 } }}
          />
        </Stack>
      </ActionDialog>
      <ActionDialog
        open={dialog === 'cancel'}
        title="resources.incidents.cancel.title"
        confirmLabel="resources.incidents.cancel.confirm"
        busy={busy}
        disabled={!text.trim()}
        onClose={close}
        onConfirm={() =>
          act(
            () => dataProvider.cancelFromIncident(incident.id, { reason: text.trim() }),
            'resources.incidents.notifications.cancelled',
          )
        }
        testId="incident-cancel-dialog"
      >
        <TextField
          multiline
          fullWidth
          minRows={2}
          sx={{ mt: 1 }}
          label={translate('resources.incidents.cancel.reason')}
          helperText={translate('resources.incidents.cancel.hint')}
          value={text}
          onChange={(e) => setText(e.target.value)}
          slotProps={{ htmlInput: { name: 'reason', maxLength: 500 } }}
        />
      </ActionDialog>
    </Stack>
  );
};
