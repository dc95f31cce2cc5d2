import { useState } from 'react';
import { Alert, Box, Button, IconButton, Stack, TextField, Tooltip, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import { useTranslate } from 'react-admin';
import { parseNotice } from './notice-text';
import { emptyRow, toRows, type HolidayRow, type ScheduleDraft } from './schedule-form';

interface Props {
  year: number;
  draft: ScheduleDraft;
  onChange: (draft: ScheduleDraft) => void;
}

const RowFields = ({
  row,
  index,
  onChange,
  onRemove,
}: {
  row: HolidayRow;
  index: number;
  onChange: (row: HolidayRow) => void;
  onRemove: () => void;
}) => {
  const translate = useTranslate();
  const field = (key: keyof HolidayRow) => ({
    value: row[key],
    onChange: (e: { target: { value: string } }) => onChange({ ...row, [key]: e.target.value }),
    size: 'small' as const,
    label: translate(`ow.calendar.schedule.dialog.${key}`),
  });
  const dateInput = (key: 'from' | 'to') => ({
    inputLabel: { shrink: true },
    htmlInput: { 'data-testid': `schedule-row-${index}-${key}` },
  });
  return (
    <Stack
      direction={{ xs: 'column', md: 'row' }}
      spacing={1}
      sx={{ alignItems: { md: 'flex-start' } }}
      data-testid={`schedule-row-${index}`}
    >
      <TextField
        {...field('name')}
        required
        sx={{ width: { md: 140 } }}
        slotProps={{ htmlInput: { maxLength: 20, 'data-testid': `schedule-row-${index}-name` } }}
      />
      <TextField {...field('from')} type="date" required slotProps={dateInput('from')} />
      <TextField {...field('to')} type="date" slotProps={dateInput('to')} />
      <TextField
        {...field('workdays')}
        sx={{ flex: 1 }}
        helperText={index === 0 ? translate('ow.calendar.schedule.dialog.workdaysHint') : undefined}
        slotProps={{ htmlInput: { 'data-testid': `schedule-row-${index}-workdays` } }}
      />
      <Tooltip title={translate('ow.calendar.schedule.dialog.removeRow')}>
        <IconButton onClick={onRemove} aria-label={translate('ow.calendar.schedule.dialog.removeRow')}>
          <DeleteIcon />
        </IconButton>
      </Tooltip>
    </Stack>
  );
};

/** The notice (pasted and read, or typed) as editable festival rows. */
export const ScheduleForm = ({ year, draft, onChange }: Props) => {
  const translate = useTranslate();
  const [read, setRead] = useState<{ count: number; skipped: string[] } | null>(null);
  const setRow = (index: number, row: HolidayRow) =>
    onChange({ ...draft, rows: draft.rows.map((r, i) => (i === index ? row : r)) });
  const parse = () => {
    const parsed = parseNotice(draft.notice, year);
    setRead({ count: parsed.holidays.length, skipped: parsed.skipped });
    if (parsed.holidays.length) onChange({ ...draft, rows: toRows(parsed.holidays) });
  };

  return (
    <Stack spacing={2}>
      <Typography variant="body2" color="text.secondary">
        {translate('ow.calendar.schedule.dialog.intro', { year })}
      </Typography>
      <TextField
        label={translate('ow.calendar.schedule.dialog.source')}
        value={draft.source}
        required
        onChange={(e) => onChange({ ...draft, source: e.target.value })}
        helperText={translate('ow.calendar.schedule.dialog.sourceHint', { year })}
        slotProps={{ htmlInput: { maxLength: 200, 'data-testid': 'schedule-source' } }}
      />
      <TextField
        label={translate('ow.calendar.schedule.dialog.notice')}
        value={draft.notice}
        multiline
        minRows={4}
        maxRows={12}
        onChange={(e) => onChange({ ...draft, notice: e.target.value })}
        helperText={translate('ow.calendar.schedule.dialog.noticeHint')}
        slotProps={{ htmlInput: { 'data-testid': 'schedule-notice' } }}
      />
      <Box>
        <Button variant="outlined" onClick={parse} disabled={!draft.notice.trim()} data-testid="schedule-parse">
          {translate('ow.calendar.schedule.dialog.parse')}
        </Button>
      </Box>
      {read && (
        <Alert severity={read.count ? 'info' : 'warning'} data-testid="schedule-parsed">
          {translate('ow.calendar.schedule.dialog.parsed', { smart_count: read.count })}
          {read.skipped.length > 0 && (
            <>
              <br />
              {translate('ow.calendar.schedule.dialog.skipped')}
              <Box component="ul" sx={{ m: 0, pl: 2 }}>
                {read.skipped.map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </Box>
            </>
          )}
        </Alert>
      )}
      <Typography variant="subtitle2" component="h3">
        {translate('ow.calendar.schedule.dialog.rows')}
      </Typography>
      {draft.rows.map((row, index) => (
        <RowFields
          key={index}
          row={row}
          index={index}
          onChange={(r) => setRow(index, r)}
          onRemove={() => onChange({ ...draft, rows: draft.rows.filter((_, i) => i !== index) })}
        />
      ))}
      <Box>
        <Button
          startIcon={<AddIcon />}
          onClick={() => onChange({ ...draft, rows: [...draft.rows, emptyRow()] })}
          data-testid="schedule-add-row"
        >
          {translate('ow.calendar.schedule.dialog.addRow')}
        </Button>
      </Box>
      <TextField
        label={translate('ow.calendar.schedule.dialog.note')}
        value={draft.note}
        size="small"
        onChange={(e) => onChange({ ...draft, note: e.target.value })}
        slotProps={{ htmlInput: { maxLength: 500 } }}
      />
    </Stack>
  );
};
