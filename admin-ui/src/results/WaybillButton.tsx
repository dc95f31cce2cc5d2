import { useState } from 'react';
import { Button, MenuItem, Stack, TextField } from '@mui/material';
import LocalShippingIcon from '@mui/icons-material/LocalShipping';
import { useDataProvider, useTranslate } from 'react-admin';
import { ActionDialog } from '../shared/ActionDialog';
import { useGuardedAction } from '../shared/useGuardedAction';
import type { ResultDataProvider } from './dataProvider';
import { CARRIER_CODES, type MatterDelivery } from './types';

/** 邮寄单号: the carrier and the waybill's number of a mailed result, entered or corrected; the server checks the shape. */
export const WaybillButton = ({ matterId, delivery }: { matterId: string; delivery: MatterDelivery }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ResultDataProvider>();
  const { run, busy } = useGuardedAction('ow.results.notifications.failed', ['matters']);
  const [open, setOpen] = useState(false);
  const [carrier, setCarrier] = useState(delivery.carrier ?? 'EMS');
  const [trackingNo, setTrackingNo] = useState(delivery.trackingNo ?? '');
  const submit = () =>
    run(
      () => dataProvider.setWaybill(matterId, { carrier, trackingNo: trackingNo.trim() }),
      'ow.results.notifications.waybillSaved',
      () => setOpen(false),
    );
  return (
    <>
      <Button size="small" startIcon={<LocalShippingIcon />} onClick={() => setOpen(true)} data-testid="waybill">
        {translate(delivery.trackingNo ? 'ow.results.actions.correctWaybill' : 'ow.results.actions.enterWaybill')}
      </Button>
      <ActionDialog
        open={open}
        title="ow.results.waybill.title"
        confirmLabel="ow.results.waybill.confirm"
        busy={busy}
        disabled={!trackingNo.trim()}
        onClose={() => setOpen(false)}
        onConfirm={() => void submit()}
        testId="waybill-dialog"
      >
        <Stack spacing={2} sx={{ mt: 1 }}>
          <TextField
            select
            label={translate('ow.results.waybill.carrier')}
            value={carrier}
            onChange={(e) => setCarrier(e.target.value)}
            slotProps={{ htmlInput: { name: 'carrier' } }}
          >
            {CARRIER_CODES.map((code) => (
              <MenuItem key={code} value={code}>
                {translate(`ow.results.carriers.${code}`)}
              </MenuItem>
            ))}
          </TextField>
          <TextField
            label={translate('ow.results.waybill.trackingNo')}
            helperText={translate('ow.results.waybill.trackingHelp')}
            value={trackingNo}
            onChange={(e) => setTrackingNo(e.target.value)}
            slotProps={{ htmlInput: { name: 'trackingNo', maxLength: 40 } }}
          />
        </Stack>
      </ActionDialog>
    </>
  );
};
