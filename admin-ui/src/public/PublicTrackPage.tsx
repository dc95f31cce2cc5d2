import { useState } from 'react';
import { Alert, Box, Button, Container, Paper, Stack, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import { useDataProvider, useTranslate } from 'react-admin';
import { LocaleSwitcher } from '../layout/LocaleSwitcher';
import type { PublicDataProvider } from './dataProvider';
import { LookupForm } from './LookupForm';
import { ProgressView } from './ProgressView';
import { PublicWithdrawForm } from './PublicWithdrawForm';
import { RatingForm } from './RatingForm';
import type { PublicLookup } from './types';

function lookupError(e: unknown): string {
  const status = (e as { status?: number }).status;
  if (status === 404) return 'ow.public.errors.notFound';
  if (status === 429) return 'ow.public.errors.tooMany';
  if (status === 400) return 'ow.public.errors.invalid';
  return 'ow.public.errors.failed';
}

/** Statuses in which the applicant may still withdraw (the workflow refuses any other). */
const WITHDRAWABLE = ['IN_PROGRESS', 'SUSPENDED'];

const ThankYou = () => {
  const translate = useTranslate();
  return (
    <Box sx={{ textAlign: 'center', py: 3 }} data-testid="thank-you">
      <CheckCircleIcon color="success" sx={{ fontSize: 72 }} />
      <Typography variant="h6">{translate('ow.public.thanks')}</Typography>
      <Typography color="text.secondary">{translate('ow.public.thanksDetail')}</Typography>
    </Box>
  );
};

/** #/public/track — progress lookup and rating for applicants, no login, phone first. */
export const PublicTrackPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PublicDataProvider>();
  const [query, setQuery] = useState<{ receiptNo: string; phoneLast4: string } | null>(null);
  const [matter, setMatter] = useState<PublicLookup | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [rated, setRated] = useState(false);
  const [withdrawn, setWithdrawn] = useState(false);

  const lookup = async (receiptNo: string, phoneLast4: string) => {
    setBusy(true);
    setError(null);
    setRated(false);
    setWithdrawn(false);
    try {
      setMatter(await dataProvider.lookupMatter(receiptNo, phoneLast4));
      setQuery({ receiptNo, phoneLast4 });
    } catch (e) {
      setMatter(null);
      setError(lookupError(e));
    } finally {
      setBusy(false);
    }
  };

  return (
    <Box sx={{ minHeight: '100vh', bgcolor: '#f3f6f9' }}>
      <title>{translate('ow.public.title')}</title>
      <Box sx={{ bgcolor: 'primary.main', color: 'primary.contrastText' }}>
        <Container maxWidth={false} sx={{ maxWidth: 480, display: 'flex', alignItems: 'center', py: 1.5 }}>
          <Box sx={{ flex: 1 }}>
            <Typography variant="h6" sx={{ fontWeight: 600 }}>
              {translate('ow.public.title')}
            </Typography>
            <Typography variant="caption">{translate('ow.public.subtitle')}</Typography>
          </Box>
          <LocaleSwitcher />
        </Container>
      </Box>
      <Container maxWidth={false} sx={{ maxWidth: 480, py: 2 }}>
        <Stack spacing={2}>
          {!matter && (
            <Paper sx={{ p: 2 }}>
              <Typography sx={{ mb: 2 }} color="text.secondary">
                {translate('ow.public.intro')}
              </Typography>
              <LookupForm busy={busy} onSubmit={(r, p) => void lookup(r, p)} />
              {error && (
                <Alert severity="error" sx={{ mt: 2 }} data-testid="lookup-error">
                  {translate(error)}
                </Alert>
              )}
            </Paper>
          )}
          {matter && query && (
            <>
              <Paper sx={{ p: 2 }}>
                <ProgressView matter={matter} />
              </Paper>
              {(rated || matter.rated) && (
                <Paper sx={{ p: 2 }}>
                  <ThankYou />
                </Paper>
              )}
              {matter.canRate && !matter.rated && !rated && (
                <Paper sx={{ p: 2 }}>
                  <RatingForm
                    receiptNo={query.receiptNo}
                    phoneLast4={query.phoneLast4}
                    onRated={() => setRated(true)}
                  />
                </Paper>
              )}
              {withdrawn && (
                <Alert severity="success" data-testid="withdrawn">
                  {translate('ow.withdrawal.public.done')}
                </Alert>
              )}
              {WITHDRAWABLE.includes(matter.status) && (
                <Paper sx={{ p: 2 }}>
                  <PublicWithdrawForm
                    receiptNo={query.receiptNo}
                    phoneLast4={query.phoneLast4}
                    onWithdrawn={() => void lookup(query.receiptNo, query.phoneLast4).then(() => setWithdrawn(true))}
                  />
                </Paper>
              )}
              <Button size="large" variant="outlined" sx={{ minHeight: 48 }} onClick={() => setMatter(null)}>
                {translate('ow.public.another')}
              </Button>
            </>
          )}
        </Stack>
      </Container>
    </Box>
  );
};
