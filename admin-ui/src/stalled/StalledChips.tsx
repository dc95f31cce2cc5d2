import { Chip, Stack } from '@mui/material';
import HourglassIcon from '@mui/icons-material/HourglassBottomRounded';
import { useTranslate } from 'react-admin';
import { WarningChip } from '../shared/WarningChip';
import type { StalledMatter } from './types';

/** Calendar days since the last progress (the list shows why the matter is here). */
export function daysWithoutProgress(lastProgressAt: string, now = Date.now()): number {
  return Math.max(0, Math.floor((now - Date.parse(lastProgressAt)) / 86_400_000));
}

export const StalledChips = ({ matter }: { matter: StalledMatter }) => {
  const translate = useTranslate();
  const idle = daysWithoutProgress(matter.lastProgressAt);
  return (
    <Stack direction="row" spacing={0.5} sx={{ flexWrap: 'wrap', rowGap: 0.5 }}>
      <WarningChip level={matter.warningLevel} />
      {idle >= 1 && (
        <Chip size="small" variant="outlined" color={idle >= 3 ? 'warning' : 'default'} icon={<HourglassIcon />}
          label={translate('resources.stalled.idle', { smart_count: idle })} />
      )}
    </Stack>
  );
};

export function assigneeNames(value: StalledMatter['openTaskAssignees']): string {
  if (!value) return '';
  return Array.isArray(value) ? value.filter(Boolean).join('、') : value;
}
