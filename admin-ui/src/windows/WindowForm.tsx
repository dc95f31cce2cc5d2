import { BooleanInput, SelectInput, TextInput, required } from 'react-admin';
import { DepartmentSelectInput } from '../shared/DepartmentInputs';
import { UnitCreate, UnitEdit } from '../shared/UnitForms';
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
  <UnitCreate resource="windows" body={body} fields={<Fields />} defaultValues={{ kind: 'COMPREHENSIVE' }} />
);

export const WindowEdit = () => <UnitEdit resource="windows" body={body} fields={<Fields />} />;
