import { useId } from 'react';
import { Box, Stack, Typography } from '@mui/material';

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

const WIDTH = 640;
const LABEL_WIDTH = 168;
const VALUE_WIDTH = 40;
const BAR_HEIGHT = 14;
const ROW_GAP = 12;

const truncate = (text: string, max = 11) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * Horizontal grouped bar chart in plain SVG. Screen readers get the title and a description listing every
 * value; each bar carries its own label as a tooltip.
 */
export const BarChart = ({ title, series, rows, testId }: { title: string; series: BarSeries[]; rows: BarRow[]; testId?: string }) => {
  const id = useId();
  const max = Math.max(1, ...rows.flatMap((r) => series.map((s) => r.values[s.key] ?? 0)));
  const rowHeight = series.length * BAR_HEIGHT + ROW_GAP;
  const height = rows.length * rowHeight + ROW_GAP;
  const scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max;
  const description = rows
    .map((r) => `${r.label}: ${series.map((s) => `${s.label} ${r.values[s.key] ?? 0}`).join('，')}`)
    .join('；');
  return (
    <Box data-testid={testId}>
      <Stack direction="row" spacing={2} sx={{ mb: 1, flexWrap: 'wrap' }} aria-hidden>
        {series.map((s) => (
          <Stack key={s.key} direction="row" spacing={0.5} sx={{ alignItems: 'center' }}>
            <Box sx={{ width: 12, height: 12, borderRadius: 0.5, bgcolor: s.color }} />
            <Typography variant="caption">{s.label}</Typography>
          </Stack>
        ))}
      </Stack>
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${WIDTH} ${height}`}
        width="100%"
        style={{ display: 'block', maxWidth: WIDTH * 1.5 }}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {rows.map((row, i) => {
          const top = ROW_GAP / 2 + i * rowHeight;
          return (
            <g key={row.key}>
              <text x={LABEL_WIDTH - 8} y={top + (series.length * BAR_HEIGHT) / 2} dominantBaseline="middle" textAnchor="end" fontSize={12} fill="currentColor">
                <title>{row.label}</title>
                {truncate(row.label)}
              </text>
              {series.map((s, j) => {
                const value = row.values[s.key] ?? 0;
                const y = top + j * BAR_HEIGHT;
                const w = value * scale;
                return (
                  <g key={s.key}>
                    <rect x={LABEL_WIDTH} y={y + 1} width={Math.max(w, value > 0 ? 2 : 0)} height={BAR_HEIGHT - 2} rx={2} fill={s.color} aria-label={`${row.label} ${s.label} ${value}`}>
                      <title>{`${row.label} · ${s.label}: ${value}`}</title>
                    </rect>
                    <text x={LABEL_WIDTH + w + 4} y={y + BAR_HEIGHT / 2} dominantBaseline="middle" fontSize={11} fill="currentColor" opacity={0.75}>
                      {value}
                    </text>
                  </g>
                );
              })}
            </g>
          );
        })}
        <line x1={LABEL_WIDTH} x2={LABEL_WIDTH} y1={0} y2={height} stroke="currentColor" strokeOpacity={0.2} />
      </svg>
    </Box>
  );
};
