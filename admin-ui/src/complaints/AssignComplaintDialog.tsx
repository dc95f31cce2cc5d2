import { useState } from 'react';
import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { ActionDialog } from '../shared/ActionDialog';
import type { ComplaintDataProvider } from './dataProvider';
import { useActiveDepartments } from './ReceiveComplaintDialog';
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
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ComplaintDataProvider>();
  const departments = useActiveDepartments();
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
        <TextField
          select
          required
          label={translate('ow.complaints.department')}
          helperText={translate('ow.complaints.departmentHelp')}
          value={departmentCode}
          onChange={(e) => setDepartmentCode(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'assign-department' } }}
        >
          {departments.map((d) => (
            <MenuItem key={d.code} value={d.code}>
              {d.name}
            </MenuItem>
          ))}
        </TextField>
      </Stack>
    </ActionDialog>
  );
};
