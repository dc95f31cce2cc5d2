import { useState } from 'react';
import {
  Alert,
  Button as MuiButton,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  MenuItem,
  Stack,
  TextField,
} from '@mui/material';
import SwapHorizIcon from '@mui/icons-material/SwapHoriz';
import {
  Button,
  useDataProvider,
  useListContext,
  useNotify,
  useRefresh,
  useTranslate,
  useUnselectAll,
} from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { useDepartmentChoices } from '../shared/useDepartments';
import { UserPicker } from '../shared/UserPicker';
import type { ManagementDataProvider } from '../shared/dataProvider';
import type { StalledMatter } from './types';

/** Bulk action: moves every open task of the selected matters to one person (POST /tasks/reassign). */
export const ReassignButton = () => {
  const translate = useTranslate();
  const departments = useDepartmentChoices();
  const notify = useNotify();
  const refresh = useRefresh();
  const unselectAll = useUnselectAll('stalled');
  const dataProvider = useDataProvider<ManagementDataProvider>();
  const { selectedIds, data = [] } = useListContext<StalledMatter>();
  const selected = data.filter((m) => selectedIds.includes(m.id));
  const [open, setOpen] = useState(false);
  const [department, setDepartment] = useState('');
  const [toUserId, setToUserId] = useState<string | null>(null);

  const { mutate, isPending } = useMutation({
    mutationFn: async () => {
      const taskIds = (await Promise.all(selectedIds.map((id) => dataProvider.openTaskIdsOf(String(id))))).flat();
      if (!taskIds.length) return { reassigned: 0 };
      return dataProvider.reassignTasks(taskIds, toUserId!);
    },
    onSuccess: ({ reassigned }) => {
      notify(
        reassigned ? 'resources.stalled.notifications.reassigned' : 'resources.stalled.notifications.nothingToReassign',
        {
          type: reassigned ? 'success' : 'warning',
          messageArgs: { count: reassigned, smart_count: reassigned },
        },
      );
      setOpen(false);
      unselectAll();
      refresh();
    },
    onError: (e: Error) =>
      notify('resources.stalled.notifications.reassignFailed', { type: 'error', messageArgs: { detail: e.message } }),
  });

  const openDialog = () => {
    setDepartment(selected[0]?.leadDepartmentCode ?? '');
    setToUserId(null);
    setOpen(true);
  };
  const mixed = new Set(selected.map((m) => m.leadDepartmentCode)).size > 1;

  return (
    <>
      <Button label="resources.stalled.actions.reassign" onClick={openDialog} data-testid="bulk-reassign">
        <SwapHorizIcon />
      </Button>
      <Dialog
        open={open}
        onClose={isPending ? undefined : () => setOpen(false)}
        fullWidth
        maxWidth="sm"
        data-testid="reassign-dialog"
      >
        <DialogTitle>{translate('resources.stalled.reassign.title', { smart_count: selectedIds.length })}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <Alert severity="info">{translate('resources.stalled.reassign.hint')}</Alert>
            {mixed && <Alert severity="warning">{translate('resources.stalled.reassign.mixedDepartments')}</Alert>}
            <TextField
              select
              label={translate('ow.shared.userPicker.department')}
              value={department}
              onChange={(e) => {
                setDepartment(e.target.value);
                setToUserId(null);
              }}
            >
              {departments.map((d) => (
                <MenuItem key={d.id} value={d.id}>
                  {d.name}
                </MenuItem>
              ))}
            </TextField>
            <UserPicker
              key={department}
              departmentCode={department || undefined}
              value={toUserId}
              onChange={(id) => setToUserId(id)}
              required
              testId="reassign-user"
            />
          </Stack>
        </DialogContent>
        <DialogActions>
          <MuiButton onClick={() => setOpen(false)} disabled={isPending}>
            {translate('ow.shared.cancel')}
          </MuiButton>
          <MuiButton
            variant="contained"
            disabled={!toUserId || isPending}
            onClick={() => mutate()}
            data-testid="reassign-submit"
          >
            {translate('resources.stalled.reassign.submit')}
          </MuiButton>
        </DialogActions>
      </Dialog>
    </>
  );
};
