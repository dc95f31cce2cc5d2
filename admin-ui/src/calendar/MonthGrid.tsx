import { Box, ButtonBase, Typography } from '@mui/material';
import EditLocationIcon from '@mui/icons-material/PushPin';
import { useLocaleState, useTranslate } from 'react-admin';
import { dayName, type DayCategory, type GridDay } from './month';

export const CATEGORY_STYLE: Record<DayCategory, { bg: string; fg: string; border: string }> = {
  workday: { bg: 'background.paper', fg: 'text.primary', border: 'divider' },
  weekend: { bg: 'grey.100', fg: 'text.secondary', border: 'grey.300' },
  holiday: { bg: '#ffebee', fg: '#c62828', border: '#ef9a9a' },
  makeup: { bg: '#e3f2fd', fg: '#1565c0', border: '#90caf9' },
};

const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;

const DayCell = ({ day, today, onPick }: { day: GridDay; today: boolean; onPick?: (day: GridDay) => void }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const name = dayName(day, locale);
  const style = CATEGORY_STYLE[day.category];
  const label = [
    day.date,
    translate(`ow.calendar.categories.${day.category}`),
    name,
    day.override ? translate('ow.calendar.legend.override') : undefined,
  ]
    .filter(Boolean)
    .join('，');
  const content = (
    <Box
      sx={{
        width: '100%',
        height: '100%',
        p: 0.75,
        display: 'flex',
        flexDirection: 'column',
        alignItems: 'flex-start',
        textAlign: 'left',
        position: 'relative',
      }}
    >
      <Typography
        component="span"
        sx={{
          fontWeight: today ? 700 : 500,
          color: style.fg,
          fontSize: { xs: 13, sm: 16 },
          ...(today
            ? {
                bgcolor: 'primary.main',
                color: 'primary.contrastText',
                borderRadius: '50%',
                width: 26,
                height: 26,
                display: 'inline-flex',
                alignItems: 'center',
                justifyContent: 'center',
              }
            : {}),
        }}
      >
        {day.day}
      </Typography>
      {day.category === 'makeup' && (
        <Typography component="span" variant="caption" sx={{ color: style.fg, fontWeight: 600, lineHeight: 1.2 }}>
          {translate('ow.calendar.makeupShort')}
        </Typography>
      )}
      {name && (
        <Typography
          component="span"
          variant="caption"
          sx={{
            color: style.fg,
            lineHeight: 1.2,
            display: { xs: 'none', sm: 'block' },
            overflow: 'hidden',
            textOverflow: 'ellipsis',
            maxWidth: '100%',
            whiteSpace: 'nowrap',
          }}
        >
          {name}
        </Typography>
      )}
      {day.override && (
        <EditLocationIcon
          sx={{ position: 'absolute', top: 4, right: 4, fontSize: 16, color: 'secondary.main' }}
          data-testid="override-marker"
        />
      )}
    </Box>
  );
  const sx = {
    bgcolor: style.bg,
    border: 1,
    borderColor: style.border,
    borderRadius: 1,
    minHeight: { xs: 52, sm: 84 },
    opacity: day.inMonth ? 1 : 0.35,
    display: 'flex',
    width: '100%',
    ...(day.override ? { outline: '2px dashed', outlineColor: 'secondary.main', outlineOffset: -3 } : {}),
  };
  const data = {
    'data-testid': `day-${day.date}`,
    'data-category': day.category,
    'data-override': String(day.override),
  };
  return (
    <Box role="gridcell" sx={{ display: 'flex' }}>
      {onPick && day.inMonth ? (
        <ButtonBase
          sx={{ ...sx, '&:hover': { boxShadow: 2 } }}
          onClick={() => onPick(day)}
          aria-label={label}
          {...data}
        >
          {content}
        </ButtonBase>
      ) : (
        <Box sx={sx} aria-label={label} {...data}>
          {content}
        </Box>
      )}
    </Box>
  );
};

/** The month as a 7-column grid, Monday first. Administrators click a day to change it. */
export const MonthGrid = ({
  weeks,
  today,
  onPick,
}: {
  weeks: GridDay[][];
  today: string;
  onPick?: (day: GridDay) => void;
}) => {
  const translate = useTranslate();
  return (
    <Box role="grid" aria-label={translate('ow.calendar.gridLabel')} data-testid="month-grid">
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 0.5, mb: 0.5 }} role="row">
        {WEEKDAYS.map((w) => (
          <Typography
            key={w}
            role="columnheader"
            variant="subtitle2"
            sx={{ textAlign: 'center', color: w >= 6 ? 'text.secondary' : 'text.primary' }}
          >
            {translate(`ow.calendar.weekdays.${w}`)}
          </Typography>
        ))}
      </Box>
      {weeks.map((week) => (
        <Box
          key={week[0].date}
          sx={{ display: 'grid', gridTemplateColumns: 'repeat(7, minmax(0, 1fr))', gap: 0.5, mb: 0.5 }}
          role="row"
        >
          {week.map((day) => (
            <DayCell key={day.date} day={day} today={day.date === today} onPick={onPick} />
          ))}
        </Box>
      ))}
    </Box>
  );
};
