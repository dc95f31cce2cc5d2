import { Box, Stack, Typography } from '@mui/material';
import PushPinIcon from '@mui/icons-material/PushPin';
import { useTranslate } from 'react-admin';
import { CATEGORY_STYLE } from './MonthGrid';
import type { DayCategory } from './month';

const CATEGORIES: DayCategory[] = ['workday', 'weekend', 'holiday', 'makeup'];

export const Legend = () => {
  const translate = useTranslate();
  return (
    <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap', rowGap: 1 }} data-testid="calendar-legend">
      {CATEGORIES.map((c) => (
        <Stack key={c} direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
          <Box
            sx={{
              width: 16,
              height: 16,
              borderRadius: 0.5,
              bgcolor: CATEGORY_STYLE[c].bg,
              border: 1,
              borderColor: CATEGORY_STYLE[c].border,
            }}
          />
          <Typography variant="caption">{translate(`ow.calendar.categories.${c}`)}</Typography>
        </Stack>
      ))}
      <Stack direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
        <PushPinIcon sx={{ fontSize: 16, color: 'secondary.main' }} />
        <Typography variant="caption">{translate('ow.calendar.legend.override')}</Typography>
      </Stack>
    </Stack>
  );
};
