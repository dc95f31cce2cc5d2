import {
  BooleanInput,
  Create,
  Edit,
  Labeled,
  SelectInput,
  SimpleForm,
  TextField,
  TextInput,
  required,
} from 'react-admin';
import { ErrorState } from '../layout/States';
import { DepartmentSelectInput } from '../shared/DepartmentInputs';
import { RecordTitle } from '../shared/RecordTitle';
import { SaveOnlyToolbar } from '../shared/SaveOnlyToolbar';
import { WINDOW_KINDS, type WindowRow } from './types';

const kinds = WINDOW_KINDS.map((k) => ({ id: k, name: `resources.windows.kinds.${k}` }));
const body = ({ name, kind, departmentCode, active }: Partial<WindowRow>) => ({
  name: name?.trim(),
  kind,
  departmentCode,
  active,
});

const Fields = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <SelectInput source="kind" choices={kinds} validate={required()} />
    <DepartmentSelectInput source="departmentCode" validate={required()} />
    <BooleanInput source="active" helperText="resources.windows.helpers.active" />
  </>
);

export const WindowCreate = () => (
  <Create
    redirect="list"
    title="resources.windows.titles.create"
    transform={(w: Partial<WindowRow>) => ({ code: w.code?.trim(), ...body(w), active: w.active ?? true })}
  >
    <SimpleForm defaultValues={{ active: true, kind: 'COMPREHENSIVE' }}>
      <TextInput source="code" validate={required()} helperText="resources.windows.helpers.code" />
      <Fields />
    </SimpleForm>
  </Create>
);

export const WindowEdit = () => (
  <Edit
    title={<RecordTitle prefix="resources.windows.titles.edit" field="name" />}
    mutationMode="pessimistic"
    redirect="list"
    transform={body}
    error={<ErrorState />}
  >
    <SimpleForm toolbar={<SaveOnlyToolbar />}>
      <Labeled>
        <TextField source="code" />
      </Labeled>
      <Fields />
    </SimpleForm>
  </Edit>
);
