import { BooleanInput, CheckboxGroupInput, PasswordInput, TextInput, required, type Validator } from 'react-admin';
import { Box } from '@mui/material';
import { ROLES, codeChoices } from '../shared/codes';
import { DepartmentSelectInput } from '../shared/DepartmentInputs';
import { passwordPolicy } from './password';

const validateRoles: Validator = (value: unknown) =>
  Array.isArray(value) && value.length ? undefined : 'resources.users.validation.roles';

/** Name, department, roles and status; the password (required on create, a reset on edit). */
export const UserFormFields = ({ creating = false }: { creating?: boolean }) => (
  <Box sx={{ width: '100%', maxWidth: 720 }}>
    {creating && (
      <TextInput
        source="username"
        validate={required()}
        helperText="resources.users.helpers.username"
        fullWidth
        autoComplete="off"
      />
    )}
    <TextInput source="displayName" validate={required()} fullWidth />
    <DepartmentSelectInput source="departmentCode" validate={required()} fullWidth />
    <CheckboxGroupInput source="roles" choices={codeChoices('roles', ROLES)} validate={validateRoles} />
    <BooleanInput source="active" helperText="resources.users.helpers.active" />
    <PasswordInput
      source="password"
      label={creating ? 'resources.users.fields.password' : 'resources.users.fields.newPassword'}
      validate={creating ? [required(), passwordPolicy] : passwordPolicy}
      helperText={creating ? 'resources.users.helpers.password' : 'resources.users.helpers.resetPassword'}
      autoComplete="new-password"
      fullWidth
    />
  </Box>
);
