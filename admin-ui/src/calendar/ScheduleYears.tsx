import { useState } from 'react';
import { Box, Button, Chip, List, ListItem, ListItemText, Stack, Typography } from '@mui/material';
import { Confirm, useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { chinaDateOf } from '../../../domain/china-time';
import type { ManagementDataProvider } from '../shared/dataProvider';
import type { Recomputed, ScheduleStatus, ScheduleYear } from './types';
import { useScheduleYears } from './useCalendar';

const STATUS_COLOR: Record<ScheduleStatus, 'default' | 'success' | 'warning'> = {
  builtin: 'default',
  loaded: 'success',
  provisional: 'warning',
};

interface Props {
  canEdit: boolean;
  /** open the load dialog for a year (`correct`: prefilled with the loaded schedule) */
  onLoad: (year: number, correct: boolean) => void;
  onOpen: (year: number) => void;
  onRecomputed: (result: Recomputed) => void;
}

const YearRow = ({
  row,
  canEdit,
  onLoad,
  onOpen,
  onUnpublish,
}: Omit<Props, 'onRecomputed'> & { row: ScheduleYear; onUnpublish: (year: number) => void }) => {
  const translate = useTranslate();
  const loaded = row.status === 'loaded';
  return (
    <ListItem
      disableGutters
      divider
      data-testid={`schedule-year-${row.year}`}
      data-status={row.status}
      sx={{ display: 'block' }}
    >
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <Button size="small" onClick={() => onOpen(row.year)} sx={{ minWidth: 0, fontWeight: 600 }}>
          {translate('ow.calendar.yearValue', { year: row.year })}
        </Button>
        <Chip
          size="small"
          color={STATUS_COLOR[row.status]}
          variant={loaded ? 'filled' : 'outlined'}
          label={translate(`ow.calendar.schedule.status.${row.status}`)}
        />
      </Stack>
      {loaded && (
        <ListItemText
          sx={{ my: 0.5 }}
          primary={translate('ow.calendar.schedule.counts', {
            holidays: row.holidayDays ?? 0,
            workdays: row.workdays ?? 0,
          })}
          secondary={translate('ow.calendar.schedule.loadedBy', {
            source: row.source ?? '',
            user: row.publishedBy ?? '—',
            date: row.publishedAt ? chinaDateOf(new Date(row.publishedAt)) : '',
          })}
          slotProps={{ primary: { variant: 'body2' }, secondary: { variant: 'caption' } }}
        />
      )}
      {canEdit && row.status !== 'builtin' && (
        <Stack direction="row" spacing={1} sx={{ mt: 0.5 }}>
          {loaded ? (
            <>
              <Button
                size="small"
                variant="outlined"
                onClick={() => onLoad(row.year, true)}
                data-testid={`schedule-correct-${row.year}`}
              >
                {translate('ow.calendar.schedule.actions.correct')}
              </Button>
              <Button
                size="small"
                color="error"
                onClick={() => onUnpublish(row.year)}
                data-testid={`schedule-unpublish-${row.year}`}
              >
                {translate('ow.calendar.schedule.actions.unpublish')}
              </Button>
            </>
          ) : (
            <Button
              size="small"
              variant="outlined"
              onClick={() => onLoad(row.year, false)}
              data-testid={`schedule-load-${row.year}`}
            >
              {translate('ow.calendar.schedule.actions.load')}
            </Button>
          )}
        </Stack>
      )}
    </ListItem>
  );
};

/** Per year: built in, loaded by an admin (from which notice, by whom) or provisional; admins load, correct, unpublish. */
export const ScheduleYears = ({ canEdit, onLoad, onOpen, onRecomputed }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<ManagementDataProvider>();
  const { data, isPending, error } = useScheduleYears();
  const [unpublishing, setUnpublishing] = useState<number | null>(null);
  const { mutate, isPending: busy } = useMutation({
    mutationFn: (year: number) => dataProvider.unpublishSchedule(year),
    onSuccess: async (result, year) => {
      await queryClient.invalidateQueries({ queryKey: ['calendar'] });
      notify('ow.calendar.schedule.notifications.unpublished', { type: 'success', messageArgs: { year } });
      onRecomputed(result);
      setUnpublishing(null);
    },
    onError: (e: Error) =>
      notify('ow.calendar.schedule.notifications.failed', { type: 'error', messageArgs: { detail: e.message } }),
  });

  if (isPending)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('ow.calendar.schedule.loading')}
      </Typography>
    );
  if (error)
    return (
      <Typography variant="body2" color="error">
        {translate('ow.calendar.schedule.error')}
      </Typography>
    );
  return (
    <Box>
      <List dense disablePadding data-testid="schedule-years">
        {data.years.map((row) => (
          <YearRow
            key={row.year}
            row={row}
            canEdit={canEdit}
            onLoad={onLoad}
            onOpen={onOpen}
            onUnpublish={setUnpublishing}
          />
        ))}
      </List>
      <Confirm
        isOpen={unpublishing !== null}
        loading={busy}
        title="ow.calendar.schedule.unpublish.title"
        titleTranslateOptions={{ year: unpublishing }}
        content="ow.calendar.schedule.unpublish.content"
        contentTranslateOptions={{ year: unpublishing }}
        onConfirm={() => unpublishing !== null && mutate(unpublishing)}
        onClose={() => setUnpublishing(null)}
      />
    </Box>
  );
};
