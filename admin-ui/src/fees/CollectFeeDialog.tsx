import { useState } from 'react';
import { MenuItem, Stack, TextField, Typography } from '@mui/material';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useMutation } from '@tanstack/react-query';
import { useNavigate } from 'react-router-dom';
import { fenOfYuan, yuanText } from '../../../domain/money';
import { ActionDialog } from '../shared/ActionDialog';
import type { FeeDataProvider } from './dataProvider';
import { PAYMENT_METHODS, type FeeStandard } from './types';

interface Props {
  matterId: string;
  standards: FeeStandard[];
  open: boolean;
  onClose(): void;
  onDone(): void;
}

/** 登记收费: how many of each fee line, what was collected and how; less than due is an exemption with its reason. */
export const CollectFeeDialog = ({ matterId, standards, open, onClose, onDone }: Props) => {
  const translate = useTranslate();
  const notify = useNotify();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<FeeDataProvider>();
  const [key] = useState(() => crypto.randomUUID());
  const [quantities, setQuantities] = useState<Record<string, string>>(() =>
    Object.fromEntries(standards.map((s) => [s.code, '1'])),
  );
  const [method, setMethod] = useState('CASH');
  const [paid, setPaid] = useState<string | null>(null);
  const [reason, setReason] = useState('');
  const lines = standards
    .map((s) => ({ code: s.code, quantity: Number(quantities[s.code] ?? 0) }))
    .filter((l) => Number.isInteger(l.quantity) && l.quantity > 0);
  const dueFen = lines.reduce((sum, l) => sum + l.quantity * standards.find((s) => s.code === l.code)!.amountFen, 0);
  const paidFen = paid === null ? dueFen : fenOfYuan(paid);
  const exempt = paidFen !== null && paidFen < dueFen;
  const collect = useMutation({
    mutationFn: () =>
      dataProvider.collectFee(matterId, {
        idempotencyKey: key,
        lines,
        paidFen: paidFen ?? undefined,
        method: paidFen ? method : undefined,
        exemptReason: exempt ? reason : undefined,
      }),
    onSuccess: (payment) => {
      notify('ow.fees.collected', { type: 'success', messageArgs: { receiptNo: payment.receiptNo } });
      onDone();
      navigate(`/print/fee/${payment.id}`);
    },
    onError: (e: Error) => notify('ow.fees.failed', { type: 'error', messageArgs: { detail: e.message } }),
  });
  return (
    <ActionDialog
      open={open}
      title="ow.fees.collect"
      confirmLabel="ow.fees.collectConfirm"
      busy={collect.isPending}
      disabled={!lines.length || paidFen === null || paidFen > dueFen || (exempt && !reason.trim())}
      onClose={onClose}
      onConfirm={() => collect.mutate()}
      testId="collect-fee-dialog"
    >
      <Stack spacing={2} sx={{ pt: 1 }}>
        {standards.map((s) => (
          <Stack key={s.code} direction="row" spacing={2} sx={{ alignItems: 'center' }}>
            <Typography sx={{ flex: 1 }}>
              {s.name}（{translate('ow.fees.perUnit', { amount: yuanText(s.amountFen), unit: s.unit })}）
            </Typography>
            <TextField
              size="small"
              type="number"
              label={translate('ow.fees.quantity')}
              value={quantities[s.code]}
              onChange={(e) => setQuantities({ ...quantities, [s.code]: e.target.value })}
              sx={{ width: 100 }}
              slotProps={{ htmlInput: { min: 0, max: 100, 'data-testid': `quantity-${s.code}` } }}
            />
          </Stack>
        ))}
        <Typography data-testid="fee-due">{translate('ow.fees.dueTotal', { amount: yuanText(dueFen) })}</Typography>
        <TextField
          size="small"
          label={translate('ow.fees.paidYuan')}
          value={paid ?? yuanText(dueFen)}
          onChange={(e) => setPaid(e.target.value)}
          error={paidFen === null || paidFen > dueFen}
          helperText={translate(exempt ? 'ow.fees.exemptHint' : 'ow.fees.paidHint')}
          slotProps={{ htmlInput: { 'data-testid': 'fee-paid' } }}
        />
        {paidFen !== 0 && (
          <TextField
            select
            size="small"
            label={translate('ow.fees.method')}
            value={method}
            onChange={(e) => setMethod(e.target.value)}
          >
            {PAYMENT_METHODS.map((m) => (
              <MenuItem key={m} value={m}>
                {translate(`ow.fees.methods.${m}`)}
              </MenuItem>
            ))}
          </TextField>
        )}
        {exempt && (
          <TextField
            size="small"
            multiline
            required
            label={translate('ow.fees.exemptReason')}
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            slotProps={{ htmlInput: { 'data-testid': 'exempt-reason' } }}
          />
        )}
      </Stack>
    </ActionDialog>
  );
};
