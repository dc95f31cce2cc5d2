import { Box, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

const shown = (value: unknown) =>
  value === null || value === undefined ? '—' : typeof value === 'object' ? JSON.stringify(value) : String(value);

/** The step's own variables (its zeebe:input mappings, evaluated when it opened), read-only beside the form. */
export const TaskVariables = ({ variables }: { variables: Record<string, unknown> | null }) => {
  const translate = useTranslate();
  const entries = Object.entries(variables ?? {});
  if (entries.length === 0) return null;
  return (
    <Box data-testid="task-variables">
      <Typography variant="subtitle2" sx={{ mb: 0.5 }}>
        {translate('ow.inbox.task.variables')}
      </Typography>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5 }}>
        {entries.map(([name, value]) => (
          <Box key={name} sx={{ display: 'contents' }}>
            <Typography color="text.secondary" sx={{ fontFamily: 'monospace' }}>
              {name}
            </Typography>
            <Typography>{shown(value)}</Typography>
          </Box>
        ))}
      </Box>
    </Box>
  );
};
