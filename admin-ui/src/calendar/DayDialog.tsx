import { useState } from 'react';
import {
  Alert,
  Button,
  Dialog,
  DialogActions,
  DialogContent,
  DialogTitle,
  FormControlLabel,
  Radio,
  RadioGroup,
  Stack,
  TextField,
  Typography,
} from '@mui/material';
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ManagementDataProvider } from '../shared/dataProvider';
import { calendarQueryKey } from './useCalendar';
import { dayName, type GridDay } from './month';
import type { DayKind, Recomputed } from './types';

interface Props {
  day: GridDay;
  onClose: () => void;
  onRecomputed: (result: Recomputed) => void;
}

/** Set a local override (workday or holiday, with a note) on one day, or remove it. */
export const DayDialog = ({ day, onClose, onRecomputed }: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const name = dayName(day, locale);
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<ManagementDataProvider>();
  const [kind, setKind] = useState<DayKind>(day.override ? day.kind : day.kind === 'WORKDAY' ? 'HOLIDAY' : 'WORKDAY');
  const [note, setNote] = useState(day.override ? (day.entry?.note ?? day.name ?? '') : '');
  const year = Number(day.date.slice(0, 4));

  const { mutate, isPending } = useMutation({
    mutationFn: (action: 'save' | 'remove') =>
      action === 'save'
        ? dataProvider.setCalendarOverride(day.date, { kind, note: note.trim() })
        : dataProvider.removeCalendarOverride(day.date),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: calendarQueryKey(year) });
      notify('ow.calendar.notifications.recomputed', {
        type: 'success',
        messageArgs: { smart_count: result?.recomputed ?? 0 },
      });
      onRecomputed(result ?? { recomputed: 0 });
      onClose();
    },
    onError: (e: Error) =>
      notify('ow.calendar.notifications.failed', { type: 'error', messageArgs: { detail: e.message } }),
  });

  return (
    <Dialog open onClose={isPending ? undefined : onClose} fullWidth maxWidth="xs" data-testid="day-dialog">
      <DialogTitle>
        {translate('ow.calendar.dialog.title', {
          date: day.date,
          weekday: translate(`ow.calendar.weekdays.${day.weekday}`),
        })}
      </DialogTitle>
      <DialogContent>
        <Stack spacing={2}>
          <Typography variant="body2" color="text.secondary">
            {translate('ow.calendar.dialog.current', { status: translate(`ow.calendar.categories.${day.category}`) })}
            {name ? ` · ${name}` : ''}
          </Typography>
          {day.override && <Alert severity="info">{translate('ow.calendar.dialog.hasOverride')}</Alert>}
          <RadioGroup
            value={kind}
            onChange={(e) => setKind(e.target.value as DayKind)}
            aria-label={translate('ow.calendar.dialog.kind')}
          >
            <FormControlLabel
              value="WORKDAY"
              control={<Radio />}
              label={translate('ow.calendar.dialog.WORKDAY')}
              data-testid="override-WORKDAY"
            />
            <FormControlLabel
              value="HOLIDAY"
              control={<Radio />}
              label={translate('ow.calendar.dialog.HOLIDAY')}
              data-testid="override-HOLIDAY"
            />
          </RadioGroup>
          <TextField
            label={translate('ow.calendar.dialog.note')}
            value={note}
            onChange={(e) => setNote(e.target.value)}
            required
            helperText={translate('ow.calendar.dialog.noteHint')}
            slotProps={{ htmlInput: { maxLength: 100, 'data-testid': 'override-note' } }}
          />
          <Alert severity="warning" variant="outlined">
            {translate('ow.calendar.dialog.recomputeHint')}
          </Alert>
        </Stack>
      </DialogContent>
      <DialogActions>
        {day.override && (
          <Button
            color="error"
            onClick={() => mutate('remove')}
            disabled={isPending}
            data-testid="override-remove"
            sx={{ mr: 'auto' }}
          >
            {translate('ow.calendar.dialog.remove')}
          </Button>
        )}
        <Button onClick={onClose} disabled={isPending}>
          {translate('ow.shared.cancel')}
        </Button>
        <Button
          variant="contained"
          onClick={() => mutate('save')}
          disabled={isPending || !note.trim()}
          data-testid="override-save"
        >
          {translate('ow.shared.save')}
        </Button>
      </DialogActions>
    </Dialog>
  );
};
