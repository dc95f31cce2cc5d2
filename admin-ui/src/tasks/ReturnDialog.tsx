import { useState } from 'react';
import { MenuItem, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ActionDialog } from '../shared/ActionDialog';

interface Props {
  open: boolean;
  busy: boolean;
  targets: Array<{ nodeId: string; name: string }>;
  onClose(): void;
  onConfirm(body: { toNodeId: string; comment: string }): void;
}

/** 退回: back to a step already passed, with the reason. */
export const ReturnDialog = ({ open, busy, targets, onClose, onConfirm }: Props) => {
  const translate = useTranslate();
  const [toNodeId, setToNodeId] = useState('');
  const [comment, setComment] = useState('');
  return (
    <ActionDialog
      open={open}
      busy={busy}
      title="ow.inbox.return.title"
      confirmLabel="ow.inbox.return.confirm"
      disabled={!toNodeId || !comment.trim()}
      onClose={onClose}
      onConfirm={() => onConfirm({ toNodeId, comment: comment.trim() })}
      testId="return-dialog"
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <TextField
          select
          label={translate('ow.inbox.return.target')}
          value={toNodeId}
          onChange={(e) => setToNodeId(e.target.value)}
          slotProps={{ htmlInput: { name: 'toNodeId' } }}
        >
          {targets.map((t) => (
            <MenuItem key={t.nodeId} value={t.nodeId}>
              {t.name || t.nodeId}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          multiline
          minRows={3}
          required
          label={translate('ow.inbox.return.comment')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          slotProps={{ htmlInput: { name: 'comment', maxLength: 1000 } }}
        />
      </Stack>
    </ActionDialog>
  );
};
