import { useQuery } from '@tanstack/react-query';
import { Autocomplete, TextField } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import type { ManagementDataProvider } from '../shared/dataProvider';

/** My own backup: chosen among my active colleagues (GET /users/backup-candidates, open to every role). */
export const CandidatePicker = ({
  value,
  onChange,
}: {
  value: string | null;
  onChange: (id: string | null) => void;
}) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ManagementDataProvider>();
  const {
    data = [],
    isPending,
    error,
  } = useQuery({
    queryKey: ['users', 'backup-candidates'],
    queryFn: () => dataProvider.getBackupCandidates(),
    retry: false,
  });
  return (
    <Autocomplete
      options={data}
      loading={isPending}
      value={data.find((c) => c.id === value) ?? null}
      getOptionLabel={(c) => c.displayName}
      isOptionEqualToValue={(a, b) => a.id === b.id}
      onChange={(_e, c) => onChange(c?.id ?? null)}
      loadingText={translate('ow.shared.userPicker.loading')}
      noOptionsText={translate(error ? 'ow.shared.userPicker.error' : 'ow.shared.userPicker.none')}
      renderInput={(params) => (
        <TextField
          {...params}
          label={translate('resources.users.backup.backupUser')}
          error={Boolean(error)}
          helperText={error ? translate('ow.shared.userPicker.error') : undefined}
        />
      )}
      data-testid="backup-user"
    />
  );
};
