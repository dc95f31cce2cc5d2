import { Chip, List, ListItem, ListItemButton, ListItemText, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { CalendarDay } from './types';

/** This year's local overrides; clicking one opens its month. */
export const OverrideList = ({ days, onOpen }: { days: CalendarDay[]; onOpen: (date: string) => void }) => {
  const translate = useTranslate();
  const overrides = days.filter((d) => d.source === 'override').sort((a, b) => a.date.localeCompare(b.date));
  if (!overrides.length)
    return (
      <Typography variant="body2" color="text.secondary">
        {translate('ow.calendar.overrides.none')}
      </Typography>
    );
  return (
    <List dense disablePadding data-testid="override-list">
      {overrides.map((d) => (
        <ListItem key={d.date} disablePadding>
          <ListItemButton onClick={() => onOpen(d.date)}>
            <ListItemText primary={d.date} secondary={d.note ?? d.name ?? ''} />
            <Chip
              size="small"
              color={d.kind === 'HOLIDAY' ? 'error' : 'primary'}
              variant="outlined"
              label={translate(`ow.calendar.dialog.${d.kind}`)}
            />
          </ListItemButton>
        </ListItem>
      ))}
    </List>
  );
};
