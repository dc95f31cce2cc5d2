import {
  ArrayInput,
  AutocompleteInput,
  BooleanInput,
  CheckboxGroupInput,
  NumberInput,
  SelectInput,
  SimpleForm,
  SimpleFormIterator,
  TextInput,
  maxValue,
  minValue,
  number,
  regex,
  required,
  useGetList,
  type Validator,
} from 'react-admin';
import { Box, Divider, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { CASE_KINDS, DELIVERY_METHODS, codeChoices } from '../shared/codes';
import { DepartmentSelectArrayInput, DepartmentSelectInput } from '../shared/DepartmentInputs';
import { SaveOnlyToolbar } from '../shared/SaveOnlyToolbar';

const validateDays = [required(), number(), minValue(0), maxValue(365)];
const validateCode = [required(), regex(/^[A-Z][A-Z0-9-]{1,29}$/, 'resources.items.validation.code')];
const validateMaterialCode = [required(), regex(/^[A-Z][A-Z0-9_]{0,49}$/, 'resources.items.validation.materialCode')];

/** 承诺时限 ≤ 法定时限, and material codes unique within the item. */
const validateGuide = (values: Record<string, unknown>) => {
  const errors: Record<string, unknown> = {};
  if (Number(values.promisedDays) > Number(values.statutoryDays))
    errors.promisedDays = 'resources.items.validation.promisedAfterStatutory';
  const codes = ((values.materials as Array<{ code?: string }>) ?? []).map((m) => m?.code).filter(Boolean);
  if (new Set(codes).size !== codes.length) errors.materials = 'resources.items.validation.duplicateMaterial';
  return errors;
};

/** Material rows: fields side by side, switch labels on one line. */
const MATERIAL_ROW = {
  '& .RaSimpleFormIterator-inline': { columnGap: 2, rowGap: 1, alignItems: 'center' },
  '& .MuiFormControlLabel-label': { whiteSpace: 'nowrap' },
  '& .RaSimpleFormIterator-line': { py: 1 },
};

const Section = ({ title }: { title: string }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ width: '100%', mt: 2 }}>
      <Typography variant="subtitle1" component="h2" sx={{ fontWeight: 600 }}>
        {translate(title)}
      </Typography>
      <Divider sx={{ mb: 1 }} />
    </Box>
  );
};

const ProcedureKeyInput = () => {
  const { data = [], error } = useGetList<{ id: string; key: string; name: string }>(
    'procedures',
    { pagination: { page: 1, perPage: 100 } },
    { retry: false },
  );
  const choices = data.map((p) => ({ id: p.key, name: `${p.name}（${p.key}）` }));
  if (error || !choices.length)
    return <TextInput source="procedureKey" validate={required()} helperText="resources.items.helpers.procedureKey" />;
  return (
    <AutocompleteInput
      source="procedureKey"
      choices={choices}
      validate={required()}
      helperText="resources.items.helpers.procedureKey"
    />
  );
};

/** The 办事指南 form shared by create and edit; `creating` shows the (then immutable) code. */
export const ItemForm = ({
  creating = false,
  defaultValues,
}: {
  creating?: boolean;
  defaultValues?: Record<string, unknown>;
}) => (
  <SimpleForm
    validate={validateGuide}
    defaultValues={defaultValues}
    toolbar={<SaveOnlyToolbar />}
    sx={{ maxWidth: 1100 }}
  >
    <Section title="resources.items.sections.basic" />
    {creating && (
      <TextInput source="code" validate={validateCode as Validator[]} helperText="resources.items.helpers.code" />
    )}
    <TextInput source="name" validate={required()} fullWidth />
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%' }}>
      <SelectInput source="kind" choices={codeChoices('kinds', CASE_KINDS)} validate={required()} />
      <DepartmentSelectInput source="leadDepartmentCode" validate={required()} />
    </Box>
    <DepartmentSelectArrayInput source="coDepartmentCodes" fullWidth />
    <ProcedureKeyInput />
    <BooleanInput source="active" helperText="resources.items.helpers.active" />

    <Section title="resources.items.sections.limits" />
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, width: '100%' }}>
      <NumberInput
        source="promisedDays"
        validate={validateDays}
        min={0}
        helperText="resources.items.helpers.promisedDays"
      />
      <NumberInput
        source="statutoryDays"
        validate={validateDays}
        min={0}
        helperText="resources.items.helpers.statutoryDays"
      />
    </Box>
    <TextInput source="feeText" fullWidth helperText="resources.items.helpers.feeText" />
    <CheckboxGroupInput source="deliveryMethods" choices={codeChoices('delivery', DELIVERY_METHODS)} />

    <Section title="resources.items.sections.guide" />
    <TextInput source="conditions" multiline minRows={2} fullWidth validate={required()} />
    <TextInput source="legalBasis" multiline minRows={2} fullWidth validate={required()} />

    <Section title="resources.items.sections.materials" />
    <ArrayInput source="materials" label={false}>
      <SimpleFormIterator inline sx={MATERIAL_ROW}>
        <TextInput
          source="code"
          label="resources.items.fields.materialCode"
          validate={validateMaterialCode as Validator[]}
          helperText={false}
          sx={{ width: 170 }}
        />
        <TextInput
          source="name"
          label="resources.items.fields.materialName"
          validate={required()}
          helperText={false}
          sx={{ width: 300 }}
        />
        <BooleanInput source="required" label="resources.items.fields.required" helperText={false} />
        <BooleanInput source="deficiencyAllowed" label="resources.items.fields.deficiencyAllowed" helperText={false} />
        <TextInput source="note" label="resources.items.fields.note" helperText={false} sx={{ width: 220 }} />
        <TextInput
          source="sample"
          label="resources.items.fields.sample"
          helperText={false}
          multiline
          sx={{ width: 300 }}
        />
      </SimpleFormIterator>
    </ArrayInput>
  </SimpleForm>
);
