import { Chip, Stack } from '@mui/material';
import HourglassIcon from '@mui/icons-material/HourglassBottomRounded';
import { useTranslate } from 'react-admin';
import { WarningChip } from '../shared/WarningChip';
import { daysWithoutProgress } from './progress';
import type { StalledMatter } from './types';

export const StalledChips = ({ matter }: { matter: StalledMatter }) => {
  const translate = useTranslate();
  const idle = daysWithoutProgress(matter.lastProgressAt);
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
      <WarningChip level={matter.warningLevel} />
      {idle >= 1 && (
        <Chip
          size="small"
          variant="outlined"
          color={idle >= 3 ? 'warning' : 'default'}
          icon={<HourglassIcon />}
          label={translate('resources.stalled.idle', { smart_count: idle })}
        />
      )}
    </Stack>
  );
};

export function assigneeNames(value: StalledMatter['openTaskAssignees']): string {
  if (!value) return '';
  return Array.isArray(value) ? value.filter(Boolean).join('、') : value;
}
