import { useState } from 'react';
import { MenuItem, Stack, TextField } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { startOfChinaDay } from '../../../domain/china-time';
import { ActionDialog } from '../shared/ActionDialog';
import { chinaToday } from '../shared/chinaDate';
import type { StaffBoardDataProvider } from './dataProvider';
import { WHEREABOUTS_KINDS, type BoardPerson } from './types';

/** 'YYYY-MM-DDTHH:MM' typed as China wall time → an ISO instant */
const chinaInstant = (local: string) =>
  new Date(
    startOfChinaDay(local.slice(0, 10)).getTime() +
      (Number(local.slice(11, 13)) * 60 + Number(local.slice(14, 16))) * 60_000,
  );

/** 登记外出: where to, until when (China time), a note. */
export const GoOutDialog = ({ person, onClose, onDone }: { person: BoardPerson; onClose(): void; onDone(): void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<StaffBoardDataProvider>();
  const [kind, setKind] = useState<string>('SITE_SURVEY');
  const [until, setUntil] = useState(`${chinaToday()}T17:30`);
  const [note, setNote] = useState('');
  const valid = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(until);
  const save = useMutation({
    mutationFn: () =>
      dataProvider.goOut(person.id, { kind, until: chinaInstant(until).toISOString(), note: note || undefined }),
    onSuccess: () => {
      notify('ow.staffBoard.wentOut', { type: 'success' });
      onDone();
    },
    onError: (e: Error) => notify('ow.staffBoard.failed', { type: 'error', messageArgs: { detail: e.message } }),
  });
  return (
    <ActionDialog
      open
      title="ow.staffBoard.goOut"
      confirmLabel="ra.action.save"
      busy={save.isPending}
      disabled={!valid}
      onClose={onClose}
      onConfirm={() => save.mutate()}
      testId="go-out-dialog"
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        <TextField
          select
          label={translate('ow.staffBoard.kind')}
          value={kind}
          onChange={(e) => setKind(e.target.value)}
        >
          {WHEREABOUTS_KINDS.map((k) => (
            <MenuItem key={k} value={k}>
              {translate(`ow.staffBoard.status.${k}`)}
            </MenuItem>
          ))}
        </TextField>
        <TextField
          type="datetime-local"
          label={translate('ow.staffBoard.expectedBack')}
          value={until}
          onChange={(e) => setUntil(e.target.value)}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'go-out-until' } }}
          helperText={translate('ow.staffBoard.leaveHint')}
        />
        <TextField
          label={translate('ow.staffBoard.note')}
          value={note}
          onChange={(e) => setNote(e.target.value)}
          slotProps={{ htmlInput: { 'data-testid': 'go-out-note' } }}
        />
      </Stack>
    </ActionDialog>
  );
};
