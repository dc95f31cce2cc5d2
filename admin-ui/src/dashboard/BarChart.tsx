import { useId } from 'react';
import { Box, Stack, Tooltip, Typography } from '@mui/material';

export interface BarSeries {
  key: string;
  label: string;
  color: string;
}

export interface BarRow {
  key: string;
  label: string;
  values: Record<string, number>;
}

const visuallyHidden = {
  position: 'absolute',
  width: 1,
  height: 1,
  overflow: 'hidden',
  clip: 'rect(0 0 0 0)',
  whiteSpace: 'nowrap',
} as const;

/**
 * Horizontal grouped bar chart drawn with MUI boxes (text keeps its size at any width). Screen readers get the
 * title and a description listing every value; each bar names its row, series and value.
 */
export const BarChart = ({
  title,
  series,
  rows,
  testId,
}: {
  title: string;
  series: BarSeries[];
  rows: BarRow[];
  testId?: string;
}) => {
  const id = useId();
  const max = Math.max(1, ...rows.flatMap((r) => series.map((s) => r.values[s.key] ?? 0)));
  const description = rows
    .map((r) => `${r.label}: ${series.map((s) => `${s.label} ${r.values[s.key] ?? 0}`).join('，')}`)
    .join('；');
  return (
    <Box
      role="figure"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      data-testid={testId}
      sx={{ position: 'relative' }}
    >
      <Box component="span" id={`${id}-title`} sx={visuallyHidden}>
        {title}
      </Box>
      <Box component="span" id={`${id}-desc`} sx={visuallyHidden}>
        {description}
      </Box>
      {series.length > 1 && (
        <Stack direction="row" spacing={2} sx={{ mb: 1.5, flexWrap: 'wrap' }} aria-hidden>
          {series.map((s) => (
            <Stack key={s.key} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
              <Box sx={{ width: 12, height: 12, borderRadius: 0.5, bgcolor: s.color }} />
              <Typography variant="caption">{s.label}</Typography>
            </Stack>
          ))}
        </Stack>
      )}
      <Stack spacing={1.25} aria-hidden>
        {rows.map((row) => (
          <Box
            key={row.key}
            sx={{ display: 'grid', gridTemplateColumns: 'minmax(90px, 30%) 1fr', columnGap: 1.5, alignItems: 'center' }}
          >
            <Tooltip title={row.label} placement="top-start">
              <Typography variant="body2" noWrap sx={{ textAlign: 'right' }}>
                {row.label}
              </Typography>
            </Tooltip>
            <Stack spacing={0.25} sx={{ borderLeft: 1, borderColor: 'divider', py: 0.25 }}>
              {series.map((s) => {
                const value = row.values[s.key] ?? 0;
                return (
                  <Stack key={s.key} direction="row" spacing={0.75} sx={{ alignItems: 'center' }}>
                    <Box
                      sx={{
                        height: 12,
                        width: `${(value / max) * 85}%`,
                        minWidth: value > 0 ? 3 : 0,
                        bgcolor: s.color,
                        borderRadius: '0 3px 3px 0',
                        transition: 'width 300ms',
                      }}
                      title={`${row.label} · ${s.label}: ${value}`}
                    />
                    <Typography variant="caption" color="text.secondary" sx={{ lineHeight: 1 }}>
                      {value}
                    </Typography>
                  </Stack>
                );
              })}
            </Stack>
          </Box>
        ))}
      </Stack>
    </Box>
  );
};
