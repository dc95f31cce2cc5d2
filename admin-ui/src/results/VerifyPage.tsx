import { useEffect, useState } from 'react';
import { Alert, Box, Chip, CircularProgress, Container, Paper, Stack, Typography } from '@mui/material';
import CheckCircleIcon from '@mui/icons-material/CheckCircle';
import CancelIcon from '@mui/icons-material/Cancel';
import ErrorIcon from '@mui/icons-material/Error';
import { useLocaleState, useTranslate } from 'react-admin';
import { LocaleSwitcher } from '../layout/LocaleSwitcher';
import { formatCivilDate } from '../shared/chinaDate';
import { apiFetch } from '../providers/http';
import type { Verification } from './types';

const STATUS = {
  VALID: { color: 'success', icon: <CheckCircleIcon color="success" sx={{ fontSize: 64 }} /> },
  REVOKED: { color: 'error', icon: <CancelIcon color="error" sx={{ fontSize: 64 }} /> },
  EXPIRED: { color: 'warning', icon: <ErrorIcon color="warning" sx={{ fontSize: 64 }} /> },
} as const;

function failure(e: unknown): string {
  const status = (e as { status?: number }).status;
  if (status === 404 || status === 400) return 'ow.verify.errors.notFound';
  if (status === 429) return 'ow.verify.errors.tooMany';
  return 'ow.verify.errors.failed';
}

const Facts = ({ result }: { result: Verification }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const rows: Array<[string, string]> = [
    ['ow.verify.resultNo', result.resultNo],
    ['ow.verify.type', translate(`ow.results.types.${result.resultType}`, { _: result.resultTypeName })],
    ['ow.verify.item', result.itemName],
    ['ow.verify.holder', result.holderMasked],
    ['ow.verify.issuer', result.issuer],
    ['ow.verify.issuedOn', formatCivilDate(result.issuedOn, locale)],
    [
      'ow.verify.validity',
      result.validUntil
        ? translate('ow.verify.validUntil', { date: formatCivilDate(result.validUntil, locale) })
        : translate('ow.verify.noLimit'),
    ],
  ];
  if (result.revokeReason) rows.push(['ow.verify.revokeReason', result.revokeReason]);
  return (
    <Box sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 1 }} data-testid="verify-facts">
      {rows.map(([label, value]) => (
        <Box key={label} sx={{ display: 'contents' }}>
          <Typography color="text.secondary">{translate(label)}</Typography>
          <Typography sx={{ wordBreak: 'break-all' }}>{value}</Typography>
        </Box>
      ))}
    </Box>
  );
};

/** /verify/<code>: what a QR code on a result leads to. No login; phone first; the holder masked. */
export const VerifyPage = ({ code }: { code: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const [result, setResult] = useState<Verification | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    apiFetch<Verification>(`/public/verify/${encodeURIComponent(code)}`).then(setResult, (e: unknown) =>
      setError(failure(e)),
    );
  }, [code]);
  const status = result && STATUS[result.status];
  return (
    <Box sx={{ minHeight: '100vh', bgcolor: '#f3f6f9' }}>
      <title>{translate('ow.verify.title')}</title>
      <Box sx={{ bgcolor: 'primary.main', color: 'primary.contrastText' }}>
        <Container maxWidth={false} sx={{ maxWidth: 480, display: 'flex', alignItems: 'center', py: 1.5 }}>
          <Box sx={{ flex: 1 }}>
            <Typography variant="h6" sx={{ fontWeight: 600 }}>
              {translate('ow.verify.title')}
            </Typography>
            <Typography variant="caption">{translate('ow.verify.subtitle')}</Typography>
          </Box>
          <LocaleSwitcher />
        </Container>
      </Box>
      <Container maxWidth={false} sx={{ maxWidth: 480, py: 2 }}>
        <Paper sx={{ p: 2 }}>
          {!result && !error && (
            <Stack direction="row" spacing={1} sx={{ alignItems: 'center' }}>
              <CircularProgress size={20} />
              <Typography>{translate('ow.verify.checking')}</Typography>
            </Stack>
          )}
          {error && (
            <Alert severity="error" data-testid="verify-error">
              {translate(error)}
            </Alert>
          )}
          {result && status && (
            <Stack spacing={2} data-testid="verify-result" data-status={result.status}>
              <Stack spacing={1} sx={{ alignItems: 'center', textAlign: 'center' }}>
                {status.icon}
                <Chip
                  color={status.color}
                  label={translate(`ow.verify.statuses.${result.status}`)}
                  sx={{ fontSize: 18, height: 40, px: 1 }}
                  data-testid="verify-status"
                />
                <Typography color="text.secondary">
                  {translate(`ow.verify.statusHints.${result.status}`, {
                    date: formatCivilDate(result.revokedOn, locale),
                  })}
                </Typography>
              </Stack>
              <Facts result={result} />
              <Typography variant="caption" color="text.secondary">
                {translate('ow.verify.holderNote')}
              </Typography>
            </Stack>
          )}
        </Paper>
      </Container>
    </Box>
  );
};
