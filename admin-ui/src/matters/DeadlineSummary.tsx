import { Box, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { DueDateText } from './DueDateText';
import { formatInstant } from '../shared/chinaDate';
import type { MatterDetail } from './types';
import { WarningChip } from '../shared/WarningChip';

type Props = Pick<
  MatterDetail,
  'status' | 'dueDate' | 'provisional' | 'remainingWorkingDays' | 'warningLevel' | 'completedAt'
>;

/** The countdown in working days (or how far overdue), the due date, and the provisional note. */
export const DeadlineSummary = ({
  status,
  dueDate,
  provisional,
  remainingWorkingDays,
  warningLevel,
  completedAt,
}: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const open = status === 'IN_PROGRESS' || status === 'SUSPENDED' || status === 'PENDING_START';
  const days = remainingWorkingDays;
  const color =
    warningLevel === 'RED' || (days != null && days < 0)
      ? 'error.main'
      : warningLevel === 'YELLOW'
        ? 'warning.dark'
        : 'primary.main';
  return (
    <Box data-testid="deadline">
      {open && days != null ? (
        <Stack direction="row" spacing={1} sx={{ alignItems: 'baseline' }}>
          <Typography variant="h3" sx={{ color, fontWeight: 600 }} data-testid="remaining-days">
            {Math.abs(days)}
          </Typography>
          <Typography sx={{ color }}>
            {translate(days < 0 ? 'ow.matters.deadline.overdueDays' : 'ow.matters.deadline.remainingDays')}
          </Typography>
        </Stack>
      ) : (
        <Typography variant="h6" color="text.secondary">
          {completedAt
            ? translate(
                status === 'WITHDRAWN' ? 'ow.matters.deadline.withdrawnAt' : 'ow.matters.deadline.completedAt',
                {
                  date: formatInstant(completedAt, locale),
                },
              )
            : translate('ow.matters.deadline.closed')}
        </Typography>
      )}
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center', mt: 1, flexWrap: 'wrap' }}>
        <Typography variant="body2" color="text.secondary">
          {translate('ow.matters.deadline.dueDate')}
        </Typography>
        <DueDateText dueDate={dueDate} provisional={provisional} />
        <WarningChip level={warningLevel} />
      </Stack>
      {status === 'SUSPENDED' && (
        <Typography variant="body2" color="warning.dark" sx={{ mt: 1 }}>
          {translate('ow.matters.deadline.paused')}
        </Typography>
      )}
      {provisional && (
        <Typography variant="caption" color="text.secondary" sx={{ display: 'block', mt: 1 }}>
          {translate('ow.matters.deadline.provisionalNote')}
        </Typography>
      )}
    </Box>
  );
};
