import { Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatCivilDate, formatInstant } from './format';
import type { DeadlineChange, Suspension } from './types';

/** 补正 and other pauses of the clock: when each started and ended, and why. */
export const SuspensionLedger = ({ suspensions }: { suspensions: Suspension[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!suspensions.length) return <Typography variant="body2" color="text.secondary">{translate('ow.matters.suspensions.none')}</Typography>;
  return (
    <Table size="small" data-testid="suspensions">
      <TableHead>
        <TableRow>
          <TableCell>{translate('ow.matters.suspensions.kind')}</TableCell>
          <TableCell>{translate('ow.matters.suspensions.startedAt')}</TableCell>
          <TableCell>{translate('ow.matters.suspensions.endedAt')}</TableCell>
          <TableCell>{translate('ow.matters.suspensions.reason')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {suspensions.map((s) => (
          <TableRow key={s.id}>
            <TableCell>{translate(`ow.matters.suspensionKinds.${s.kind}`, { _: s.kind })}</TableCell>
            <TableCell>{formatInstant(s.startedAt, locale)}</TableCell>
            <TableCell>{s.endedAt ? formatInstant(s.endedAt, locale) : translate('ow.matters.suspensions.ongoing')}</TableCell>
            <TableCell>{s.reason}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** Every change of the due date with its reason (extensions, pauses, calendar changes). */
export const DeadlineChanges = ({ changes }: { changes: DeadlineChange[] }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!changes.length) return <Typography variant="body2" color="text.secondary">{translate('ow.matters.deadlineChanges.none')}</Typography>;
  return (
    <Table size="small" data-testid="deadline-changes">
      <TableHead>
        <TableRow>
          <TableCell>{translate('ow.matters.deadlineChanges.at')}</TableCell>
          <TableCell>{translate('ow.matters.deadlineChanges.change')}</TableCell>
          <TableCell>{translate('ow.matters.deadlineChanges.reason')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {changes.map((c) => (
          <TableRow key={c.id}>
            <TableCell>{formatInstant(c.at, locale)}</TableCell>
            <TableCell>{`${formatCivilDate(c.oldDueDate, locale) || '—'} → ${formatCivilDate(c.newDueDate, locale) || '—'}`}</TableCell>
            <TableCell>{locale === 'en' ? c.reasonEn : c.reasonZh}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
