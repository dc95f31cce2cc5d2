import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { countdown } from './form-values';

/** "还剩 2 天 3 小时" or "已超期 5 小时" for a step's due time. */
export const DueCountdown = ({
  dueAt,
  variant = 'body2',
}: {
  dueAt: string | null | undefined;
  variant?: 'body2' | 'h6';
}) => {
  const translate = useTranslate();
  if (!dueAt)
    return (
      <Typography variant={variant} color="text.secondary">
        {translate('ow.inbox.noDue')}
      </Typography>
    );
  const { overdue, days, hours } = countdown(dueAt);
  const span = days > 0 ? translate('ow.inbox.daysHours', { days, hours }) : translate('ow.inbox.hours', { hours });
  const soon = !overdue && days < 2;
  return (
    <Typography
      variant={variant}
      color={overdue ? 'error.main' : soon ? 'warning.dark' : 'text.primary'}
      data-testid="due-countdown"
    >
      {translate(overdue ? 'ow.inbox.overdueBy' : 'ow.inbox.remaining', { span })}
    </Typography>
  );
};
