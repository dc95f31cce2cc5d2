import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { Loading, Title, useDataProvider, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { isReportPeriod, MAX_REPORT_PERIOD_DAYS } from '../../../domain/report-period';
import { EmptyState, ErrorState } from '../layout/States';
import { chinaToday, monthStart } from '../shared/chinaDate';
import { ExportButton } from '../shared/ExportButton';
import { restrictTo } from '../shared/RequireRole';
import { CaseCard } from './CaseCard';
import { AppealDialog, ReasonDialog } from './CaseDialogs';
import type { AccountabilityDataProvider } from './dataProvider';
import { TallyTable } from './TallyTable';
import type { AccountabilityCase } from './types';

/** /accountability — 责任追究: the period's overdue and overturned matters traced to who held each step. */
const AccountabilityView = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<AccountabilityDataProvider>();
  const [from, setFrom] = useState(() => monthStart(chinaToday()));
  const [to, setTo] = useState(chinaToday);
  const [reasonFor, setReasonFor] = useState<AccountabilityCase | null>(null);
  const [appealing, setAppealing] = useState(false);
  const report = useQuery({
    queryKey: ['accountability', from, to],
    queryFn: () => dataProvider.getAccountability(from, to),
    enabled: isReportPeriod(from, to),
  });
  const done = () => {
    setReasonFor(null);
    setAppealing(false);
    void report.refetch();
  };
  const data = report.data;
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }} data-testid="accountability-page">
      <Title title="ow.accountability.title" />
      <Typography color="text.secondary">{translate('ow.accountability.intro')}</Typography>
      <Card variant="outlined">
        <CardContent>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
            <TextField
              type="date"
              size="small"
              label={translate('ow.accountability.from')}
              value={from}
              onChange={(e) => e.target.value && setFrom(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'accountability-from' } }}
            />
            <TextField
              type="date"
              size="small"
              label={translate('ow.accountability.to')}
              value={to}
              onChange={(e) => e.target.value && setTo(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'accountability-to' } }}
            />
            <Box sx={{ flex: 1 }} />
            <Button onClick={() => setAppealing(true)}>{translate('ow.accountability.appeal')}</Button>
            <ExportButton
              path="/accountability/export.csv"
              filename={`accountability-${from}-${to}.csv`}
              filter={{ from, to }}
            />
          </Stack>
        </CardContent>
      </Card>
      {!isReportPeriod(from, to) ? (
        <Alert severity="warning" data-testid="accountability-bad-period">
          {translate('ow.accountability.badPeriod', { days: MAX_REPORT_PERIOD_DAYS })}
        </Alert>
      ) : report.isPending ? (
        <Loading />
      ) : report.error || !data ? (
        <ErrorState
          message="ow.accountability.loadFailed"
          detail={report.error?.message}
          onRetry={() => void report.refetch()}
        />
      ) : data.cases.length === 0 ? (
        <EmptyState message="ow.accountability.none" />
      ) : (
        <>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
            <Card variant="outlined">
              <CardContent sx={{ overflowX: 'auto' }}>
                <Typography variant="subtitle1">{translate('ow.accountability.byDepartment')}</Typography>
                <TallyTable
                  testId="accountability-by-department"
                  first="ow.accountability.department"
                  rows={data.byDepartment.map((d) => ({ key: d.departmentCode ?? '-', label: d.departmentName, ...d }))}
                />
              </CardContent>
            </Card>
            <Card variant="outlined">
              <CardContent sx={{ overflowX: 'auto' }}>
                <Typography variant="subtitle1">{translate('ow.accountability.byPerson')}</Typography>
                <TallyTable
                  testId="accountability-by-person"
                  first="ow.accountability.person"
                  rows={data.byPerson.map((p) => ({
                    key: p.userId ?? '-',
                    label: p.userId ? p.name : translate('ow.accountability.unclaimed'),
                    sub: p.departmentName,
                    ...p,
                  }))}
                />
              </CardContent>
            </Card>
          </Box>
          <Typography variant="h6" component="h2">
            {translate('ow.accountability.casesTitle', { count: data.cases.length })}
          </Typography>
          {data.truncated && (
            <Alert severity="info">{translate('ow.accountability.truncated', { count: data.cases.length })}</Alert>
          )}
          {data.cases.map((c) => (
            <CaseCard key={c.matterId} c={c} onReason={() => setReasonFor(c)} />
          ))}
        </>
      )}
      {reasonFor && (
        <ReasonDialog
          matterId={reasonFor.matterId}
          current={reasonFor.reason ?? ''}
          onClose={() => setReasonFor(null)}
          onDone={done}
        />
      )}
      {appealing && <AppealDialog onClose={() => setAppealing(false)} onDone={done} />}
    </Stack>
  );
};

export const AccountabilityPage = restrictTo(['MANAGER', 'ADMIN'], AccountabilityView);
