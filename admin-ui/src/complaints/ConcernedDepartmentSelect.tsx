import { MenuItem, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useDepartmentChoices } from '../shared/useDepartments';

/** The department concerned by a complaint: one of the centre's active departments. */
export const ConcernedDepartmentSelect = ({
  value,
  onChange,
  testId,
}: {
  value: string;
  onChange(code: string): void;
  testId: string;
}) => {
  const translate = useTranslate();
  const choices = useDepartmentChoices();
  return (
    <TextField
      select
      required
      label={translate('ow.complaints.department')}
      helperText={translate('ow.complaints.departmentHelp')}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      slotProps={{ htmlInput: { 'data-testid': testId } }}
    >
      {choices.map((d) => (
        <MenuItem key={d.id} value={d.id}>
          {d.name}
        </MenuItem>
      ))}
    </TextField>
  );
};
