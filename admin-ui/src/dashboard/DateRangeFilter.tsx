import { Button, ButtonGroup, Stack, TextField } from '@mui/material';
import { useTranslate } from 'react-admin';
import { addCalendarDays } from '../../../domain/china-time';
import { chinaToday, monthStart } from '../shared/chinaDate';
import type { DateRange } from './types';

type Preset = 'today' | 'last7' | 'month' | 'last30';

export function presetRange(preset: Preset, today = chinaToday()): DateRange {
  switch (preset) {
    case 'today':
      return { from: today, to: today };
    case 'last7':
      return { from: addCalendarDays(today, -6), to: today };
    case 'month':
      return { from: monthStart(today), to: today };
    case 'last30':
      return { from: addCalendarDays(today, -29), to: today };
  }
}

const PRESETS: Preset[] = ['today', 'last7', 'month', 'last30'];

/** 统计期间: quick presets and two date fields (China dates). */
export const DateRangeFilter = ({ value, onChange }: { value: DateRange; onChange: (range: DateRange) => void }) => {
  const translate = useTranslate();
  const active = PRESETS.find((p) => {
    const r = presetRange(p);
    return r.from === value.from && r.to === value.to;
  });
  return (
    <Stack
      direction={{ xs: 'column', sm: 'row' }}
      spacing={2}
      sx={{ alignItems: { sm: 'center' } }}
      data-testid="date-range"
    >
      <ButtonGroup size="small" aria-label={translate('ow.dashboard.range.label')}>
        {PRESETS.map((p) => (
          <Button
            key={p}
            sx={{ whiteSpace: 'nowrap' }}
            variant={active === p ? 'contained' : 'outlined'}
            onClick={() => onChange(presetRange(p))}
          >
            {translate(`ow.dashboard.range.${p}`)}
          </Button>
        ))}
      </ButtonGroup>
      <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
        <TextField
          type="date"
          size="small"
          label={translate('ow.dashboard.range.from')}
          value={value.from}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { max: value.to } }}
          onChange={(e) => e.target.value && onChange({ ...value, from: e.target.value })}
        />
        <TextField
          type="date"
          size="small"
          label={translate('ow.dashboard.range.to')}
          value={value.to}
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { min: value.from } }}
          onChange={(e) => e.target.value && onChange({ ...value, to: e.target.value })}
        />
      </Stack>
    </Stack>
  );
};
