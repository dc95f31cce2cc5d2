import {
  Button,
  Card,
  CardContent,
  Chip,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  Typography,
} from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { formatInstant } from '../shared/chinaDate';
import type { AccountabilityCase } from './types';

/** one case: its cause, the chain of steps against their limits, and the reason found */
export const CaseCard = ({ c, onReason }: { c: AccountabilityCase; onReason(): void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const days = (d: number | null) => (d === null ? '—' : translate('ow.accountability.days', { days: d }));
  return (
    <Card variant="outlined" data-testid={`case-${c.receiptNo}`}>
      <CardContent>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center', flexWrap: 'wrap', rowGap: 1, mb: 1 }}>
          <Link to={`/matters/${c.matterId}`}>{c.receiptNo}</Link>
          <Typography>{c.itemName}</Typography>
          <Typography variant="body2" color="text.secondary">
            {c.departmentName}
          </Typography>
          <Chip
            size="small"
            color={c.cause === 'APPEAL' ? 'secondary' : 'error'}
            label={translate(`ow.accountability.causes.${c.cause}`, { days: c.overdueDays })}
          />
        </Stack>
        {c.appealDecision && <Typography variant="body2">{c.appealDecision}</Typography>}
        <Table size="small" sx={{ my: 1 }}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('ow.accountability.step')}</TableCell>
              <TableCell>{translate('ow.accountability.holder')}</TableCell>
              <TableCell>{translate('ow.accountability.period')}</TableCell>
              <TableCell align="right">{translate('ow.accountability.held')}</TableCell>
              <TableCell align="right">{translate('ow.accountability.limit')}</TableCell>
              <TableCell align="right">{translate('ow.accountability.over')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {c.chain.map((s) => (
              <TableRow key={s.taskId} sx={s.overDays > 0 ? { bgcolor: 'rgba(211, 47, 47, 0.06)' } : undefined}>
                <TableCell>
                  {s.step}
                  {s.departmentName && <small style={{ opacity: 0.6, marginLeft: 8 }}>{s.departmentName}</small>}
                </TableCell>
                <TableCell>{s.holderName ?? translate('ow.accountability.unclaimed')}</TableCell>
                <TableCell sx={{ whiteSpace: 'nowrap' }}>
                  {formatInstant(s.from, locale)} –{' '}
                  {s.open ? translate('ow.accountability.ongoing') : formatInstant(s.to, locale)}
                </TableCell>
                <TableCell align="right">{days(s.heldDays)}</TableCell>
                <TableCell align="right">{days(s.limitDays)}</TableCell>
                <TableCell align="right">{s.overDays > 0 ? days(s.overDays) : '—'}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
          <Typography variant="body2" sx={{ flex: 1 }} color={c.reason ? 'text.primary' : 'text.secondary'}>
            {translate('ow.accountability.reason')}：{c.reason ?? translate('ow.accountability.noReason')}
          </Typography>
          <Button size="small" onClick={onReason} data-testid="record-reason">
            {translate('ow.accountability.recordReason')}
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
};
