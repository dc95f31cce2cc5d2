import { Autocomplete, CircularProgress, TextField } from '@mui/material';
import { useGetList, useTranslate } from 'react-admin';
import type { UserRow } from '../users/types';
import { useCodeLabel } from './useCodeLabel';

export interface UserPickerProps {
  /** GET /users?departmentCode= ; absent: everyone the caller may list */
  departmentCode?: string;
  value: string | null;
  onChange: (userId: string | null, user: UserRow | null) => void;
  /** users that may not be chosen (e.g. oneself as one's own backup) */
  excludeIds?: string[];
  label?: string;
  required?: boolean;
  disabled?: boolean;
  testId?: string;
}

/** Autocomplete of active staff (name, department, roles). */
export const UserPicker = ({
  departmentCode,
  value,
  onChange,
  excludeIds = [],
  label = 'ow.shared.userPicker.label',
  required,
  disabled,
  testId = 'user-picker',
}: UserPickerProps) => {
  const translate = useTranslate();
  const codeLabel = useCodeLabel();
  const {
    data = [],
    isPending,
    error,
  } = useGetList<UserRow>(
    'users',
    { pagination: { page: 1, perPage: 100 }, filter: departmentCode ? { departmentCode } : {} },
    { retry: false },
  );
  const options = data.filter((u) => u.active !== false && !excludeIds.includes(u.id));
  const selected = data.find((u) => u.id === value) ?? null;
  return (
    <Autocomplete
      options={options}
      value={selected}
      disabled={disabled}
      loading={isPending}
      loadingText={translate('ow.shared.userPicker.loading')}
      noOptionsText={translate(error ? 'ow.shared.userPicker.error' : 'ow.shared.userPicker.none')}
      getOptionLabel={(u) => u.displayName}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_e, u) => onChange(u?.id ?? null, u)}
      renderOption={({ key, ...props }, u) => (
        <li key={key} {...props} data-testid={`user-option-${u.username}`}>
          <span>
            {u.displayName}
            <small style={{ opacity: 0.6, marginLeft: 8 }}>
              {[codeLabel('departments', u.departmentCode), ...u.roles.map((r) => codeLabel('roles', r))].join(' · ')}
            </small>
          </span>
        </li>
      )}
      renderInput={(params) => (
        <TextField
          {...params}
          label={translate(label)}
          required={required}
          error={Boolean(error)}
          helperText={error ? translate('ow.shared.userPicker.error') : undefined}
          slotProps={{
            ...params.slotProps,
            input: {
              ...params.slotProps.input,
              endAdornment: (
                <>
                  {isPending ? <CircularProgress color="inherit" size={18} /> : null}
                  {params.slotProps.input.endAdornment}
                </>
              ),
            },
          }}
        />
      )}
      data-testid={testId}
    />
  );
};
