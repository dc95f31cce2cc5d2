import { Alert, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { blockLength, totals } from './schedule-form';
import type { ScheduleInput } from './types';

/** The check step: what will be loaded, what it replaces, and that open matters will be recomputed. */
export const ScheduleSummary = ({
  year,
  input,
  replaces,
}: {
  year: number;
  input: ScheduleInput;
  replaces: string[];
}) => {
  const translate = useTranslate();
  const sum = totals(input.holidays);
  return (
    <Stack spacing={2} data-testid="schedule-summary">
      <Typography variant="body2">
        <strong>{input.source}</strong>
      </Typography>
      <Table size="small">
        <TableHead>
          <TableRow>
            <TableCell>{translate('ow.calendar.schedule.dialog.name')}</TableCell>
            <TableCell>{translate('ow.calendar.schedule.dialog.rows')}</TableCell>
            <TableCell>{translate('ow.calendar.schedule.dialog.workdays')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {input.holidays.map((h, i) => (
            <TableRow key={i}>
              <TableCell>{h.name}</TableCell>
              <TableCell>
                {translate('ow.calendar.schedule.dialog.days', { from: h.from, to: h.to, smart_count: blockLength(h) })}
              </TableCell>
              <TableCell>
                {h.workdays.length ? h.workdays.join('、') : translate('ow.calendar.schedule.dialog.noWorkdays')}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <Typography variant="body2" data-testid="schedule-totals">
        {translate('ow.calendar.schedule.dialog.totals', { holidays: sum.holidays, workdays: sum.workdays })}
      </Typography>
      {replaces.length > 0 && (
        <Alert severity="warning" data-testid="schedule-replaces">
          {translate('ow.calendar.schedule.dialog.replaces', { dates: replaces.join('、') })}
        </Alert>
      )}
      <Alert severity="info" variant="outlined">
        {translate('ow.calendar.schedule.dialog.recomputeHint', { year })}
      </Alert>
    </Stack>
  );
};
