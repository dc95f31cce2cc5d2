import { Alert, Divider, Skeleton, Stack, Typography } from '@mui/material';
import { usePermissions, useTranslate } from 'react-admin';
import { SectionCard } from '../matters/SectionCard';
import { DeliveryFacts } from './DeliveryFacts';
import { ResultItem } from './ResultItem';
import type { MatterDelivery } from './types';
import { useMatterResults } from './useMatterResults';
import { WaybillButton } from './WaybillButton';

/**
 * 出证与送达 on the matter page: the issued results (print at the window, download, revoke), a failure of the issuing
 * step while it retries, and how the result was delivered.
 */
export const ResultsCard = ({ matterId, delivery }: { matterId: string; delivery: MatterDelivery | null }) => {
  const translate = useTranslate();
  const { permissions } = usePermissions<string[]>();
  const results = useMatterResults(matterId);
  const mayEnterWaybill = Boolean(permissions?.some((r) => r === 'CLERK' || r === 'MANAGER'));
  const body = results.data;
  return (
    <SectionCard
      title="ow.results.title"
      testId="results-card"
      action={
        delivery?.method === 'MAIL' && mayEnterWaybill ? (
          <WaybillButton matterId={matterId} delivery={delivery} />
        ) : undefined
      }
    >
      <Stack spacing={2}>
        {results.isPending && <Skeleton variant="rectangular" height={64} />}
        {results.error && <Alert severity="error">{translate('ow.results.loadFailed')}</Alert>}
        {body?.failures.map((f) => (
          <Alert severity="error" key={f.firstAt} data-testid="result-failure">
            {translate('ow.results.failure', { attempts: f.attempts, error: f.error })}
          </Alert>
        ))}
        {body && !body.results.length && !body.failures.length && (
          <Typography variant="body2" color="text.secondary">
            {translate('ow.results.none')}
          </Typography>
        )}
        {body?.results.map((r) => (
          <ResultItem key={r.id} result={r} canRevoke={body.canRevoke} />
        ))}
        {delivery && (
          <>
            <Divider />
            <DeliveryFacts delivery={delivery} />
          </>
        )}
      </Stack>
    </SectionCard>
  );
};
