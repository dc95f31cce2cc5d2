import { useState } from 'react';
import {
  Button,
  Chip,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { UserPicker } from '../shared/UserPicker';
import type { ManagementDataProvider } from '../shared/dataProvider';
import type { StalledMatter } from './types';

const TEMPLATES = ['speedUp', 'reportToday', 'explainDelay'] as const;

/** 督办: a manager's message on the matter, optionally addressed to one person of the lead department. */
export const SuperviseDialog = ({
  matter,
  open,
  onClose,
}: {
  matter: StalledMatter;
  open: boolean;
  onClose: () => void;
}) => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<ManagementDataProvider>();
  const [message, setMessage] = useState('');
  const [toUserId, setToUserId] = useState<string | null>(null);
  const trimmed = message.trim();
  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.superviseMatter(matter.id, { message: trimmed, ...(toUserId ? { toUserId } : {}) }),
    onSuccess: () => {
      notify('resources.stalled.notifications.supervised', {
        type: 'success',
        messageArgs: { receiptNo: matter.receiptNo },
      });
      setMessage('');
      setToUserId(null);
      onClose();
      refresh();
    },
    onError: (e: Error) =>
      notify('resources.stalled.notifications.superviseFailed', { type: 'error', messageArgs: { detail: e.message } }),
  });
  return (
    <Dialog
      open={open}
      onClose={isPending ? undefined : onClose}
      fullWidth
      maxWidth="sm"
      data-testid="supervise-dialog"
    >
      <DialogTitle>{translate('resources.stalled.supervise.title', { receiptNo: matter.receiptNo })}</DialogTitle>
      <DialogContent>
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {matter.itemName}
          </Typography>
          <Stack direction="row" spacing={1} sx={{ flexWrap: 'wrap', rowGap: 1 }}>
            {TEMPLATES.map((t) => (
              <Chip
                key={t}
                label={translate(`resources.stalled.supervise.templates.${t}`)}
                onClick={() => setMessage(translate(`resources.stalled.supervise.templates.${t}`))}
                variant="outlined"
              />
            ))}
          </Stack>
          <TextField
            label={translate('resources.stalled.supervise.message')}
            value={message}
            onChange={(e) => setMessage(e.target.value)}
            multiline
            minRows={3}
            required
            autoFocus
            slotProps={{ htmlInput: { maxLength: 500, 'data-testid': 'supervise-message' } }}
            helperText={translate('resources.stalled.supervise.messageHint')}
          />
          <UserPicker
            departmentCode={matter.leadDepartmentCode}
            value={toUserId}
            onChange={(id) => setToUserId(id)}
            label="resources.stalled.supervise.toUser"
            testId="supervise-to-user"
          />
        </Stack>
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={isPending}>
          {translate('ow.shared.cancel')}
        </Button>
        <Button
          variant="contained"
          color="warning"
          disabled={!trimmed || isPending}
          onClick={() => mutate()}
          data-testid="supervise-submit"
        >
          {translate('resources.stalled.supervise.submit')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
