import { BooleanInput, TextInput, required } from 'react-admin';
import { UnitCreate, UnitEdit } from '../shared/UnitForms';
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

export const StationCreate = () => <UnitCreate resource="stations" body={body} fields={<Fields />} />;

export const StationEdit = () => <UnitEdit resource="stations" body={body} fields={<Fields />} />;
