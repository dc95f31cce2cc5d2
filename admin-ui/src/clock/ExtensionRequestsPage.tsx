import { useState } from 'react';
import {
  Alert,
  Card,
  Chip,
  FormControlLabel,
  Skeleton,
  Stack,
  Switch,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
} from '@mui/material';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { Link } from 'react-router-dom';
import { useQuery } from '@tanstack/react-query';
import { formatInstant } from '../shared/chinaDate';
import type { ClockDataProvider } from './dataProvider';
import { ExtensionDecisionButtons } from './ExtensionDecisionButtons';

/** /extension-requests — managers decide the extensions the handling departments asked for (pending first). */
export const ExtensionRequestsPage = () => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<ClockDataProvider>();
  const [pendingOnly, setPendingOnly] = useState(true);
  const requests = useQuery({
    queryKey: ['extension-requests', pendingOnly],
    queryFn: () => dataProvider.getExtensionRequests(pendingOnly ? 'PENDING' : undefined),
  });
  const rows = requests.data?.data ?? [];
  const t = (key: string) => translate(`ow.clock.page.${key}`);
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={t('title')} />
      <FormControlLabel
        control={<Switch checked={pendingOnly} onChange={(e) => setPendingOnly(e.target.checked)} />}
        label={t('pendingOnly')}
      />
      {requests.isPending && <Skeleton variant="rectangular" height={120} />}
      {requests.error && <Alert severity="error">{translate('ow.clock.loadFailed')}</Alert>}
      {requests.data && !rows.length && <Alert severity="success">{t('empty')}</Alert>}
      {rows.length > 0 && (
        <Card variant="outlined">
          <Table size="small" data-testid="extension-requests">
            <TableHead>
              <TableRow>
                {['receiptNo', 'item', 'dueDate', 'days', 'reason', 'requestedBy', 'status'].map((k) => (
                  <TableCell key={k}>{t(k)}</TableCell>
                ))}
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((r) => (
                <TableRow key={r.id} data-testid="extension-request-row">
                  <TableCell>
                    <Link to={`/matters/${r.matterId}`}>{r.receiptNo}</Link>
                  </TableCell>
                  <TableCell>{r.itemName}</TableCell>
                  <TableCell>{r.dueDate}</TableCell>
                  <TableCell>{r.workingDays}</TableCell>
                  <TableCell>{r.reason}</TableCell>
                  <TableCell>
                    {r.requestedByName} {formatInstant(r.requestedAt, locale)}
                  </TableCell>
                  <TableCell>
                    <Chip size="small" label={translate(`ow.clock.status.${r.status}`)} />
                  </TableCell>
                  <TableCell>
                    {(r.status === 'PENDING' || (r.status === 'APPROVED' && !r.applied)) && (
                      <ExtensionDecisionButtons request={r} />
                    )}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
    </Stack>
  );
};
