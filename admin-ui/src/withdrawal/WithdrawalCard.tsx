import { Button, Stack, Typography } from '@mui/material';
import DownloadIcon from '@mui/icons-material/Download';
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { SectionCard } from '../matters/SectionCard';
import { formatInstant } from '../shared/chinaDate';
import type { WithdrawalDataProvider } from './dataProvider';

/** Under the matter's keys, so the matter page's refresh after the withdrawal reloads it too. */
const withdrawalKey = (matterId: string) => ['matters', 'withdrawal', matterId];

/** The withdrawal of a WITHDRAWN matter: how, why, by whom, and the signed request. */
export const WithdrawalCard = ({ matterId }: { matterId: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<WithdrawalDataProvider>();
  const { data } = useQuery({
    queryKey: withdrawalKey(matterId),
    queryFn: () => dataProvider.getWithdrawal(matterId),
    refetchOnWindowFocus: false,
  });
  const w = data?.withdrawal;
  if (!w) return null;
  const download = () =>
    dataProvider
      .downloadWithdrawalRequest(matterId, w.fileName ?? 'withdrawal')
      .catch((e: Error) =>
        notify('ow.withdrawal.notifications.downloadFailed', { type: 'error', messageArgs: { message: e.message } }),
      );
  return (
    <SectionCard title="ow.withdrawal.title" testId="withdrawal-card">
      <Stack spacing={1}>
        <Typography variant="body2">
          {translate(`ow.withdrawal.channels.${w.channel}`)} · {formatInstant(w.at, locale)}
          {w.recordedByName ? ` · ${translate('ow.withdrawal.recordedBy', { name: w.recordedByName })}` : ''}
        </Typography>
        <Typography variant="body2" data-testid="withdrawal-reason">
          {translate('ow.withdrawal.reasonLine', { reason: w.reason })}
        </Typography>
        {w.fileName && (
          <Button size="small" startIcon={<DownloadIcon />} onClick={() => void download()} sx={{ alignSelf: 'start' }}>
            {translate('ow.withdrawal.actions.download', { name: w.fileName })}
          </Button>
        )}
      </Stack>
    </SectionCard>
  );
};
