import { Box, Chip, Divider, Step, StepContent, StepLabel, Stepper, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCivilDate, formatInstant } from '../matters/format';
import type { PublicLookup } from './types';

const STATUS_COLOR: Record<string, 'primary' | 'success' | 'warning' | 'error' | 'info' | 'default'> = {
  IN_PROGRESS: 'primary', SUSPENDED: 'warning', COMPLETED: 'success', REJECTED: 'error', REPORTED_UP: 'info',
};

/** The matter as the applicant sees it: status, dates and the steps done so far. */
export const ProgressView = ({ matter }: { matter: PublicLookup }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const done = matter.status === 'COMPLETED' || matter.status === 'REJECTED';
  return (
    <Box data-testid="progress">
      <Typography variant="caption" color="text.secondary">{translate('ow.public.receiptNo')}</Typography>
      <Typography variant="h6" sx={{ fontFamily: 'monospace' }}>{matter.receiptNo}</Typography>
      <Typography variant="h6" sx={{ mt: 1 }}>{matter.itemName}</Typography>
      <Chip sx={{ mt: 1, fontSize: 16, height: 36 }} color={STATUS_COLOR[matter.status] ?? 'default'}
        label={translate(`ow.matters.statuses.${matter.status}`, { _: matter.status })} data-testid="public-status" />
      <Box sx={{ mt: 2, display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5 }}>
        <Typography color="text.secondary">{translate('ow.public.acceptedAt')}</Typography>
        <Typography>{formatInstant(matter.acceptedAt, locale, false)}</Typography>
        {matter.dueDate && <Typography color="text.secondary">{translate('ow.public.dueDate')}</Typography>}
        {matter.dueDate && <Typography>{formatCivilDate(matter.dueDate, locale)}</Typography>}
        {matter.completedAt && <Typography color="text.secondary">{translate('ow.public.completedAt')}</Typography>}
        {matter.completedAt && <Typography>{formatInstant(matter.completedAt, locale, false)}</Typography>}
      </Box>
      <Divider sx={{ my: 2 }} />
      <Typography variant="subtitle1" sx={{ fontWeight: 600, mb: 1 }}>{translate('ow.public.steps')}</Typography>
      <Stepper orientation="vertical" activeStep={done ? matter.steps.length : Math.max(matter.steps.length - 1, 0)}>
        {matter.steps.map((s, i) => (
          <Step key={`${s.name}-${i}`} completed={done || i < matter.steps.length - 1 || Boolean(s.at && done)} expanded>
            <StepLabel>{s.name}</StepLabel>
            <StepContent>
              <Typography variant="body2" color="text.secondary">{s.at ? formatInstant(s.at, locale) : translate('ow.public.inProgress')}</Typography>
            </StepContent>
          </Step>
        ))}
      </Stepper>
    </Box>
  );
};
