import { useState } from 'react';
import {
  Box,
  MenuItem,
  Pagination,
  Paper,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useTranslate } from 'react-admin';
import { OpenShell } from './OpenShell';
import { OpenStates } from './OpenStates';
import { usePublicQuery } from './usePublicQuery';

const PER_PAGE = 20;

/** 'YYYY-Qn' as 2026 年第 4 季度 / Q4 2026 */
export const useQuarterLabel = () => {
  const translate = useTranslate();
  return (name: string) => translate('ow.open.results.quarter', { year: name.slice(0, 4), q: name.slice(-1) });
};

/** #/open/results — 办结公告: what ended in a quarter (item, receipt number, result, date), the last four quarters. */
export const ResultsPage = () => {
  const translate = useTranslate();
  const quarterLabel = useQuarterLabel();
  const [quarter, setQuarter] = useState<string | undefined>();
  const [page, setPage] = useState(1);
  const notice = usePublicQuery(['results', quarter, page], (dp) => dp.getResultsNotice(quarter, page, PER_PAGE));
  const data = notice.data;
  return (
    <OpenShell title="ow.open.results.title">
      <Stack spacing={2}>
        <Paper sx={{ p: 2 }}>
          <Typography color="text.secondary" sx={{ mb: 2 }}>
            {translate('ow.open.results.intro')}
          </Typography>
          {data && (
            <TextField
              select
              fullWidth
              label={translate('ow.open.results.pick')}
              value={data.quarter}
              onChange={(e) => {
                setQuarter(e.target.value);
                setPage(1);
              }}
              slotProps={{ select: { inputProps: { 'data-testid': 'quarter-select' } } }}
            >
              {data.quarters.map((q) => (
                <MenuItem key={q} value={q}>
                  {quarterLabel(q)}
                </MenuItem>
              ))}
            </TextField>
          )}
        </Paper>
        <OpenStates isPending={notice.isPending} error={notice.error} />
        {data && (
          <Paper sx={{ p: { xs: 1, sm: 2 }, overflowX: 'auto' }}>
            <Typography sx={{ fontWeight: 600, mb: 1, px: 1 }} data-testid="results-heading">
              {translate('ow.open.results.heading', { quarter: quarterLabel(data.quarter), total: data.total })}
            </Typography>
            <Table size="small" data-testid="results-table">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('ow.open.results.item')}</TableCell>
                  <TableCell>{translate('ow.open.results.receiptNo')}</TableCell>
                  <TableCell>{translate('ow.open.results.result')}</TableCell>
                  <TableCell>{translate('ow.open.results.date')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {data.data.map((r) => (
                  <TableRow key={r.receiptNo}>
                    <TableCell>{r.itemName}</TableCell>
                    <TableCell sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>{r.receiptNo}</TableCell>
                    <TableCell>{translate(`ow.open.results.kinds.${r.result}`)}</TableCell>
                    <TableCell sx={{ whiteSpace: 'nowrap' }}>{r.date}</TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
            {data.total === 0 && (
              <Typography color="text.secondary" sx={{ p: 1 }}>
                {translate('ow.open.results.none')}
              </Typography>
            )}
            {data.total > PER_PAGE && (
              <Box sx={{ display: 'flex', justifyContent: 'center', mt: 1 }}>
                <Pagination count={Math.ceil(data.total / PER_PAGE)} page={page} onChange={(_e, p) => setPage(p)} />
              </Box>
            )}
          </Paper>
        )}
      </Stack>
    </OpenShell>
  );
};
