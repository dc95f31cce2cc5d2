import { Alert, Stack, Typography } from '@mui/material';
import { useQuery } from '@tanstack/react-query';
import { useDataProvider, useTranslate } from 'react-admin';
import { SectionCard } from '../matters/SectionCard';
import { useRefreshMatter } from '../matters/useMatterDetail';
import { useHasRole } from '../shared/roles';
import { BroadcastButton } from './BroadcastButton';
import type { SignalDataProvider } from './dataProvider';

/** 等待的信号: the signals the matter waits for now, each with its broadcast for managers; shown only while it waits. */
export const SignalsCard = ({ matterId }: { matterId: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<SignalDataProvider>();
  const mayBroadcast = useHasRole('MANAGER', 'ADMIN');
  const refresh = useRefreshMatter(matterId);
  const waits = useQuery({
    queryKey: ['matters', 'signals', matterId],
    queryFn: () => dataProvider.getSignalWaits(matterId),
    refetchOnWindowFocus: false,
  });
  if (waits.error) return <Alert severity="warning">{translate('ow.signals.card.loadFailed')}</Alert>;
  const rows = waits.data?.waits ?? [];
  if (rows.length === 0) return null;
  return (
    <SectionCard title="ow.signals.card.title" testId="signals-card">
      <Typography variant="body2" color="text.secondary" sx={{ mb: 1 }}>
        {translate('ow.signals.card.help')}
      </Typography>
      <Stack spacing={1}>
        {rows.map((wait) => (
          <Stack
            key={`${wait.name}:${wait.nodeId}`}
            direction="row"
            spacing={1}
            sx={{ alignItems: 'center', justifyContent: 'space-between' }}
            data-testid={`signal-wait-${wait.name}`}
          >
            <div>
              <Typography variant="body2">{wait.label}</Typography>
              <Typography variant="caption" color="text.secondary" sx={{ fontFamily: 'monospace' }}>
                {wait.name}
              </Typography>
            </div>
            {mayBroadcast && <BroadcastButton name={wait.name} onDone={refresh} />}
          </Stack>
        ))}
      </Stack>
    </SectionCard>
  );
};
