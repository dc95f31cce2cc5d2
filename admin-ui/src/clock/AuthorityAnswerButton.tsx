import { useState } from 'react';
import { Button, MenuItem, Stack, TextField, Typography } from '@mui/material';
import GavelIcon from '@mui/icons-material/Gavel';
import { useDataProvider, useTranslate } from 'react-admin';
import { ActionDialog } from '../shared/ActionDialog';
import { chinaToday } from '../shared/chinaDate';
import { useGuardedAction } from '../shared/useGuardedAction';
import type { ClockDataProvider } from './dataProvider';
import type { AnswerForm } from './types';

const ACCEPT = 'application/pdf,image/jpeg,image/png';

/** 上报件: staff record the higher authority's answer with its document; the workflow's waiting step moves on. */
export const AuthorityAnswerButton = ({ matterId }: { matterId: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ClockDataProvider>();
  const { run, busy } = useGuardedAction('ow.clock.notifications.failed', ['matters', 'tasks']);
  const [open, setOpen] = useState(false);
  const [form, setForm] = useState<Omit<AnswerForm, 'file'>>({
    authority: '',
    answeredOn: chinaToday(),
    decision: 'approve',
    referenceNo: '',
  });
  const [file, setFile] = useState<File | null>(null);
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm({ ...form, [key]: e.target.value });
  const valid = form.authority.trim().length >= 2 && form.referenceNo.trim() !== '' && form.answeredOn && file;
  const submit = () =>
    run(
      () => dataProvider.recordAuthorityAnswer(matterId, { ...form, file: file! }),
      'ow.clock.notifications.answered',
      () => {
        setOpen(false);
        setFile(null);
      },
    );
  const field = (key: 'authority' | 'referenceNo' | 'note', max: number, multiline = false) => (
    <TextField
      label={translate(`ow.clock.answer.${key}`)}
      value={form[key] ?? ''}
      onChange={set(key)}
      multiline={multiline}
      slotProps={{ htmlInput: { name: key, maxLength: max } }}
    />
  );
  return (
    <>
      <Button
        size="small"
        variant="contained"
        startIcon={<GavelIcon />}
        onClick={() => setOpen(true)}
        data-testid="record-answer"
      >
        {translate('ow.clock.actions.recordAnswer')}
      </Button>
      <ActionDialog
        open={open}
        title="ow.clock.answer.title"
        confirmLabel="ow.clock.answer.confirm"
        busy={busy}
        disabled={!valid}
        onClose={() => setOpen(false)}
        onConfirm={() => void submit()}
        testId="answer-dialog"
      >
        <Stack spacing={2} sx={{ mt: 1 }}>
          {field('authority', 100)}
          <TextField
            type="date"
            label={translate('ow.clock.answer.answeredOn')}
            value={form.answeredOn}
            onChange={set('answeredOn')}
            slotProps={{ inputLabel: { shrink: true }, htmlInput: { name: 'answeredOn' } }}
          />
          <TextField
            select
            label={translate('ow.clock.answer.decision')}
            value={form.decision}
            onChange={set('decision')}
            slotProps={{ htmlInput: { name: 'decision' } }}
          >
            <MenuItem value="approve">{translate('ow.clock.decision.approve')}</MenuItem>
            <MenuItem value="refuse">{translate('ow.clock.decision.refuse')}</MenuItem>
          </TextField>
          {field('referenceNo', 60)}
          {field('note', 500, true)}
          <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <Button component="label" variant="outlined" size="small">
              {translate('ow.clock.answer.chooseFile')}
              <input
                hidden
                type="file"
                accept={ACCEPT}
                name="answerFile"
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </Button>
            <Typography variant="body2" color="text.secondary">
              {file?.name ?? translate('ow.clock.answer.file')}
            </Typography>
          </Stack>
        </Stack>
      </ActionDialog>
    </>
  );
};
