import { BooleanInput, Create, Edit, Labeled, SimpleForm, TextField, TextInput, required } from 'react-admin';
import { ErrorState } from '../layout/States';
import { RecordTitle } from '../shared/RecordTitle';
import { SaveOnlyToolbar } from '../shared/SaveOnlyToolbar';
import type { StationRow } from './types';

const body = ({ name, village, active }: Partial<StationRow>) => ({
  name: name?.trim(),
  village: village?.trim(),
  active,
});

const Fields = () => (
  <>
    <TextInput source="name" validate={required()} fullWidth />
    <TextInput source="village" validate={required()} fullWidth />
    <BooleanInput source="active" helperText="resources.stations.helpers.active" />
  </>
);

export const StationCreate = () => (
  <Create
    redirect="list"
    title="resources.stations.titles.create"
    transform={(s: Partial<StationRow>) => ({ code: s.code?.trim(), ...body(s), active: s.active ?? true })}
  >
    <SimpleForm defaultValues={{ active: true }}>
      <TextInput source="code" validate={required()} helperText="resources.stations.helpers.code" />
      <Fields />
    </SimpleForm>
  </Create>
);

export const StationEdit = () => (
  <Edit
    title={<RecordTitle prefix="resources.stations.titles.edit" field="name" />}
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
