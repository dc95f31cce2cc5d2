import { useState } from 'react';
import { Stack, TextField, Typography } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { ActionDialog } from '../shared/ActionDialog';
import type { AccountabilityDataProvider } from './dataProvider';

type Done = { onClose(): void; onDone(): void };

/** 记录原因: what the manager found made the matter late or wrong. */
export const ReasonDialog = ({ matterId, current, onClose, onDone }: Done & { matterId: string; current: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AccountabilityDataProvider>();
  const [reason, setReason] = useState(current);
  const save = useMutation({
    mutationFn: () => dataProvider.recordAccountabilityReason(matterId, reason),
    onSuccess: () => {
      notify('ow.accountability.reasonSaved', { type: 'success' });
      onDone();
    },
    onError: (e: Error) => notify('ow.accountability.failed', { type: 'error', messageArgs: { detail: e.message } }),
  });
  return (
    <ActionDialog
      open
      title="ow.accountability.recordReason"
      confirmLabel="ra.action.save"
      busy={save.isPending}
      disabled={reason.trim().length < 2}
      onClose={onClose}
      onConfirm={() => save.mutate()}
      testId="reason-dialog"
    >
      <TextField
        autoFocus
        fullWidth
        multiline
        minRows={3}
        sx={{ mt: 1 }}
        label={translate('ow.accountability.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'reason-input' } }}
      />
    </ActionDialog>
  );
};

/** 登记复议撤销: a 退办 overturned by reconsideration or a court enters the report. */
export const AppealDialog = ({ onClose, onDone }: Done) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<AccountabilityDataProvider>();
  const [receiptNo, setReceiptNo] = useState('');
  const [appealDecision, setAppealDecision] = useState('');
  const [reason, setReason] = useState('');
  const save = useMutation({
    mutationFn: () =>
      dataProvider.recordAppeal({ receiptNo: receiptNo.trim(), appealDecision, reason: reason.trim() || undefined }),
    onSuccess: () => {
      notify('ow.accountability.appealSaved', { type: 'success' });
      onDone();
    },
    onError: (e: Error) => notify('ow.accountability.failed', { type: 'error', messageArgs: { detail: e.message } }),
  });
  return (
    <ActionDialog
      open
      title="ow.accountability.appeal"
      confirmLabel="ra.action.save"
      busy={save.isPending}
      disabled={!receiptNo.trim() || appealDecision.trim().length < 4}
      onClose={onClose}
      onConfirm={() => save.mutate()}
      testId="appeal-dialog"
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <Typography variant="body2" color="text.secondary">
          {translate('ow.accountability.appealHint')}
        </Typography>
        <TextField
          label={translate('ow.accountability.receiptNo')}
          value={receiptNo}
          onChange={(e) => setReceiptNo(e.target.value)}
        />
        <TextField
          multiline
          label={translate('ow.accountability.appealDecision')}
          value={appealDecision}
          onChange={(e) => setAppealDecision(e.target.value)}
        />
        <TextField
          multiline
          label={translate('ow.accountability.reason')}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
        />
      </Stack>
    </ActionDialog>
  );
};
