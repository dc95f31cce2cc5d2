import { useMemo, useState } from 'react';
import {
  Alert,
  Box,
  Button,
  Card,
  CardContent,
  CardHeader,
  IconButton,
  MenuItem,
  Stack,
  TextField,
  Tooltip,
  Typography,
} from '@mui/material';
import ChevronLeftIcon from '@mui/icons-material/ChevronLeft';
import ChevronRightIcon from '@mui/icons-material/ChevronRight';
import TodayIcon from '@mui/icons-material/Today';
import { Loading, Title, useTranslate } from 'react-admin';
import { ErrorState } from '../layout/States';
import { chinaToday } from '../shared/chinaDate';
import { useHasRole } from '../shared/roles';
import { DayDialog } from './DayDialog';
import { Legend } from './Legend';
import { MonthGrid } from './MonthGrid';
import { OverrideList } from './OverrideList';
import { ScheduleDialog } from './ScheduleDialog';
import { ScheduleYears } from './ScheduleYears';
import { monthGrid, workdaysIn, type GridDay } from './month';
import { useCalendar } from './useCalendar';
import type { Recomputed, ScheduleLoaded } from './types';

const MONTHS = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];

/** /calendar — the working-day calendar: official schedule, make-up days and local overrides. */
export const CalendarPage = () => {
  const translate = useTranslate();
  const canEdit = useHasRole('ADMIN');
  const today = chinaToday();
  const [year, setYear] = useState(Number(today.slice(0, 4)));
  const [month, setMonth] = useState(Number(today.slice(5, 7)));
  const [picked, setPicked] = useState<GridDay | null>(null);
  const [recomputed, setRecomputed] = useState<Recomputed | null>(null);
  const [loading, setLoading] = useState<{ year: number; correct: boolean } | null>(null);
  const { data, isPending, error, refetch } = useCalendar(year);
  const weeks = useMemo(() => monthGrid(year, month, data?.days ?? []), [year, month, data]);
  const thisYear = Number(today.slice(0, 4));
  const years = [thisYear - 1, thisYear, thisYear + 1, thisYear + 2];

  const go = (delta: number) => {
    const index = year * 12 + (month - 1) + delta;
    setYear(Math.floor(index / 12));
    setMonth((index % 12) + 1);
  };
  const open = (date: string) => {
    setYear(Number(date.slice(0, 4)));
    setMonth(Number(date.slice(5, 7)));
  };
  const loaded = (result: ScheduleLoaded) => {
    setLoading(null);
    setRecomputed(result);
    setYear(result.year);
  };

  return (
    <Box sx={{ mt: 2, mb: 4 }}>
      <Title title="ow.calendar.title" />
      <Box
        sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: '1fr', lg: 'minmax(0, 3fr) minmax(260px, 1fr)' } }}
      >
        <Card variant="outlined">
          <CardContent>
            <Stack
              direction={{ xs: 'column', sm: 'row' }}
              spacing={1}
              sx={{ alignItems: { sm: 'center' }, justifyContent: 'space-between', mb: 2 }}
            >
              <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
                <Tooltip title={translate('ow.calendar.previous')}>
                  <IconButton onClick={() => go(-1)} aria-label={translate('ow.calendar.previous')}>
                    <ChevronLeftIcon />
                  </IconButton>
                </Tooltip>
                <TextField
                  select
                  size="small"
                  value={year}
                  onChange={(e) => setYear(Number(e.target.value))}
                  label={translate('ow.calendar.year')}
                  sx={{ minWidth: 110 }}
                  slotProps={{ htmlInput: { 'data-testid': 'calendar-year' } }}
                >
                  {(years.includes(year) ? years : [...years, year].sort()).map((y) => (
                    <MenuItem key={y} value={y}>
                      {translate('ow.calendar.yearValue', { year: y })}
                    </MenuItem>
                  ))}
                </TextField>
                <TextField
                  select
                  size="small"
                  value={month}
                  onChange={(e) => setMonth(Number(e.target.value))}
                  label={translate('ow.calendar.month')}
                  sx={{ minWidth: 96 }}
                  slotProps={{ htmlInput: { 'data-testid': 'calendar-month' } }}
                >
                  {MONTHS.map((m) => (
                    <MenuItem key={m} value={m}>
                      {translate(`ow.calendar.months.${m}`)}
                    </MenuItem>
                  ))}
                </TextField>
                <Tooltip title={translate('ow.calendar.next')}>
                  <IconButton onClick={() => go(1)} aria-label={translate('ow.calendar.next')}>
                    <ChevronRightIcon />
                  </IconButton>
                </Tooltip>
                <Tooltip title={translate('ow.calendar.today')}>
                  <IconButton onClick={() => open(today)} aria-label={translate('ow.calendar.today')}>
                    <TodayIcon />
                  </IconButton>
                </Tooltip>
              </Stack>
              {data && (
                <Typography variant="body2" color="text.secondary" data-testid="month-workdays">
                  {translate('ow.calendar.workdays', { smart_count: workdaysIn(weeks) })}
                </Typography>
              )}
            </Stack>
            {recomputed && (
              <Alert
                severity={recomputed.failed ? 'warning' : 'success'}
                sx={{ mb: 2 }}
                onClose={() => setRecomputed(null)}
                data-testid="recomputed"
              >
                {translate('ow.calendar.notifications.recomputed', { smart_count: recomputed.recomputed })}
                {recomputed.failed
                  ? ` ${translate('ow.calendar.notifications.failedSignals', { smart_count: recomputed.failed })}`
                  : ''}
              </Alert>
            )}
            {data && !data.published && (
              <Alert
                severity="warning"
                sx={{ mb: 2 }}
                data-testid="provisional-banner"
                action={
                  canEdit ? (
                    <Button
                      color="inherit"
                      size="small"
                      onClick={() => setLoading({ year, correct: false })}
                      data-testid="banner-load-schedule"
                    >
                      {translate('ow.calendar.schedule.actions.loadYear', { year })}
                    </Button>
                  ) : undefined
                }
              >
                {translate('ow.calendar.provisional', { year })}
              </Alert>
            )}
            {isPending ? (
              <Loading loadingPrimary="ow.calendar.loading" loadingSecondary="ow.calendar.loadingHint" />
            ) : error ? (
              <ErrorState message="ow.calendar.error" detail={error.message} onRetry={() => void refetch()} />
            ) : (
              <MonthGrid weeks={weeks} today={today} onPick={canEdit ? setPicked : undefined} />
            )}
            <Box sx={{ mt: 2 }}>
              <Legend />
            </Box>
          </CardContent>
        </Card>
        <Stack spacing={2}>
          <Card variant="outlined">
            <CardHeader
              title={translate('ow.calendar.schedule.title')}
              slotProps={{ title: { variant: 'subtitle1', component: 'h2' } }}
            />
            <CardContent sx={{ pt: 0 }}>
              <ScheduleYears
                canEdit={canEdit}
                onLoad={(y, correct) => setLoading({ year: y, correct })}
                onOpen={(y) => open(`${y}-${String(month).padStart(2, '0')}-01`)}
                onRecomputed={setRecomputed}
              />
            </CardContent>
          </Card>
          <Card variant="outlined">
            <CardHeader
              title={translate('ow.calendar.overrides.title', { year })}
              slotProps={{ title: { variant: 'subtitle1', component: 'h2' } }}
            />
            <CardContent sx={{ pt: 0 }}>{data ? <OverrideList days={data.days} onOpen={open} /> : null}</CardContent>
          </Card>
          <Alert severity="info" variant="outlined">
            {translate(canEdit ? 'ow.calendar.help.admin' : 'ow.calendar.help.viewer')}
          </Alert>
        </Stack>
      </Box>
      {picked && (
        <DayDialog key={picked.date} day={picked} onClose={() => setPicked(null)} onRecomputed={setRecomputed} />
      )}
      {loading && (
        <ScheduleDialog
          key={loading.year}
          year={loading.year}
          correct={loading.correct}
          onClose={() => setLoading(null)}
          onLoaded={loaded}
        />
      )}
    </Box>
  );
};
