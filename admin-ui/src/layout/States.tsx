import type { ReactNode } from 'react';
import { Box, Button, Typography } from '@mui/material';
import InboxIcon from '@mui/icons-material/Inbox';
import ErrorOutlineIcon from '@mui/icons-material/ErrorOutlineOutlined';
import { useTranslate } from 'react-admin';

/** Empty state with an i18n message and an optional action (e.g. a create button). */
export const EmptyState = ({ message = 'ow.layout.empty', action }: { message?: string; action?: ReactNode }) => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', py: 8, color: 'text.secondary', width: '100%' }} data-testid="empty-state">
      <InboxIcon sx={{ fontSize: 64, opacity: 0.4 }} />
      <Typography variant="h6" sx={{ mt: 1 }}>
        {translate(message)}
      </Typography>
      {action && <Box sx={{ mt: 2 }}>{action}</Box>}
    </Box>
  );
};

/** Error state: an i18n message, the server's message if any, and a retry button. */
export const ErrorState = ({
  message = 'ow.layout.error',
  detail,
  onRetry,
}: {
  message?: string;
  detail?: string;
  onRetry?: () => void;
}) => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', py: 8, width: '100%' }} role="alert" data-testid="error-state">
      <ErrorOutlineIcon color="error" sx={{ fontSize: 64 }} />
      <Typography variant="h6" sx={{ mt: 1 }}>
        {translate(message)}
      </Typography>
      {detail && (
        <Typography variant="body2" color="text.secondary">
          {detail}
        </Typography>
      )}
      <Button sx={{ mt: 2 }} variant="outlined" onClick={onRetry ?? (() => window.location.reload())}>
        {translate('ow.layout.retry')}
      </Button>
    </Box>
  );
};
