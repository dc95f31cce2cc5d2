import { Typography } from '@mui/material';
import { useTranslate } from 'react-admin';

/** The public lookup's delivery lines: how the result comes, and for mail the carrier and tracking number. */
export const PublicDelivery = ({
  delivery,
}: {
  delivery?: { method: string; carrierName: string | null; trackingNo: string | null } | null;
}) => {
  const translate = useTranslate();
  if (!delivery) return null;
  return (
    <>
      <Typography color="text.secondary">{translate('ow.results.publicDelivery.method')}</Typography>
      <Typography data-testid="public-delivery">
        {translate(`ow.shared.delivery.${delivery.method}`, { _: delivery.method })}
      </Typography>
      {delivery.method === 'MAIL' && (
        <>
          <Typography color="text.secondary">{translate('ow.results.publicDelivery.waybill')}</Typography>
          <Typography data-testid="public-waybill" sx={{ wordBreak: 'break-all' }}>
            {delivery.trackingNo
              ? `${delivery.carrierName ?? ''} ${delivery.trackingNo}`.trim()
              : translate('ow.results.publicDelivery.awaiting')}
          </Typography>
        </>
      )}
    </>
  );
};
