import { useState } from 'react';
import {
  Alert,
  Button,
  Card,
  CardActions,
  CardContent,
  CardHeader,
  Chip,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { chinaToday } from '../shared/chinaDate';
import type { ManagementDataProvider } from '../shared/dataProvider';
import { UserPicker } from '../shared/UserPicker';
import { CandidatePicker } from './CandidatePicker';
import { absenceDate, isAbsentOn } from './absence';
import type { UserRow } from './types';

interface Props {
  user: UserRow;
  /** the signed-in user's own backup (candidates from /users/backup-candidates) */
  self?: boolean;
  onSaved?: () => void;
}

/** AB岗: the B post standing in for this user, and the absence period during which tasks go to them. */
export const BackupCard = ({ user, self = false, onSaved }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ManagementDataProvider>();
  const [backupUserId, setBackupUserId] = useState<string | null>(user.backupUserId ?? null);
  const [from, setFrom] = useState(absenceDate(user.absentFrom));
  const [until, setUntil] = useState(absenceDate(user.absentUntil));
  const today = chinaToday();
  const periodIncomplete = Boolean(from) !== Boolean(until);
  const periodBackwards = Boolean(from && until && from > until);
  const needsBackup = Boolean(from) && !backupUserId;

  const { mutate, isPending } = useMutation({
    mutationFn: (clear: boolean) =>
      dataProvider.setUserBackup(
        user.id,
        clear
          ? { backupUserId: null, absentFrom: null, absentUntil: null }
          : { backupUserId, absentFrom: from || null, absentUntil: until || null },
      ),
    onSuccess: (_r, clear) => {
      if (clear) {
        setBackupUserId(null);
        setFrom('');
        setUntil('');
      }
      notify(clear ? 'resources.users.notifications.backupCleared' : 'resources.users.notifications.backupSaved', {
        type: 'success',
      });
      if (onSaved) onSaved();
      else refresh();
    },
    onError: (e: Error) =>
      notify('resources.users.notifications.backupFailed', { type: 'error', messageArgs: { detail: e.message } }),
  });

  const savedFrom = absenceDate(user.absentFrom);
  const savedUntil = absenceDate(user.absentUntil);
  const absentNow = isAbsentOn(today, savedFrom, savedUntil);
  const invalid = periodIncomplete || periodBackwards || needsBackup;

  return (
    <Card variant="outlined" data-testid="backup-card">
      <CardHeader
        title={translate('resources.users.backup.title')}
        subheader={translate('resources.users.backup.subtitle')}
        slotProps={{ title: { variant: 'subtitle1', component: 'h2' }, subheader: { variant: 'caption' } }}
        action={
          absentNow ? (
            <Chip size="small" color="warning" label={translate('resources.users.backup.absentNow')} />
          ) : undefined
        }
      />
      <CardContent>
        <Stack spacing={2}>
          {user.backupUserName ? (
            <Typography variant="body2">
              {translate('resources.users.backup.current', { name: user.backupUserName })}
              {savedFrom && savedUntil
                ? translate('resources.users.backup.currentPeriod', { from: savedFrom, until: savedUntil })
                : ''}
            </Typography>
          ) : (
            <Typography variant="body2" color="text.secondary">
              {translate('resources.users.backup.none')}
            </Typography>
          )}
          {self ? (
            <CandidatePicker value={backupUserId} onChange={setBackupUserId} />
          ) : (
            <UserPicker
              departmentCode={user.departmentCode}
              value={backupUserId}
              onChange={(id) => setBackupUserId(id)}
              excludeIds={[user.id]}
              label="resources.users.backup.backupUser"
              testId="backup-user"
            />
          )}
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2}>
            <TextField
              type="date"
              label={translate('resources.users.backup.absentFrom')}
              value={from}
              onChange={(e) => setFrom(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'absent-from' } }}
              fullWidth
            />
            <TextField
              type="date"
              label={translate('resources.users.backup.absentUntil')}
              value={until}
              onChange={(e) => setUntil(e.target.value)}
              slotProps={{
                inputLabel: { shrink: true },
                htmlInput: { min: from || undefined, 'data-testid': 'absent-until' },
              }}
              fullWidth
            />
          </Stack>
          {periodIncomplete && <Alert severity="warning">{translate('resources.users.backup.periodIncomplete')}</Alert>}
          {periodBackwards && <Alert severity="warning">{translate('resources.users.backup.periodBackwards')}</Alert>}
          {needsBackup && <Alert severity="warning">{translate('resources.users.backup.needsBackup')}</Alert>}
          <Typography variant="caption" color="text.secondary">
            {translate('resources.users.backup.hint')}
          </Typography>
        </Stack>
      </CardContent>
      <CardActions sx={{ justifyContent: 'flex-end' }}>
        {user.backupUserId && (
          <Button color="error" onClick={() => mutate(true)} disabled={isPending}>
            {translate('resources.users.backup.clear')}
          </Button>
        )}
        <Button
          variant="contained"
          onClick={() => mutate(false)}
          disabled={isPending || invalid || (!backupUserId && !user.backupUserId)}
          data-testid="backup-save"
        >
          {translate('ow.shared.save')}
        </Button>
      </CardActions>
    </Card>
  );
};
