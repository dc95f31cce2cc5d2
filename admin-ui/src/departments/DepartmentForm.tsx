import { BooleanInput, TextInput, required, regex, useInput, useRecordContext } from 'react-admin';
import { UserPicker } from '../shared/UserPicker';
import { UnitCreate, UnitEdit } from '../shared/UnitForms';
import type { Department } from '../shared/useDepartments';

const validateCode = [required(), regex(/^[A-Z][A-Z0-9_]{1,29}$/, 'resources.departments.validation.code')];
const trimmedOrNull = (text: string | null | undefined) => text?.trim() || null;

/** 科室负责人: one of the department's own staff (a new department has none yet). */
const HeadInput = () => {
  const record = useRecordContext<Department>();
  const { field } = useInput({ source: 'headUserId' });
  if (!record) return null;
  return (
    <UserPicker
      departmentCode={record.code}
      value={field.value ?? null}
      onChange={(id) => field.onChange(id)}
      label="resources.departments.fields.headUserId"
      testId="department-head"
    />
  );
};

const Fields = ({ withHead = false }: { withHead?: boolean }) => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput source="nameEn" fullWidth />
    <BooleanInput source="active" helperText="resources.departments.helpers.active" />
    {withHead && <HeadInput />}
  </>
);

const body = ({ name, nameEn, active }: Partial<Department>) => ({
  name: name?.trim(),
  nameEn: trimmedOrNull(nameEn),
  active,
});
const editBody = (record: Partial<Department>) => ({ ...body(record), headUserId: record.headUserId ?? null });

export const DepartmentCreate = () => (
  <UnitCreate resource="departments" body={body} fields={<Fields />} validateCode={validateCode} />
);

/** Rename or (de)activate; a deactivation the API refuses (409) names what still uses the department. */
export const DepartmentEdit = () => <UnitEdit resource="departments" body={editBody} fields={<Fields withHead />} />;
