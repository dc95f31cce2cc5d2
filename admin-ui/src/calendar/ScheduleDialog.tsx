import { useState } from 'react';
import { Alert, Box, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogTitle } from '@mui/material';
import { HttpError, useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ManagementDataProvider } from '../shared/dataProvider';
import { ScheduleForm } from './ScheduleForm';
import { ScheduleSummary } from './ScheduleSummary';
import {
  emptyRow,
  errorLines,
  isComplete,
  replacedOverrides,
  toInput,
  toRows,
  type ScheduleDraft,
} from './schedule-form';
import type { Schedule, ScheduleLoaded } from './types';
import { useCalendar } from './useCalendar';

interface Props {
  year: number;
  /** the loaded schedule being corrected */
  initial?: Schedule;
  onClose: () => void;
  onLoaded: (result: ScheduleLoaded) => void;
}

const draftOf = (initial?: Schedule): ScheduleDraft =>
  initial
    ? { source: initial.source, note: initial.note ?? '', notice: '', rows: toRows(initial.holidays) }
    : { source: '', note: '', notice: '', rows: [emptyRow()] };

/** Load (or correct) a year's State Council schedule: enter or paste it, check it, then load it in one request. */
const ScheduleDialogForm = ({ year, initial, onClose, onLoaded }: Props) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const notify = useNotify();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<ManagementDataProvider>();
  const [draft, setDraft] = useState<ScheduleDraft>(() => draftOf(initial));
  const [step, setStep] = useState<'edit' | 'check'>('edit');
  const [errors, setErrors] = useState<string[]>([]);
  const { data: shown } = useCalendar(year);
  const input = toInput(draft);

  const { mutate, isPending } = useMutation({
    mutationFn: () => dataProvider.loadSchedule(year, input),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: ['calendar'] });
      notify('ow.calendar.schedule.notifications.loaded', { type: 'success', messageArgs: { year } });
      onLoaded(result);
    },
    onError: (e: Error) => {
      setErrors(errorLines(e instanceof HttpError ? e.body : undefined, e.message, locale));
      setStep('edit');
    },
  });

  return (
    <Dialog open onClose={isPending ? undefined : onClose} fullWidth maxWidth="md" data-testid="schedule-dialog">
      <DialogTitle>
        {translate(initial ? 'ow.calendar.schedule.dialog.titleCorrect' : 'ow.calendar.schedule.dialog.titleLoad', {
          year,
        })}
      </DialogTitle>
      <DialogContent>
        {errors.length > 0 && (
          <Alert severity="error" sx={{ mb: 2 }} data-testid="schedule-errors">
            {translate('ow.calendar.schedule.dialog.errors')}
            <Box component="ul" sx={{ m: 0, pl: 2 }}>
              {errors.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </Box>
          </Alert>
        )}
        {step === 'edit' ? (
          <ScheduleForm year={year} draft={draft} onChange={setDraft} />
        ) : (
          <ScheduleSummary year={year} input={input} replaces={replacedOverrides(input.holidays, shown?.days ?? [])} />
        )}
      </DialogContent>
      <DialogActions>
        <Button onClick={onClose} disabled={isPending}>
          {translate('ow.shared.cancel')}
        </Button>
        {step === 'edit' ? (
          <Button
            variant="contained"
            onClick={() => {
              setErrors([]);
              setStep('check');
            }}
            disabled={!isComplete(draft)}
            data-testid="schedule-next"
          >
            {translate('ow.calendar.schedule.dialog.next')}
          </Button>
        ) : (
          <>
            <Button onClick={() => setStep('edit')} disabled={isPending}>
              {translate('ow.calendar.schedule.dialog.back')}
            </Button>
            <Button
              variant="contained"
              onClick={() => mutate()}
              disabled={isPending}
              data-testid="schedule-confirm"
              startIcon={isPending ? <CircularProgress size={16} color="inherit" /> : undefined}
            >
              {translate('ow.calendar.schedule.dialog.confirm')}
            </Button>
          </>
        )}
      </DialogActions>
    </Dialog>
  );
};

/** Correcting starts from the loaded schedule, fetched first. */
export const ScheduleDialog = ({ correct, ...props }: Omit<Props, 'initial'> & { correct: boolean }) => {
  const dataProvider = useDataProvider<ManagementDataProvider>();
  const { data, isPending } = useQuery({
    queryKey: ['calendar', 'schedule', props.year],
    queryFn: () => dataProvider.getSchedule(props.year),
    enabled: correct,
    retry: false,
  });
  if (correct && isPending) return null;
  return <ScheduleDialogForm {...props} initial={correct ? data : undefined} />;
};
