import { useState } from 'react';
import { Alert, Box, Button, Card, CardContent, Stack, TableCell, TextField, Typography } from '@mui/material';
import { Loading, Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { isReportPeriod, MAX_REPORT_PERIOD_DAYS } from '../../../domain/report-period';
import { BarChart } from '../dashboard/BarChart';
import { EmptyState, ErrorState } from '../layout/States';
import { chinaToday } from '../shared/chinaDate';
import { ExportButton } from '../shared/ExportButton';
import { restrictTo } from '../shared/RequireRole';
import { useHasRole } from '../shared/roles';
import type { AssessmentDataProvider } from './dataProvider';
import { FiguresTable } from './FiguresTable';
import type { AssessmentReport } from './types';
import { WeightsDialog } from './WeightsDialog';

/** the people the chart shows: those with most matters finished */
const CHART_PEOPLE = 15;
const INDEX_PARTS = ['efficiency', 'quality', 'performance'] as const;
const dash = (value: number | null) => (value === null ? '—' : String(value));

const Exports = ({ from, to }: { from: string; to: string }) => (
  <>
    {(
      [
        ['people', '/assessment/people.csv', `assessment-people-${from}-${to}.csv`, 'ow.assessment.exportPeople'],
        [
          'stations',
          '/assessment/stations.csv',
          `assessment-stations-${from}-${to}.csv`,
          'ow.assessment.exportStations',
        ],
        ['excel', '/assessment/export.xlsx', `assessment-${from}-${to}.xlsx`, 'ow.assessment.exportExcel'],
      ] as const
    ).map(([key, path, filename, label]) => (
      <span key={key} data-testid={`assessment-export-${key}`} style={{ whiteSpace: 'nowrap' }}>
        <ExportButton path={path} filename={filename} filter={{ from, to }} label={label} />
      </span>
    ))}
  </>
);

const Stations = ({ report }: { report: AssessmentReport }) => {
  const translate = useTranslate();
  if (report.stations.length === 0) return <EmptyState message="ow.assessment.noStations" />;
  return (
    <Stack spacing={2}>
      <BarChart
        testId="assessment-index-chart"
        title={translate('ow.assessment.stationIndexChart')}
        series={[{ key: 'index', label: translate('ow.assessment.serviceIndex'), color: '#1565c0' }]}
        rows={report.stations.map((s) => ({ key: s.stationId, label: s.name, values: { index: s.serviceIndex ?? 0 } }))}
      />
      <Box sx={{ overflowX: 'auto' }}>
        <FiguresTable
          testId="assessment-stations"
          first="ow.assessment.station"
          complaintsConnected={report.complaintsSource.connected}
          rows={report.stations.map((s) => ({ ...s, key: s.stationId, label: s.name, sub: s.village }))}
          extraHeads={[...INDEX_PARTS.map((p) => `ow.assessment.${p}`), 'ow.assessment.serviceIndex']}
          extra={(s) => (
            <>
              {INDEX_PARTS.map((p) => (
                <TableCell key={p} align="right">
                  {dash(s.parts[p])}
                </TableCell>
              ))}
              <TableCell align="right" sx={{ fontWeight: 600 }} data-testid="service-index">
                {dash(s.serviceIndex)}
              </TableCell>
            </>
          )}
        />
      </Box>
    </Stack>
  );
};

const People = ({ report }: { report: AssessmentReport }) => {
  const translate = useTranslate();
  if (report.people.length === 0) return <EmptyState message="ow.assessment.noPeople" />;
  const busiest = report.people
    .filter((p) => p.finished > 0)
    .sort((a, b) => b.finished - a.finished)
    .slice(0, CHART_PEOPLE);
  return (
    <Stack spacing={2}>
      {busiest.length > 0 && (
        <BarChart
          testId="assessment-on-time-chart"
          title={translate('ow.assessment.peopleOnTimeChart', { count: busiest.length })}
          series={[{ key: 'rate', label: translate('ow.assessment.onTimeRate'), color: '#2e7d32' }]}
          rows={busiest.map((p) => ({ key: p.userId, label: p.name, values: { rate: p.onTimeRate ?? 0 } }))}
        />
      )}
      <Box sx={{ overflowX: 'auto' }}>
        <FiguresTable
          testId="assessment-people"
          first="ow.assessment.name"
          complaintsConnected={report.complaintsSource.connected}
          rows={report.people.map((p) => ({
            ...p,
            key: p.userId,
            label: p.name,
            sub: p.stationName ?? p.departmentName,
          }))}
        />
      </Box>
    </Stack>
  );
};

/** /assessment — 考核: the period's figures per person and per village station, the service index, exports. */
const AssessmentView = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const isAdmin = useHasRole('ADMIN');
  const dataProvider = useDataProvider<AssessmentDataProvider>();
  const [from, setFrom] = useState(() => `${chinaToday().slice(0, 4)}-01-01`);
  const [to, setTo] = useState(chinaToday);
  const [editing, setEditing] = useState(false);
  const report = useQuery({
    queryKey: ['assessment', from, to],
    queryFn: () => dataProvider.getAssessment(from, to),
    enabled: isReportPeriod(from, to),
  });
  const data = report.data;
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }} data-testid="assessment-page">
      <Title title="ow.assessment.title" />
      <Typography color="text.secondary">{translate('ow.assessment.intro')}</Typography>
      <Card variant="outlined">
        <CardContent>
          <Stack direction={{ xs: 'column', md: 'row' }} spacing={2} sx={{ alignItems: { md: 'center' } }}>
            <TextField
              type="date"
              size="small"
              label={translate('ow.assessment.from')}
              value={from}
              onChange={(e) => e.target.value && setFrom(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'assessment-from' } }}
            />
            <TextField
              type="date"
              size="small"
              label={translate('ow.assessment.to')}
              value={to}
              onChange={(e) => e.target.value && setTo(e.target.value)}
              slotProps={{ inputLabel: { shrink: true }, htmlInput: { 'data-testid': 'assessment-to' } }}
            />
            <Box sx={{ flex: 1 }} />
            {isReportPeriod(from, to) && <Exports from={from} to={to} />}
          </Stack>
        </CardContent>
      </Card>
      {!isReportPeriod(from, to) ? (
        <Alert severity="warning" data-testid="assessment-bad-period">
          {translate('ow.assessment.badPeriod', { days: MAX_REPORT_PERIOD_DAYS })}
        </Alert>
      ) : report.isPending ? (
        <Loading />
      ) : report.error || !data ? (
        <ErrorState
          message="ow.assessment.loadFailed"
          detail={report.error?.message}
          onRetry={() => void report.refetch()}
        />
      ) : (
        <>
          <Alert severity="info" data-testid="complaints-source">
            {locale === 'en' ? data.complaintsSource.en : data.complaintsSource.zh}
          </Alert>
          <Card variant="outlined">
            <CardContent>
              <Stack direction="row" spacing={2} sx={{ alignItems: 'center', mb: 2 }}>
                <Typography variant="h6" component="h2">
                  {translate('ow.assessment.stations')}
                </Typography>
                <Typography variant="body2" color="text.secondary" data-testid="assessment-weights">
                  {translate('ow.assessment.weights', data.weights)}
                </Typography>
                {isAdmin && (
                  <Button size="small" onClick={() => setEditing(true)} data-testid="edit-weights">
                    {translate('ow.assessment.editWeights')}
                  </Button>
                )}
              </Stack>
              <Stations report={data} />
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardContent>
              <Typography variant="h6" component="h2" sx={{ mb: 2 }}>
                {translate('ow.assessment.people')}
              </Typography>
              <People report={data} />
            </CardContent>
          </Card>
          {editing && (
            <WeightsDialog
              current={data.weights}
              onClose={() => setEditing(false)}
              onDone={() => {
                setEditing(false);
                void report.refetch();
              }}
            />
          )}
        </>
      )}
    </Stack>
  );
};

export const AssessmentPage = restrictTo(['MANAGER', 'ADMIN'], AssessmentView);
