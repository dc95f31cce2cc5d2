import type { ReactNode } from 'react';
import { Table, TableBody, TableCell, TableHead, TableRow, Tooltip } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { Figures } from './types';

export interface FiguresRow extends Figures {
  key: string;
  label: string;
  sub?: string | null;
}

const dash = (value: number | null) => (value === null ? '—' : String(value));

/**
 * The assessment's figures, one row a person or a station; `extra` adds columns at the end (the stations' index).
 * Upheld complaints read "—" while their source is not connected.
 */
export function FiguresTable<T extends FiguresRow>({
  rows,
  first,
  complaintsConnected,
  extraHeads = [],
  extra,
  testId,
}: {
  rows: T[];
  first: string;
  complaintsConnected: boolean;
  extraHeads?: string[];
  extra?: (row: T) => ReactNode;
  testId: string;
}) {
  const translate = useTranslate();
  const heads = [
    'finished',
    'onTimeRate',
    'avgDaysUsed',
    'avgDaysAhead',
    'ratings',
    'avgRating',
    'complaintsUpheld',
    'firstAsks',
  ];
  return (
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>
          <TableCell>{translate(first)}</TableCell>
          {heads.map((h) => (
            <TableCell key={h} align="right">
              {h === 'avgDaysAhead' ? (
                <Tooltip title={translate('ow.assessment.avgDaysAheadHint')}>
                  <span>{translate('ow.assessment.avgDaysAhead')}</span>
                </Tooltip>
              ) : (
                translate(`ow.assessment.${h}`)
              )}
            </TableCell>
          ))}
          {extraHeads.map((h) => (
            <TableCell key={h} align="right">
              {translate(h)}
            </TableCell>
          ))}
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key} data-testid={`${testId}-${r.label}`}>
            <TableCell>
              {r.label}
              {r.sub && <small style={{ opacity: 0.6, marginLeft: 8 }}>{r.sub}</small>}
            </TableCell>
            <TableCell align="right">{r.finished}</TableCell>
            <TableCell align="right">
              {r.onTimeRate === null ? '—' : translate('ow.assessment.percent', { value: r.onTimeRate })}
            </TableCell>
            <TableCell align="right">{dash(r.avgDaysUsed)}</TableCell>
            <TableCell align="right">{dash(r.avgDaysAhead)}</TableCell>
            <TableCell align="right">{r.ratings}</TableCell>
            <TableCell align="right">{dash(r.avgRating)}</TableCell>
            <TableCell align="right">{complaintsConnected ? r.complaintsUpheld : '—'}</TableCell>
            <TableCell align="right">{r.firstAsks}</TableCell>
            {extra?.(r)}
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}
