import { useState } from 'react';
import { Stack, Typography } from '@mui/material';
import { useDataProvider, useNotify } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { ActionDialog } from '../shared/ActionDialog';
import { ConcernedDepartmentSelect } from './ConcernedDepartmentSelect';
import type { ComplaintDataProvider } from './dataProvider';
import type { Complaint } from './types';

/** 受理分办: the receiving clerk names the department concerned (the link's suggestion pre-filled). */
export const AssignComplaintDialog = ({
  complaint,
  onClose,
  onDone,
}: {
  complaint: Complaint;
  onClose(): void;
  onDone(): void;
}) => {
  const notify = useNotify();
  const dataProvider = useDataProvider<ComplaintDataProvider>();
  const [departmentCode, setDepartmentCode] = useState(
    complaint.departmentCode ?? complaint.suggestedDepartmentCode ?? '',
  );
  const assign = useMutation({
    mutationFn: () => dataProvider.assignComplaint(complaint.matterId, departmentCode),
    onSuccess: () => {
      notify('ow.complaints.assigned', { type: 'success' });
      onDone();
    },
    onError: (e: Error) => notify('ow.complaints.failed', { type: 'error', messageArgs: { detail: e.message } }),
  });
  return (
    <ActionDialog
      open
      title="ow.complaints.assign"
      confirmLabel="ow.complaints.assign"
      busy={assign.isPending}
      disabled={!departmentCode}
      onClose={onClose}
      onConfirm={() => assign.mutate()}
      testId="assign-dialog"
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <Typography variant="body2">{complaint.content}</Typography>
        <ConcernedDepartmentSelect value={departmentCode} onChange={setDepartmentCode} testId="assign-department" />
      </Stack>
    </ActionDialog>
  );
};
