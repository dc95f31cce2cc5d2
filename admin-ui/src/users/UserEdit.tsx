import { Box } from '@mui/material';
import { Edit, SimpleForm, TextField, Labeled, useNotify, useRecordContext } from 'react-admin';
import { ErrorState } from '../layout/States';
import { RecordTitle } from '../shared/RecordTitle';
import { SaveOnlyToolbar } from '../shared/SaveOnlyToolbar';
import { BackupCard } from './BackupCard';
import { UserFormFields } from './UserFormFields';
import type { UserRow } from './types';

type Form = Partial<UserRow> & { password?: string };

/** Only the editable fields; a blank password keeps the current one. */
const toBody = ({ displayName, roles, departmentCode, active, password }: Form) => ({
  displayName: displayName?.trim(),
  roles,
  departmentCode,
  active,
  ...(password ? { password } : {}),
});

const Backup = () => {
  const user = useRecordContext<UserRow>();
  return user ? <BackupCard key={`${user.backupUserId}|${user.absentFrom}|${user.absentUntil}`} user={user} /> : null;
};

export const UserEdit = () => {
  const notify = useNotify();
  return (
    <Edit
      title={<RecordTitle prefix="resources.users.titles.edit" field="displayName" />}
      mutationMode="pessimistic"
      transform={toBody}
      redirect={false}
      mutationOptions={{ onSuccess: () => notify('resources.users.notifications.saved', { type: 'success' }) }}
      error={<ErrorState />}
      aside={
        <Box sx={{ width: { xs: '100%', md: 380 }, ml: { md: 2 }, mt: { xs: 2, md: 0 } }}>
          <Backup />
        </Box>
      }
      sx={{ '& .RaEdit-main': { flexDirection: { xs: 'column', md: 'row' } } }}
    >
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <Labeled>
          <TextField source="username" />
        </Labeled>
        <UserFormFields />
      </SimpleForm>
    </Edit>
  );
};
