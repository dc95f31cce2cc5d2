import { Box, Chip, Divider, Step, StepLabel, Stepper, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCivilDate, formatInstant } from '../shared/chinaDate';
import type { PublicLookup } from './types';
import { PublicDelivery } from '../results/PublicDelivery';

const STATUS_COLOR: Record<string, 'primary' | 'success' | 'warning' | 'error' | 'info' | 'default'> = {
  IN_PROGRESS: 'primary',
  SUSPENDED: 'warning',
  COMPLETED: 'success',
  REJECTED: 'error',
  REPORTED_UP: 'info',
  WITHDRAWN: 'default',
  TERMINATED: 'error',
};
/** Engine bookkeeping that tells an applicant nothing. */
const TECHNICAL = new Set([
  'timer.fired',
  'procedure.stuck',
  'message.received',
  'task.unclaimed',
  'task.cancelled',
  'incident',
  'error.caught',
  'escalation.caught',
  'escalation.uncaught',
  'task.passed',
  'decision.evaluated',
  'compensation.started',
  'compensation.finished',
]);
const OPEN = ['IN_PROGRESS', 'SUSPENDED', 'PENDING_START'];

/** The matter as the applicant sees it: status, dates and what has happened so far. */
export const ProgressView = ({ matter }: { matter: PublicLookup }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const label = (type: string) =>
    translate(`ow.public.events.${type}`, { _: translate(`ow.matters.events.${type}`, { _: type }) });
  const steps = matter.steps.filter((s) => !TECHNICAL.has(s.type ?? s.name));
  const open = OPEN.includes(matter.status);
  // a withdrawn matter was never finished by the centre: its promised date no longer means anything
  const promised = matter.status === 'WITHDRAWN' ? undefined : matter.dueDate;
  return (
    <Box data-testid="progress">
      <Typography variant="caption" color="text.secondary">
        {translate('ow.public.receiptNo')}
      </Typography>
      <Typography variant="h6" sx={{ fontFamily: 'monospace' }}>
        {matter.receiptNo}
      </Typography>
      <Typography variant="h6" sx={{ mt: 1 }}>
        {matter.itemName}
      </Typography>
      <Chip
        sx={{ mt: 1, fontSize: 16, height: 36 }}
        color={STATUS_COLOR[matter.status] ?? 'default'}
        label={translate(`ow.matters.statuses.${matter.status}`, { _: matter.status })}
        data-testid="public-status"
      />
      <Box sx={{ mt: 2, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5 }}>
        <Typography color="text.secondary">{translate('ow.public.acceptedAt')}</Typography>
        <Typography>{formatInstant(matter.acceptedAt, locale, false)}</Typography>
        {promised && <Typography color="text.secondary">{translate('ow.public.dueDate')}</Typography>}
        {promised && (
          <Typography>
            {formatCivilDate(promised, locale)}
            {matter.provisional ? translate('ow.public.provisional') : ''}
          </Typography>
        )}
        {matter.overdue && (
          <Typography color="error" data-testid="public-overdue" sx={{ gridColumn: '1 / -1' }}>
            {translate('ow.public.overdueNow')}
          </Typography>
        )}
        {Boolean(matter.pausedWorkingDays || matter.paused) && (
          <Typography color="text.secondary">{translate('ow.public.paused')}</Typography>
        )}
        {Boolean(matter.pausedWorkingDays || matter.paused) && (
          <Typography data-testid="public-paused">
            {translate('ow.public.pausedDays', { days: matter.pausedWorkingDays ?? 0 })}
            {matter.paused ? translate('ow.public.pausedNow') : ''}
          </Typography>
        )}
        {matter.completedAt && (
          <Typography color="text.secondary">
            {translate(matter.status === 'WITHDRAWN' ? 'ow.public.withdrawnAt' : 'ow.public.completedAt')}
          </Typography>
        )}
        {matter.completedAt && <Typography>{formatInstant(matter.completedAt, locale, false)}</Typography>}
        <PublicDelivery delivery={matter.delivery} />
      </Box>
      <Divider sx={{ my: 2 }} />
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>
        {translate('ow.public.steps')}
      </Typography>
      <Stepper orientation="vertical" activeStep={open ? steps.length : steps.length + 1}>
        {steps.map((s, i) => (
          <Step key={`${s.at}-${i}`} completed>
            <StepLabel
              optional={
                <Typography variant="caption" color="text.secondary">
                  {formatInstant(s.at, locale)}
                </Typography>
              }
            >
              {label(s.type ?? s.name)}
            </StepLabel>
          </Step>
        ))}
        {open && (
          <Step>
            <StepLabel>
              {translate(matter.status === 'SUSPENDED' ? 'ow.public.waitingForYou' : 'ow.public.inProgress')}
            </StepLabel>
          </Step>
        )}
      </Stepper>
    </Box>
  );
};
