import { Create, SimpleForm } from 'react-admin';
import { UserFormFields } from './UserFormFields';
import type { UserRow } from './types';

type Form = Partial<UserRow> & { password?: string };

const toBody = ({ username, displayName, roles, departmentCode, active, password }: Form) => ({
  username: username?.trim(),
  displayName: displayName?.trim(),
  roles,
  departmentCode,
  active: active ?? true,
  password,
});

export const UserCreate = () => (
  <Create transform={toBody} redirect="edit" title="resources.users.titles.create">
    <SimpleForm defaultValues={{ active: true, roles: [] }}>
      <UserFormFields creating />
    </SimpleForm>
  </Create>
);
