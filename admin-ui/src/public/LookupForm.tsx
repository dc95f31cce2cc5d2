import { useState } from 'react';
import { Button, CircularProgress, Stack, TextField } from '@mui/material';
import SearchIcon from '@mui/icons-material/Search';
import { useTranslate } from 'react-admin';

interface Props {
  busy: boolean;
  onSubmit(receiptNo: string, phoneLast4: string): void;
}

/** The receipt number a notice's link carries (#/public/track?receiptNo=…), so the applicant types only 4 digits. */
function linkedReceiptNo(): string {
  const query = window.location.hash.split('?')[1] ?? '';
  return (new URLSearchParams(query).get('receiptNo') ?? '').toUpperCase().slice(0, 40);
}

/** Receipt number and the last 4 digits of the phone given at the window. */
export const LookupForm = ({ busy, onSubmit }: Props) => {
  const translate = useTranslate();
  const [receiptNo, setReceiptNo] = useState(linkedReceiptNo);
  const [last4, setLast4] = useState('');
  const valid = receiptNo.trim().length >= 4 && /^\d{4}$/.test(last4);
  return (
    <Stack
      component="form"
      spacing={2}
      onSubmit={(e) => {
        e.preventDefault();
        if (valid && !busy) onSubmit(receiptNo.trim(), last4);
      }}
    >
      <TextField
        label={translate('ow.public.receiptNo')}
        value={receiptNo}
        onChange={(e) => setReceiptNo(e.target.value.toUpperCase())}
        fullWidth
        helperText={translate('ow.public.receiptHelp')}
        slotProps={{
          htmlInput: { name: 'receiptNo', autoComplete: 'off', autoCapitalize: 'characters', style: { fontSize: 18 } },
        }}
      />
      <TextField
        label={translate('ow.public.phoneLast4')}
        value={last4}
        onChange={(e) => setLast4(e.target.value.replace(/\D/g, '').slice(0, 4))}
        fullWidth
        slotProps={{
          htmlInput: {
            name: 'phoneLast4',
            inputMode: 'numeric',
            pattern: '[0-9]*',
            maxLength: 4,
            style: { fontSize: 18, letterSpacing: 6 },
          },
        }}
      />
      <Button
        type="submit"
        variant="contained"
        size="large"
        disabled={!valid || busy}
        sx={{ minHeight: 52, fontSize: 18 }}
        data-testid="lookup"
        startIcon={busy ? <CircularProgress size={20} color="inherit" /> : <SearchIcon />}
      >
        {translate('ow.public.lookup')}
      </Button>
    </Stack>
  );
};
