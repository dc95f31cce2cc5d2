import type { ReactNode } from 'react';
import { Box, Card, CardContent, CardHeader, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { useCodeLabel } from '../shared/useCodeLabel';
import { BarChart, type BarRow, type BarSeries } from './BarChart';
import type { DashboardSummary } from './types';

const TOP_ITEMS = 10;
const COLORS = { inProgress: '#00838f', overdue: '#c62828', completed: '#2e7d32', accepted: '#1565c0' };

const ChartCard = ({
  title,
  subheader,
  empty,
  children,
}: {
  title: string;
  subheader?: string;
  empty: boolean;
  children: ReactNode;
}) => {
  const translate = useTranslate();
  return (
    <Card variant="outlined" sx={{ height: '100%' }}>
      <CardHeader
        title={title}
        subheader={subheader}
        slotProps={{ title: { variant: 'subtitle1', component: 'h2' }, subheader: { variant: 'caption' } }}
      />
      <CardContent sx={{ pt: 0 }}>
        {empty ? (
          <Typography color="text.secondary" sx={{ py: 4, textAlign: 'center' }}>
            {translate('ow.dashboard.charts.empty')}
          </Typography>
        ) : (
          children
        )}
      </CardContent>
    </Card>
  );
};

/** By department, by window and (top 10) by item, for the chosen period. */
export const Charts = ({ summary }: { summary: DashboardSummary }) => {
  const translate = useTranslate();
  const codeLabel = useCodeLabel();
  const serie = (key: keyof typeof COLORS): BarSeries => ({
    key,
    label: translate(`ow.dashboard.kpi.series.${key}`),
    color: COLORS[key],
  });
  const departments: BarRow[] = summary.byDepartment
    .filter((d) => d.inProgress + d.overdue + d.completed > 0)
    .map((d) => ({
      key: d.code,
      label: codeLabel('departments', d.code) || d.name,
      values: { inProgress: d.inProgress, overdue: d.overdue, completed: d.completed },
    }));
  const windows: BarRow[] = summary.byWindow.map((w) => ({
    key: w.code,
    label: w.name,
    values: { accepted: w.accepted },
  }));
  const activeItems = summary.byItem.filter((i) => i.accepted + i.completed + i.overdue > 0);
  const items: BarRow[] = [...activeItems]
    .sort((a, b) => b.accepted - a.accepted)
    .slice(0, TOP_ITEMS)
    .map((i) => ({
      key: i.code,
      label: i.name,
      values: { accepted: i.accepted, completed: i.completed, overdue: i.overdue },
    }));
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' } }}>
      <ChartCard title={translate('ow.dashboard.charts.byDepartment')} empty={!departments.length}>
        <BarChart
          testId="chart-department"
          title={translate('ow.dashboard.charts.byDepartment')}
          rows={departments}
          series={[serie('inProgress'), serie('overdue'), serie('completed')]}
        />
      </ChartCard>
      <ChartCard title={translate('ow.dashboard.charts.byWindow')} empty={!windows.length}>
        <BarChart
          testId="chart-window"
          title={translate('ow.dashboard.charts.byWindow')}
          rows={windows}
          series={[serie('accepted')]}
        />
      </ChartCard>
      <Box sx={{ gridColumn: { lg: '1 / span 2' } }}>
        <ChartCard
          title={translate('ow.dashboard.charts.byItem')}
          subheader={
            activeItems.length > TOP_ITEMS ? translate('ow.dashboard.charts.topItems', { count: TOP_ITEMS }) : undefined
          }
          empty={!items.length}
        >
          <BarChart
            testId="chart-item"
            title={translate('ow.dashboard.charts.byItem')}
            rows={items}
            series={[serie('accepted'), serie('completed'), serie('overdue')]}
          />
        </ChartCard>
      </Box>
    </Box>
  );
};
