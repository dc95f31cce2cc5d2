import { useState } from 'react';
import { Alert, Button, Card, CardContent, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { useDataProvider, useTranslate } from 'react-admin';
import type { DisclosureDataProvider } from './dataProvider';
import { OpenShell } from './OpenShell';
import { publicError } from './usePublicQuery';

interface Receipt {
  receiptNo: string;
  dueDate: string | null;
}

/**
 * #/open/complaint — 我要投诉 (no login, rate limited like the public rating): name, mobile, what happened and,
 * optionally, the complained-about matter's receipt number. The answer is a receipt number to follow it up with.
 */
export const ComplaintPage = () => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<DisclosureDataProvider>();
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [content, setContent] = useState('');
  const [receiptNo, setReceiptNo] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [receipt, setReceipt] = useState<Receipt | null>(null);
  const complete = name.trim() && /^1[3-9]\d{9}$/.test(phone.trim()) && content.trim().length >= 5;
  const submit = async () => {
    if (!complete || busy) return;
    setBusy(true);
    setError(null);
    try {
      setReceipt(
        await dataProvider.submitComplaint({
          idempotencyKey: key,
          complainant: { name: name.trim(), phone: phone.trim() },
          content: content.trim(),
          ...(receiptNo.trim() ? { subjectReceiptNo: receiptNo.trim() } : {}),
        }),
      );
    } catch (e) {
      const status = (e as { status?: number }).status;
      setError(status === 400 ? (e as Error).message : translate(publicError(e)));
    } finally {
      setBusy(false);
    }
  };
  const another = () => {
    setKey(crypto.randomUUID());
    setContent('');
    setReceiptNo('');
    setReceipt(null);
  };
  return (
    <OpenShell title="ow.open.complaint.title">
      <Stack spacing={2}>
        <Typography color="text.secondary">{translate('ow.open.complaint.intro')}</Typography>
        {receipt ? (
          <Card variant="outlined" data-testid="complaint-receipt">
            <CardContent>
              <Stack spacing={1}>
                <Typography variant="h6">{translate('ow.open.complaint.done')}</Typography>
                <Typography sx={{ fontSize: 20, fontWeight: 600 }} data-testid="complaint-receipt-no">
                  {translate('ow.open.complaint.receipt', { receiptNo: receipt.receiptNo })}
                </Typography>
                {receipt.dueDate && (
                  <Typography>{translate('ow.open.complaint.due', { dueDate: receipt.dueDate })}</Typography>
                )}
                <Button href="#/public" variant="outlined" sx={{ minHeight: 48 }}>
                  {translate('ow.open.complaint.follow')}
                </Button>
                <Button onClick={another}>{translate('ow.open.complaint.another')}</Button>
              </Stack>
            </CardContent>
          </Card>
        ) : (
          <Stack spacing={2} data-testid="complaint-form">
            <TextField
              required
              label={translate('ow.open.complaint.name')}
              value={name}
              onChange={(e) => setName(e.target.value)}
              slotProps={{ htmlInput: { name: 'name', maxLength: 50 } }}
            />
            <TextField
              required
              label={translate('ow.open.complaint.phone')}
              value={phone}
              onChange={(e) => setPhone(e.target.value)}
              slotProps={{ htmlInput: { name: 'phone', inputMode: 'tel', maxLength: 11 } }}
            />
            <TextField
              required
              multiline
              minRows={4}
              label={translate('ow.open.complaint.content')}
              value={content}
              onChange={(e) => setContent(e.target.value)}
              slotProps={{ htmlInput: { name: 'content', maxLength: 2000 } }}
            />
            <TextField
              label={translate('ow.open.complaint.receiptNo')}
              value={receiptNo}
              onChange={(e) => setReceiptNo(e.target.value)}
              slotProps={{ htmlInput: { name: 'receiptNo', maxLength: 40 } }}
            />
            {error && (
              <Alert severity="error" data-testid="complaint-error">
                {error}
              </Alert>
            )}
            <Button
              variant="contained"
              size="large"
              disabled={!complete || busy}
              onClick={() => void submit()}
              sx={{ minHeight: 52, fontSize: 18 }}
              data-testid="complaint-submit"
              startIcon={busy ? <CircularProgress size={20} color="inherit" /> : undefined}
            >
              {translate('ow.open.complaint.submit')}
            </Button>
          </Stack>
        )}
      </Stack>
    </OpenShell>
  );
};
