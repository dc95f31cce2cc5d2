import { Box, Chip, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCivilDate, formatInstant } from '../shared/chinaDate';
import type { DeadlineChange, Suspension } from './types';

/* Compact lists rather than tables: these sit in the matter page's narrow side column. */

/** 补正 and other pauses of the clock: when each started and ended, and why. */
export const SuspensionLedger = ({ suspensions }: { suspensions: Suspension[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!suspensions.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('ow.matters.suspensions.none')}
      </Typography>
    );
  return (
    <Stack spacing={1.5} data-testid="suspensions">
      {suspensions.map((s) => (
        <Box key={s.id}>
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Chip
              size="small"
              color={s.endedAt ? 'default' : 'warning'}
              label={translate(`ow.matters.suspensionKinds.${s.kind}`, { _: s.kind })}
            />
            <Typography variant="body2">
              {`${formatInstant(s.startedAt, locale)} → ${s.endedAt ? formatInstant(s.endedAt, locale) : translate('ow.matters.suspensions.ongoing')}`}
            </Typography>
          </Stack>
          <Typography variant="body2" color="text.secondary" sx={{ mt: 0.5 }}>
            {translate('ow.matters.suspensions.reasonLine', { reason: s.reason })}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
};

/** Every change of the due date with its reason (extensions, pauses, calendar changes). */
export const DeadlineChanges = ({ changes }: { changes: DeadlineChange[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!changes.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('ow.matters.deadlineChanges.none')}
      </Typography>
    );
  return (
    <Stack spacing={1.5} data-testid="deadline-changes">
      {changes.map((c) => (
        <Box key={c.id}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {`${formatCivilDate(c.oldDueDate, locale) || translate('ow.matters.deadlineChanges.unset')} → ${formatCivilDate(c.newDueDate, locale) || translate('ow.matters.deadlineChanges.unset')}`}
          </Typography>
          <Typography variant="body2" color="text.secondary">
            {locale === 'en' ? c.reasonEn : c.reasonZh}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {formatInstant(c.at, locale)}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
};
