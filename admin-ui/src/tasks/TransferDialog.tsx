import { useState } from 'react';
import { MenuItem, Stack, TextField, ToggleButton, ToggleButtonGroup } from '@mui/material';
import { useTranslate } from 'react-admin';
import { ActionDialog } from '../shared/ActionDialog';
import { useDepartmentChoices } from '../shared/useDepartments';
import { UserPicker } from '../shared/UserPicker';

interface Props {
  open: boolean;
  busy: boolean;
  departmentCode: string | null;
  onClose(): void;
  onConfirm(body: { toDepartmentCode?: string; toUserId?: string; comment: string }): void;
}

/** 转办: hand the task to another department or to a colleague, with a comment. */
export const TransferDialog = ({ open, busy, departmentCode, onClose, onConfirm }: Props) => {
  const translate = useTranslate();
  const departments = useDepartmentChoices();
  const [mode, setMode] = useState<'department' | 'user'>('department');
  const [toDepartmentCode, setDepartment] = useState('');
  const [toUserId, setUser] = useState<string | null>(null);
  const [comment, setComment] = useState('');
  const target = mode === 'department' ? { toDepartmentCode } : { toUserId: toUserId ?? undefined };
  return (
    <ActionDialog
      open={open}
      busy={busy}
      title="ow.inbox.transfer.title"
      confirmLabel="ow.inbox.transfer.confirm"
      disabled={!(mode === 'department' ? toDepartmentCode : toUserId) || !comment.trim()}
      onClose={onClose}
      onConfirm={() => onConfirm({ ...target, comment: comment.trim() })}
      testId="transfer-dialog"
    >
      <Stack spacing={2} sx={{ mt: 1 }}>
        <ToggleButtonGroup exclusive size="small" value={mode} onChange={(_e, v) => v && setMode(v)}>
          <ToggleButton value="department">{translate('ow.inbox.transfer.toDepartment')}</ToggleButton>
          <ToggleButton value="user">{translate('ow.inbox.transfer.toUser')}</ToggleButton>
        </ToggleButtonGroup>
        {mode === 'department' ? (
          <TextField
            select
            label={translate('ow.inbox.transfer.department')}
            value={toDepartmentCode}
            onChange={(e) => setDepartment(e.target.value)}
          >
            {departments
              .filter((d) => d.id !== departmentCode)
              .map((d) => (
                <MenuItem key={d.id} value={d.id}>
                  {d.name}
                </MenuItem>
              ))}
          </TextField>
        ) : (
          <UserPicker
            departmentCode={departmentCode ?? undefined}
            value={toUserId}
            onChange={(id) => setUser(id)}
            label="ow.inbox.transfer.user"
            required
          />
        )}
        <TextField
          multiline
          minRows={3}
          required
          label={translate('ow.inbox.transfer.comment')}
          value={comment}
          onChange={(e) => setComment(e.target.value)}
          slotProps={{ htmlInput: { name: 'comment', maxLength: 1000 } }}
        />
      </Stack>
    </ActionDialog>
  );
};
