import { useState } from 'react';
import { Alert, Box, LinearProgress, Paper, Stack, Typography } from '@mui/material';
import { Loading, useTranslate } from 'react-admin';
import { ErrorState } from '../layout/States';
import { useHasRole } from '../shared/roles';
import { Charts } from './Charts';
import { ComplaintsCard } from './ComplaintsCard';
import { DateRangeFilter, presetRange } from './DateRangeFilter';
import { KpiCards } from './KpiCards';
import { useDashboardSummary } from './useDashboardSummary';
import type { DateRange } from './types';

/** 运行监测: KPIs, the period filter and the charts by department, window and item. */
export const ManagerDashboard = () => {
  const translate = useTranslate();
  const [range, setRange] = useState<DateRange>(() => presetRange('month'));
  const isManager = useHasRole('MANAGER');
  const { data, error, isPending, isFetching, refetch } = useDashboardSummary(range);
  return (
    <Stack spacing={2} sx={{ mt: 2, mb: 4 }} data-testid="manager-dashboard">
      <Paper variant="outlined" sx={{ p: 2 }}>
        <Stack
          direction={{ xs: 'column', md: 'row' }}
          spacing={2}
          sx={{ justifyContent: 'space-between', alignItems: { md: 'center' } }}
        >
          <Box>
            <Typography variant="h5" component="h1">
              {translate('ow.dashboard.manager.title')}
            </Typography>
            <Typography variant="body2" color="text.secondary">
              {translate('ow.dashboard.manager.subtitle')}
            </Typography>
          </Box>
          <DateRangeFilter value={range} onChange={setRange} />
        </Stack>
      </Paper>
      {isFetching && !isPending && <LinearProgress aria-label={translate('ow.dashboard.manager.refreshing')} />}
      {isPending ? (
        <Loading loadingPrimary="ow.dashboard.manager.loading" loadingSecondary="ow.dashboard.manager.loadingHint" />
      ) : error || !data ? (
        <ErrorState message="ow.dashboard.manager.error" detail={error?.message} onRetry={() => void refetch()} />
      ) : (
        <>
          <KpiCards summary={data} canOpenStalled={isManager} />
          <Alert severity="info" variant="outlined">
            {translate('ow.dashboard.manager.periodNote', { from: range.from, to: range.to })}
          </Alert>
          <Charts summary={data} />
          <ComplaintsCard complaints={data.complaints} />
        </>
      )}
    </Stack>
  );
};
