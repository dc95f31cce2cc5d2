import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { RunStatus } from './types';

const COLOR: Record<RunStatus, 'default' | 'info' | 'success' | 'error'> = {
  DUE: 'default',
  RUNNING: 'info',
  SUCCEEDED: 'success',
  FAILED: 'error',
};

export const RunStatusChip = ({ status }: { status: RunStatus }) => {
  const translate = useTranslate();
  return <Chip size="small" color={COLOR[status]} label={translate(`resources.backups.status.${status}`)} />;
};
