import type { ComponentType } from 'react';
import { Box, Card, CardActionArea, CardContent, Stack, Typography } from '@mui/material';
import AssignmentTurnedInIcon from '@mui/icons-material/AssignmentTurnedInOutlined';
import PendingActionsIcon from '@mui/icons-material/PendingActionsOutlined';
import AlarmIcon from '@mui/icons-material/AlarmOutlined';
import ReportIcon from '@mui/icons-material/ReportGmailerrorredOutlined';
import TimelapseIcon from '@mui/icons-material/TimelapseOutlined';
import VerifiedIcon from '@mui/icons-material/VerifiedOutlined';
import StarIcon from '@mui/icons-material/StarBorderRounded';
import BuildCircleIcon from '@mui/icons-material/BuildCircleOutlined';
import AssignmentLateIcon from '@mui/icons-material/AssignmentLateOutlined';
import { useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import type { DashboardSummary } from './types';

interface Kpi {
  key: keyof Pick<
    DashboardSummary,
    | 'acceptedToday'
    | 'inProgress'
    | 'dueSoon'
    | 'overdue'
    | 'avgHandlingDays'
    | 'onTimeRate'
    | 'avgRating'
    | 'rectificationRate'
    | 'overdueRectifications'
    | 'overdueSupervisions'
  >;
  icon: ComponentType<{ fontSize?: 'large' }>;
  color: string;
  format: 'count' | 'days' | 'percent' | 'score';
  to?: string;
}

const KPIS: Kpi[] = [
  { key: 'acceptedToday', icon: AssignmentTurnedInIcon, color: '#1565c0', format: 'count' },
  { key: 'inProgress', icon: PendingActionsIcon, color: '#00838f', format: 'count' },
  { key: 'dueSoon', icon: AlarmIcon, color: '#ef6c00', format: 'count', to: '/stalled' },
  { key: 'overdue', icon: ReportIcon, color: '#c62828', format: 'count', to: '/stalled' },
  { key: 'avgHandlingDays', icon: TimelapseIcon, color: '#6a1b9a', format: 'days' },
  { key: 'onTimeRate', icon: VerifiedIcon, color: '#2e7d32', format: 'percent' },
  { key: 'avgRating', icon: StarIcon, color: '#f9a825', format: 'score' },
  { key: 'rectificationRate', icon: BuildCircleIcon, color: '#00695c', format: 'percent', to: '/rectifications' },
  { key: 'overdueRectifications', icon: BuildCircleIcon, color: '#c62828', format: 'count', to: '/rectifications' },
  { key: 'overdueSupervisions', icon: AssignmentLateIcon, color: '#c62828', format: 'count', to: '/supervisions' },
];

function useFormat() {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (value: number | null | undefined, format: Kpi['format']): string => {
    if (value === null || value === undefined || Number.isNaN(value)) return '—';
    switch (format) {
      case 'count':
        return value.toLocaleString(locale);
      case 'percent':
        return value.toLocaleString(locale, { style: 'percent', maximumFractionDigits: 1 });
      case 'days':
        return translate('ow.dashboard.kpi.daysValue', {
          value: value.toLocaleString(locale, { maximumFractionDigits: 1 }),
        });
      case 'score':
        return translate('ow.dashboard.kpi.scoreValue', {
          value: value.toLocaleString(locale, { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
        });
    }
  };
}

/** The KPI cards; 即将到期 / 已超期 open the stalled list, the follow-up cards their 整改 / 督办 lists. */
export const KpiCards = ({ summary, canOpenStalled }: { summary: DashboardSummary; canOpenStalled: boolean }) => {
  const translate = useTranslate();
  const format = useFormat();
  return (
    <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: 'repeat(auto-fit, minmax(150px, 1fr))' }}>
      {KPIS.map(({ key, icon: Icon, color, format: kind, to }) => {
        const body = (
          <CardContent>
            <Stack direction="row" sx={{ justifyContent: 'space-between', alignItems: 'flex-start' }}>
              <Typography variant="body2" color="text.secondary">
                {translate(`ow.dashboard.kpi.${key}`)}
              </Typography>
              <Box sx={{ color }}>
                <Icon fontSize="large" />
              </Box>
            </Stack>
            <Typography variant="h4" component="p" sx={{ fontWeight: 600, color }} data-testid={`kpi-${key}-value`}>
              {format(summary[key], kind)}
            </Typography>
            <Typography variant="caption" color="text.secondary">
              {translate(`ow.dashboard.kpi.hints.${key}`)}
            </Typography>
          </CardContent>
        );
        return (
          <Card key={key} variant="outlined" sx={{ borderTop: `3px solid ${color}` }} data-testid={`kpi-${key}`}>
            {to && canOpenStalled ? (
              <CardActionArea component={Link} to={to}>
                {body}
              </CardActionArea>
            ) : (
              body
            )}
          </Card>
        );
      })}
    </Box>
  );
};
