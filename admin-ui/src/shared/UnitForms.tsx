import type { ReactNode } from 'react';
import { Create, Edit, Labeled, SimpleForm, TextField, TextInput, required, type Validator } from 'react-admin';
import { ErrorState } from '../layout/States';
import { RecordTitle } from './RecordTitle';
import { SaveOnlyToolbar } from './SaveOnlyToolbar';

interface Unit {
  code?: string;
  active?: boolean;
}

/** What an edit sends: the unit's fields without its code (a code never changes once created). */
type Body<T> = (record: Partial<T>) => Record<string, unknown>;

/** Creating an organisation unit (department, window, station): a code, then the unit's own fields; active by default. */
export function UnitCreate<T extends Unit>(props: {
  resource: string;
  body: Body<T>;
  fields: ReactNode;
  validateCode?: Validator | Validator[];
  defaultValues?: Record<string, unknown>;
}) {
  const { resource, body, fields, validateCode = required(), defaultValues } = props;
  return (
    <Create
      redirect="list"
      title={`resources.${resource}.titles.create`}
      transform={(unit: Partial<T>) => ({ code: unit.code?.trim(), ...body(unit), active: unit.active ?? true })}
    >
      <SimpleForm defaultValues={{ active: true, ...defaultValues }}>
        <TextInput source="code" validate={validateCode} helperText={`resources.${resource}.helpers.code`} />
        {fields}
      </SimpleForm>
    </Create>
  );
}

/** Renaming or (de)activating a unit; a refusal the API answers (409) is shown as it is. */
export function UnitEdit<T extends Unit>({
  resource,
  body,
  fields,
}: {
  resource: string;
  body: Body<T>;
  fields: ReactNode;
}) {
  return (
    <Edit
      title={<RecordTitle prefix={`resources.${resource}.titles.edit`} field="name" />}
      mutationMode="pessimistic"
      redirect="list"
      transform={body}
      error={<ErrorState />}
    >
      <SimpleForm toolbar={<SaveOnlyToolbar />}>
        <Labeled>
          <TextField source="code" />
        </Labeled>
        {fields}
      </SimpleForm>
    </Edit>
  );
}
