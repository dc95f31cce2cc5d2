import { BooleanInput, Create, Edit, Labeled, SimpleForm, TextField, TextInput, required, regex } from 'react-admin';
import { ErrorState } from '../layout/States';
import { RecordTitle } from '../shared/RecordTitle';
import { SaveOnlyToolbar } from '../shared/SaveOnlyToolbar';
import type { Department } from '../shared/useDepartments';

const validateCode = [required(), regex(/^[A-Z][A-Z0-9_]{1,29}$/, 'resources.departments.validation.code')];
const trimmedOrNull = (text: string | null | undefined) => text?.trim() || null;

const Fields = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput source="nameEn" fullWidth />
    <BooleanInput source="active" helperText="resources.departments.helpers.active" />
  </>
);

export const DepartmentCreate = () => (
  <Create
    redirect="list"
    title="resources.departments.titles.create"
    transform={({ code, name, nameEn, active }: Partial<Department>) => ({
      code: code?.trim(),
      name: name?.trim(),
      nameEn: trimmedOrNull(nameEn),
      active: active ?? true,
    })}
  >
    <SimpleForm defaultValues={{ active: true }}>
      <TextInput source="code" validate={validateCode} helperText="resources.departments.helpers.code" />
      <Fields />
    </SimpleForm>
  </Create>
);

/** Rename or (de)activate; a deactivation the API refuses (409) names what still uses the department. */
export const DepartmentEdit = () => (
  <Edit
    title={<RecordTitle prefix="resources.departments.titles.edit" field="name" />}
    mutationMode="pessimistic"
    redirect="list"
    transform={({ name, nameEn, active }: Partial<Department>) => ({
      name: name?.trim(),
      nameEn: trimmedOrNull(nameEn),
      active,
    })}
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
