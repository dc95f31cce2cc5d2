import { useState } from 'react';
import {
  Box,
  Card,
  CardContent,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { Loading, Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { yuanText } from '../../../domain/money';
import { ErrorState } from '../layout/States';
import { chinaToday, formatInstant } from '../shared/chinaDate';
import { ExportButton } from '../shared/ExportButton';
import { restrictTo } from '../shared/RequireRole';
import type { FeeDataProvider } from './dataProvider';
import { PAYMENT_METHODS, type Reconciliation } from './types';

const TallyRows = ({ data }: { data: Reconciliation }) => {
  const translate = useTranslate();
  const rows = [
    ...data.windows.map((w) => ({ ...w, label: w.windowName ?? translate('ow.fees.noWindow') })),
    { ...data.totals, label: translate('ow.fees.total') },
  ];
  return (
    <Table size="small" data-testid="reconciliation-tally">
      <TableHead>
        <TableRow>
          <TableCell>{translate('ow.fees.window')}</TableCell>
          <TableCell align="right">{translate('ow.fees.count')}</TableCell>
          <TableCell align="right">{translate('ow.fees.due')}</TableCell>
          {PAYMENT_METHODS.map((m) => (
            <TableCell key={m} align="right">
              {translate(`ow.fees.methods.${m}`)}
            </TableCell>
          ))}
          <TableCell align="right">{translate('ow.fees.paid')}</TableCell>
          <TableCell align="right">{translate('ow.fees.exempt')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.label}>
            <TableCell>{r.label}</TableCell>
            <TableCell align="right">{r.count}</TableCell>
            <TableCell align="right">{yuanText(r.dueFen)}</TableCell>
            {PAYMENT_METHODS.map((m) => (
              <TableCell key={m} align="right">
                {yuanText(r.byMethod[m] ?? 0)}
              </TableCell>
            ))}
            <TableCell align="right">{yuanText(r.paidFen)}</TableCell>
            <TableCell align="right">{yuanText(r.exemptFen)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};

/** /fees/reconciliation — 收费日结: a day's records per window, to check each drawer against them. */
const ReconciliationView = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<FeeDataProvider>();
  const [date, setDate] = useState(chinaToday);
  const day = useQuery({
    queryKey: ['fees', 'reconciliation', date],
    queryFn: () => dataProvider.getReconciliation(date),
  });
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }}>
      <Title title="ow.fees.reconciliation" />
      <Card variant="outlined">
        <CardContent>
          <Stack direction={{ xs: 'column', sm: 'row' }} spacing={2} sx={{ alignItems: { sm: 'center' } }}>
            <TextField
              type="date"
              size="small"
              label={translate('ow.fees.date')}
              value={date}
              onChange={(e) => e.target.value && setDate(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'reconciliation-date' } }}
            />
            <Box sx={{ flex: 1 }} />
            <ExportButton path="/fees/reconciliation/export.csv" filename={`fees-${date}.csv`} filter={{ date }} />
          </Stack>
        </CardContent>
      </Card>
      {day.isPending ? (
        <Loading />
      ) : day.error || !day.data ? (
        <ErrorState message="ow.fees.loadFailed" detail={day.error?.message} onRetry={() => void day.refetch()} />
      ) : (
        <>
          <Card variant="outlined">
            <CardContent sx={{ overflowX: 'auto' }}>
              <TallyRows data={day.data} />
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardContent sx={{ overflowX: 'auto' }}>
              <Typography variant="subtitle1" sx={{ mb: 1 }}>
                {translate('ow.fees.records', { count: day.data.payments.length })}
              </Typography>
              <Table size="small" data-testid="reconciliation-records">
                <TableHead>
                  <TableRow>
                    <TableCell>{translate('ow.fees.receiptNo')}</TableCell>
                    <TableCell>{translate('ow.fees.window')}</TableCell>
                    <TableCell align="right">{translate('ow.fees.paid')}</TableCell>
                    <TableCell>{translate('ow.fees.method')}</TableCell>
                    <TableCell>{translate('ow.fees.exemptReason')}</TableCell>
                    <TableCell>{translate('ow.fees.collector')}</TableCell>
                    <TableCell>{translate('ow.fees.at')}</TableCell>
                  </TableRow>
                </TableHead>
                <TableBody>
                  {day.data.payments.map((p) => (
                    <TableRow key={p.id}>
                      <TableCell>
                        <Link to={`/print/fee/${p.id}`}>{p.receiptNo}</Link>
                      </TableCell>
                      <TableCell>{p.windowCode ?? '—'}</TableCell>
                      <TableCell align="right">{yuanText(p.paidFen)}</TableCell>
                      <TableCell>{translate(`ow.fees.methods.${p.method}`)}</TableCell>
                      <TableCell>{p.exemptReason ?? ''}</TableCell>
                      <TableCell>{p.collectedByName}</TableCell>
                      <TableCell>{formatInstant(p.paidAt, locale)}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </CardContent>
          </Card>
        </>
      )}
    </Stack>
  );
};

export const ReconciliationPage = restrictTo(['CLERK', 'AGENT', 'MANAGER', 'ADMIN'], ReconciliationView);
