import { Chip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { MatterStatus } from './types';

const COLOR: Record<MatterStatus, 'default' | 'primary' | 'warning' | 'success' | 'error' | 'info'> = {
  PENDING_START: 'default',
  IN_PROGRESS: 'primary',
  SUSPENDED: 'warning',
  COMPLETED: 'success',
  REJECTED: 'error',
  REPORTED_UP: 'info',
  NOT_ACCEPTED: 'default',
  WITHDRAWN: 'default',
  TERMINATED: 'error',
};

export const StatusChip = ({ status, size = 'small' }: { status: MatterStatus; size?: 'small' | 'medium' }) => (
  <Chip
    size={size}
    color={COLOR[status] ?? 'default'}
    label={useTranslate()(`ow.matters.statuses.${status}`, { _: status })}
    data-testid="matter-status"
  />
);
