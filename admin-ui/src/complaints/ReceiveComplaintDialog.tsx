import { useState } from 'react';
import { Alert, Autocomplete, MenuItem, Stack, TextField } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useMutation, useQuery } from '@tanstack/react-query';
import { ActionDialog } from '../shared/ActionDialog';
import type { StaffBoardDataProvider } from '../staff-board/dataProvider';
import { ConcernedDepartmentSelect } from './ConcernedDepartmentSelect';
import type { ComplaintDataProvider } from './dataProvider';

/**
 * 投诉登记 at the window or from a phone call: who complains, what about (a matter by its receipt number and/or a
 * staff member), and the department concerned, which the link suggests and the clerk may change.
 */
export const ReceiveComplaintDialog = ({ onClose, onDone }: { onClose(): void; onDone(receiptNo: string): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<ComplaintDataProvider & StaffBoardDataProvider>();
  const staff = useQuery({ queryKey: ['staff-board'], queryFn: () => dataProvider.getStaffBoard() });
  const [key] = useState(() => crypto.randomUUID());
  const [channel, setChannel] = useState<'WINDOW' | 'PHONE'>('WINDOW');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [content, setContent] = useState('');
  const [receiptNo, setReceiptNo] = useState('');
  const [userId, setUserId] = useState<string | null>(null);
  const [departmentCode, setDepartmentCode] = useState('');
  const [subjectError, setSubjectError] = useState<string | null>(null);

  /** the department the named matter or person suggests; the clerk may still choose another */
  const suggest = async (q: { receiptNo?: string; userId?: string }) => {
    setSubjectError(null);
    if (!q.receiptNo && !q.userId) return;
    try {
      const suggestion = await dataProvider.suggestComplaintDepartment(q);
      if (suggestion.departmentCode) setDepartmentCode(suggestion.departmentCode);
    } catch (e) {
      setSubjectError((e as Error).message);
    }
  };
  const save = useMutation({
    mutationFn: () =>
      dataProvider.receiveComplaint({
        idempotencyKey: key,
        channel,
        complainant: { name: name.trim(), phone: phone.trim() },
        content,
        subjectReceiptNo: receiptNo.trim() || undefined,
        subjectUserId: userId ?? undefined,
        departmentCode,
      }),
    onSuccess: (taken) => {
      notify('ow.complaints.received', { type: 'success', messageArgs: { receiptNo: taken.receiptNo } });
      onDone(taken.receiptNo);
    },
    onError: (e: Error) => notify('ow.complaints.failed', { type: 'error', messageArgs: { detail: e.message } }),
  });
  const people = staff.data ?? [];
  const complete = name.trim() && /^1[3-9]\d{9}$/.test(phone.trim()) && content.trim().length >= 5 && departmentCode;
  return (
    <ActionDialog
      open
      title="ow.complaints.receive"
      confirmLabel="ra.action.save"
      busy={save.isPending}
      disabled={!complete}
      onClose={onClose}
      onConfirm={() => save.mutate()}
      testId="complaint-dialog"
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <TextField
          select
          label={translate('ow.complaints.channel')}
          value={channel}
          onChange={(e) => setChannel(e.target.value as 'WINDOW' | 'PHONE')}
          slotProps={{ htmlInput: { 'data-testid': 'complaint-channel' } }}
        >
          {(['WINDOW', 'PHONE'] as const).map((c) => (
            <MenuItem key={c} value={c}>
              {translate(`ow.complaints.channels.${c}`)}
            </MenuItem>
          ))}
        </TextField>
        <Stack direction="row" spacing={2}>
          <TextField
            fullWidth
            required
            label={translate('ow.complaints.complainantName')}
            value={name}
            onChange={(e) => setName(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'complaint-name', maxLength: 50 } }}
          />
          <TextField
            fullWidth
            required
            label={translate('ow.complaints.phone')}
            value={phone}
            onChange={(e) => setPhone(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'complaint-mobile', inputMode: 'tel', maxLength: 11 } }}
          />
        </Stack>
        <TextField
          required
          multiline
          minRows={3}
          label={translate('ow.complaints.content')}
          value={content}
          onChange={(e) => setContent(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'complaint-content', maxLength: 2000 } }}
        />
        <TextField
          label={translate('ow.complaints.subjectReceiptNo')}
          value={receiptNo}
          onChange={(e) => setReceiptNo(e.target.value)}
          onBlur={() => void suggest({ receiptNo: receiptNo.trim() || undefined, userId: userId ?? undefined })}
          slotProps={{ htmlInput: { 'data-testid': 'complaint-subject-receipt' } }}
        />
        <Autocomplete
          options={people}
          getOptionLabel={(p) => `${p.name}（${p.departmentName}）`}
          value={people.find((p) => p.id === userId) ?? null}
          onChange={(_e, p) => {
            setUserId(p?.id ?? null);
            void suggest({ receiptNo: receiptNo.trim() || undefined, userId: p?.id });
          }}
          renderInput={(params) => <TextField {...params} label={translate('ow.complaints.subjectUser')} />}
          data-testid="complaint-subject-user"
        />
        {subjectError && <Alert severity="warning">{subjectError}</Alert>}
        <ConcernedDepartmentSelect value={departmentCode} onChange={setDepartmentCode} testId="complaint-department" />
      </Stack>
    </ActionDialog>
  );
};
