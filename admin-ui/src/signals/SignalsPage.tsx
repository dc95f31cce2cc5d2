import { Alert, Card, Skeleton, Stack, Table, TableBody, TableCell, TableHead, TableRow } from '@mui/material';
import { Title, useTranslate } from 'react-admin';
import { BroadcastButton } from './BroadcastButton';
import { BroadcastByNameForm } from './BroadcastByNameForm';
import { useSignalCounts } from './useSignalCounts';

/** /signals — the signals running matters wait for, how many wait for each, and broadcasting one (managers, admins). */
export const SignalsPage = () => {
  const translate = useTranslate();
  const counts = useSignalCounts();
  const rows = counts.data?.data ?? [];
  const t = (key: string) => translate(`ow.signals.page.${key}`);
  return (
    <Stack spacing={2} sx={{ mt: 2 }}>
      <Title title={t('title')} />
      <Alert severity="info">{t('help')}</Alert>
      {counts.isPending && <Skeleton variant="rectangular" height={120} />}
      {counts.error && <Alert severity="error">{t('loadFailed')}</Alert>}
      {counts.data && rows.length === 0 && <Alert severity="success">{t('empty')}</Alert>}
      {rows.length > 0 && (
        <Card variant="outlined">
          <Table size="small" data-testid="signal-counts">
            <TableHead>
              <TableRow>
                <TableCell>{t('name')}</TableCell>
                <TableCell>{t('waiting')}</TableCell>
                <TableCell />
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.name} data-testid={`signal-row-${row.name}`}>
                  <TableCell sx={{ fontFamily: 'monospace' }}>{row.name}</TableCell>
                  <TableCell data-testid="signal-waiting">{row.waiting}</TableCell>
                  <TableCell align="right">
                    <BroadcastButton name={row.name} />
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Card>
      )}
      <BroadcastByNameForm />
    </Stack>
  );
};
