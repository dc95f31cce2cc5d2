import { Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { useTranslate } from 'react-admin';

interface Row {
  key: string;
  label: string;
  sub?: string;
  cases: number;
  steps: number;
  overSteps: number;
  overDays: number;
}

/** the report's tally by department or by person */
export const TallyTable = ({ rows, first, testId }: { rows: Row[]; first: string; testId: string }) => {
  const translate = useTranslate();
  return (
    <Table size="small" data-testid={testId}>
      <TableHead>
        <TableRow>
          <TableCell>{translate(first)}</TableCell>
          <TableCell align="right">{translate('ow.accountability.cases')}</TableCell>
          <TableCell align="right">{translate('ow.accountability.steps')}</TableCell>
          <TableCell align="right">{translate('ow.accountability.overSteps')}</TableCell>
          <TableCell align="right">{translate('ow.accountability.overDays')}</TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {rows.map((r) => (
          <TableRow key={r.key}>
            <TableCell>
              {r.label}
              {r.sub && <small style={{ opacity: 0.6, marginLeft: 8 }}>{r.sub}</small>}
            </TableCell>
            <TableCell align="right">{r.cases}</TableCell>
            <TableCell align="right">{r.steps}</TableCell>
            <TableCell align="right">{r.overSteps}</TableCell>
            <TableCell align="right">{r.overDays.toFixed(1)}</TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
};
