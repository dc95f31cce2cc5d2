import { useState } from 'react';
import { TextField } from '@mui/material';
import { useNotify, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { ActionDialog } from './ActionDialog';

interface Props {
  title: string;
  label: string;
  confirmLabel: string;
  /** the text must have this many characters before the confirm button enables (0: may stay empty) */
  minLength: number;
  successKey: string;
  failureKey: string;
  submit(text: string): Promise<unknown>;
  onClose(): void;
  onDone(): void;
  testId?: string;
}

/** One written answer (a reply, measures, a reason) and the action that sends it; the server's refusal is shown. */
export const TextActionDialog = (props: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [text, setText] = useState('');
  const send = useMutation({
    mutationFn: () => props.submit(text.trim()),
    onSuccess: () => {
      notify(props.successKey, { type: 'success' });
      props.onDone();
    },
    onError: (e: Error) => notify(props.failureKey, { type: 'error', messageArgs: { message: e.message } }),
  });
  return (
    <ActionDialog
      open
      title={props.title}
      confirmLabel={props.confirmLabel}
      busy={send.isPending}
      disabled={text.trim().length < props.minLength}
      onClose={props.onClose}
      onConfirm={() => send.mutate()}
      testId={props.testId}
    >
      <TextField
        autoFocus
        fullWidth
        multiline
        minRows={3}
        sx={{ mt: 1 }}
        label={translate(props.label)}
        value={text}
        onChange={(e) => setText(e.target.value)}
        slotProps={{ htmlInput: { 'data-testid': 'dialog-text', maxLength: 2000 } }}
      />
    </ActionDialog>
  );
};
