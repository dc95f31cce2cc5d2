import { useState } from 'react';
import { TextField } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { ActionDialog } from '../shared/ActionDialog';
import type { FirstAskDataProvider } from './dataProvider';

/** 关联办件: the matter accepted after the question, by its receipt number. */
export const LinkMatterDialog = ({ id, onClose, onDone }: { id: string; onClose(): void; onDone(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<FirstAskDataProvider>();
  const [receiptNo, setReceiptNo] = useState('');
  const save = useMutation({
    mutationFn: () => dataProvider.linkFirstAsk(id, receiptNo.trim()),
    onSuccess: () => {
      notify('ow.firstAsk.linked', { type: 'success' });
      onDone();
    },
    onError: (e: Error) => notify('ow.firstAsk.failed', { type: 'error', messageArgs: { detail: e.message } }),
  });
  return (
    <ActionDialog
      open
      title="ow.firstAsk.link"
      confirmLabel="ra.action.save"
      busy={save.isPending}
      disabled={!receiptNo.trim()}
      onClose={onClose}
      onConfirm={() => save.mutate()}
      testId="first-ask-link-dialog"
    >
      <TextField
        autoFocus
        fullWidth
        sx={{ mt: 1 }}
        label={translate('ow.firstAsk.receiptNo')}
        value={receiptNo}
        onChange={(e) => setReceiptNo(e.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'first-ask-receipt-no' } }}
      />
    </ActionDialog>
  );
};
