import { useState } from 'react';
import { Stack, TextField } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { ActionDialog } from '../shared/ActionDialog';
import type { StaffBoardDataProvider } from './dataProvider';
import type { BoardPerson } from './types';

/** 职责栏: a person's post and duties, as posted. */
export const DutyDialog = ({ person, onClose, onDone }: { person: BoardPerson; onClose(): void; onDone(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<StaffBoardDataProvider>();
  const [post, setPost] = useState(person.post ?? '');
  const [duties, setDuties] = useState(person.duties ?? '');
  const save = useMutation({
    mutationFn: () => dataProvider.setStaffDuty(person.id, { post, duties }),
    onSuccess: () => {
      notify('ow.staffBoard.dutySaved', { type: 'success' });
      onDone();
    },
    onError: (e: Error) => notify('ow.staffBoard.failed', { type: 'error', messageArgs: { detail: e.message } }),
  });
  return (
    <ActionDialog
      open
      title="ow.staffBoard.editDuty"
      confirmLabel="ra.action.save"
      busy={save.isPending}
      disabled={!post.trim() || !duties.trim()}
      onClose={onClose}
      onConfirm={() => save.mutate()}
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <TextField label={translate('ow.staffBoard.post')} value={post} onChange={(e) => setPost(e.target.value)} />
        <TextField
          multiline
          minRows={3}
          label={translate('ow.staffBoard.duties')}
          value={duties}
          onChange={(e) => setDuties(e.target.value)}
        />
      </Stack>
    </ActionDialog>
  );
};
