import { CreateButton, DataTable, List, SelectInput, TopToolbar, useTranslate } from 'react-admin';
import { Chip, Stack, Typography } from '@mui/material';
import { EmptyState, ErrorState } from '../layout/States';
import { LocalDateField } from '../layout/LocalDateField';
import { ROLES, codeChoices } from '../shared/codes';
import { DepartmentSelectInput } from '../shared/DepartmentInputs';
import { CodeChips } from '../shared/CodeChip';
import { TranslatedSearchInput } from '../shared/TranslatedSearchInput';
import { useCodeLabel } from '../shared/useCodeLabel';
import { absenceDate } from './absence';
import type { UserRow } from './types';

const filters = [
  <TranslatedSearchInput key="q" source="q" alwaysOn placeholder="resources.users.filters.q" />,
  <DepartmentSelectInput
    key="departmentCode"
    source="departmentCode"
    label="resources.users.filters.departmentCode"
    includeInactive
    alwaysOn
  />,
  <SelectInput
    key="role"
    source="role"
    label="resources.users.filters.role"
    choices={codeChoices('roles', ROLES)}
    alwaysOn
  />,
];

const Actions = () => (
  <TopToolbar>
    <CreateButton label="resources.users.actions.create" />
  </TopToolbar>
);

const Department = ({ record }: { record: UserRow }) => <>{useCodeLabel()('departments', record.departmentCode)}</>;

const Status = ({ record }: { record: UserRow }) => {
  const translate = useTranslate();
  const locked = record.lockedUntil && Date.parse(record.lockedUntil) > Date.now();
  return (
    <Stack direction="row" spacing={0.5}>
      {record.active ? (
        <Chip size="small" color="success" variant="outlined" label={translate('resources.users.status.active')} />
      ) : (
        <Chip size="small" variant="outlined" label={translate('resources.users.status.inactive')} />
      )}
      {locked && (
        <Chip size="small" color="error" variant="outlined" label={translate('resources.users.status.locked')} />
      )}
    </Stack>
  );
};

const Backup = ({ record }: { record: UserRow }) => {
  const translate = useTranslate();
  if (!record.backupUserName)
    return (
      <Typography variant="body2" color="text.secondary">
        —
      </Typography>
    );
  const from = absenceDate(record.absentFrom);
  const until = absenceDate(record.absentUntil);
  return (
    <Typography variant="body2">
      {record.backupUserName}
      {from && until && (
        <Typography
          component="span"
          variant="caption"
          color="text.secondary"
        >{` ${translate('resources.users.backup.periodShort', { from, until })}`}</Typography>
      )}
    </Typography>
  );
};

/** 人员管理 (ADMIN): accounts with department, roles, status and their AB岗 backup. */
export const UserList = () => (
  <List
    filters={filters}
    actions={<Actions />}
    empty={<EmptyState message="resources.users.empty" />}
    error={<ErrorState message="resources.users.error" />}
    sort={{ field: 'username', order: 'ASC' }}
    perPage={25}
  >
    <DataTable rowClick="edit" bulkActionButtons={false}>
      <DataTable.Col source="displayName" />
      <DataTable.Col source="username" />
      <DataTable.Col source="departmentCode" render={(r: UserRow) => <Department record={r} />} />
      <DataTable.Col source="roles" disableSort render={(r: UserRow) => <CodeChips group="roles" codes={r.roles} />} />
      <DataTable.Col source="active" disableSort render={(r: UserRow) => <Status record={r} />} />
      <DataTable.Col source="backupUserName" disableSort render={(r: UserRow) => <Backup record={r} />} />
      <DataTable.Col source="createdAt" render={(r: UserRow) => <LocalDateField record={r} source="createdAt" />} />
    </DataTable>
  </List>
);
