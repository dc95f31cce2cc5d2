import { Checkbox, FormControlLabel, MenuItem, Stack, TextField } from '@mui/material';
import type { FormValues } from './form-values';
import type { FormField } from './types';

interface Props {
  fields: FormField[];
  values: FormValues;
  disabled?: boolean;
  onChange(key: string, value: string | boolean): void;
}

/** The step's form as the procedure designer defined it (labels come from the diagram, already in Chinese). */
export const TaskFormFields = ({ fields, values, disabled, onChange }: Props) => (
  <Stack spacing={2} data-testid="task-form">
    {fields.map((f) => {
      const common = { label: f.label, required: f.required, disabled, fullWidth: true };
      const value = values[f.key];
      switch (f.type) {
        case 'boolean':
          return (
            <FormControlLabel
              key={f.key}
              disabled={disabled}
              label={f.label}
              control={
                <Checkbox checked={Boolean(value)} onChange={(e) => onChange(f.key, e.target.checked)} name={f.key} />
              }
            />
          );
        case 'enum':
          return (
            <TextField
              key={f.key}
              {...common}
              select
              value={value ?? ''}
              onChange={(e) => onChange(f.key, e.target.value)}
              slotProps={{ htmlInput: { name: f.key } }}
            >
              {(f.options ?? []).map((o) => (
                <MenuItem key={o} value={o}>
                  {o}
                </MenuItem>
              ))}
            </TextField>
          );
        case 'text':
          return (
            <TextField
              key={f.key}
              {...common}
              multiline
              minRows={3}
              value={value ?? ''}
              onChange={(e) => onChange(f.key, e.target.value)}
              slotProps={{ htmlInput: { name: f.key } }}
            />
          );
        case 'number':
          return (
            <TextField
              key={f.key}
              {...common}
              type="number"
              value={value ?? ''}
              onChange={(e) => onChange(f.key, e.target.value)}
              slotProps={{ htmlInput: { name: f.key, step: 'any' } }}
            />
          );
        case 'date':
          return (
            <TextField
              key={f.key}
              {...common}
              type="date"
              value={value ?? ''}
              onChange={(e) => onChange(f.key, e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { name: f.key } }}
            />
          );
        default:
          return (
            <TextField
              key={f.key}
              {...common}
              value={value ?? ''}
              onChange={(e) => onChange(f.key, e.target.value)}
              slotProps={{ htmlInput: { name: f.key } }}
            />
          );
      }
    })}
  </Stack>
);
