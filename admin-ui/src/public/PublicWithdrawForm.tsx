import { useState } from 'react';
import { Alert, Button, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import type { PublicDataProvider } from './dataProvider';

interface Props {
  receiptNo: string;
  phoneLast4: string;
  onWithdrawn(): void;
}

/** 撤件 by the applicant: a reason, then a second tap to confirm; the receipt number and phone are the ones looked up. */
export const PublicWithdrawForm = ({ receiptNo, phoneLast4, onWithdrawn }: Props) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<PublicDataProvider>();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = async () => {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await dataProvider.withdrawMatterPublicly({ receiptNo, phoneLast4, reason: reason.trim() });
      onWithdrawn();
    } catch (e) {
      setError((e as Error).message);
      setConfirming(false);
    } finally {
      setBusy(false);
    }
  };
  return (
    <Stack spacing={2} data-testid="public-withdraw-form">
      <Typography variant="h6">{translate('ow.withdrawal.public.title')}</Typography>
      <Typography variant="body2" color="text.secondary">
        {translate('ow.withdrawal.public.help')}
      </Typography>
      <TextField
        multiline
        minRows={2}
        label={translate('ow.withdrawal.public.reason')}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        slotProps={{ htmlInput: { name: 'withdrawalReason', maxLength: 500 } }}
      />
      {error && <Alert severity="error">{error}</Alert>}
      {confirming ? (
        <Stack spacing={1}>
          <Alert severity="warning">{translate('ow.withdrawal.public.confirm')}</Alert>
          <Stack direction="row" spacing={1}>
            <Button
              variant="contained"
              color="warning"
              size="large"
              disabled={busy}
              onClick={() => void submit()}
              data-testid="public-withdraw-confirm"
              startIcon={busy ? <CircularProgress size={20} color="inherit" /> : undefined}
              sx={{ minHeight: 48, flex: 1 }}
            >
              {translate('ow.withdrawal.public.confirmYes')}
            </Button>
            <Button size="large" disabled={busy} onClick={() => setConfirming(false)} sx={{ minHeight: 48 }}>
              {translate('ow.withdrawal.public.cancel')}
            </Button>
          </Stack>
        </Stack>
      ) : (
        <Button
          variant="outlined"
          color="warning"
          size="large"
          disabled={reason.trim().length < 2}
          onClick={() => setConfirming(true)}
          data-testid="public-withdraw"
          sx={{ minHeight: 48 }}
        >
          {translate('ow.withdrawal.public.submit')}
        </Button>
      )}
    </Stack>
  );
};
