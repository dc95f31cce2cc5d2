import { Alert, Box, CircularProgress } from '@mui/material';
import { useTranslate } from 'react-admin';
import { publicError } from './usePublicQuery';

/** Loading and failure of a public read, the same on every public page. */
export const OpenStates = ({ isPending, error }: { isPending: boolean; error: unknown }) => {
  const translate = useTranslate();
  if (isPending)
    return (
      <Box sx={{ textAlign: 'center', py: 4 }}>
        <CircularProgress aria-label={translate('ow.open.loading')} />
      </Box>
    );
  if (error)
    return (
      <Alert severity="error" data-testid="open-error">
        {translate(publicError(error))}
      </Alert>
    );
  return null;
};
