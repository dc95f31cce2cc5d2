import { BooleanInput, TextInput, required, regex } from 'react-admin';
import { UnitCreate, UnitEdit } from '../shared/UnitForms';
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

const body = ({ name, nameEn, active }: Partial<Department>) => ({
  name: name?.trim(),
  nameEn: trimmedOrNull(nameEn),
  active,
});

export const DepartmentCreate = () => (
  <UnitCreate resource="departments" body={body} fields={<Fields />} validateCode={validateCode} />
);

/** Rename or (de)activate; a deactivation the API refuses (409) names what still uses the department. */
export const DepartmentEdit = () => <UnitEdit resource="departments" body={body} fields={<Fields />} />;
