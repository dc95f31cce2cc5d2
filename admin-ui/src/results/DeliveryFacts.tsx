import { Box, Stack, Typography } from '@mui/material';
import { useLocaleState, useTranslate } from 'react-admin';
import { formatInstant } from '../shared/chinaDate';
import type { MatterDelivery } from './types';

/** 送达: how the result went to the applicant; for mail, the carrier and tracking number (or that they are owed). */
export const DeliveryFacts = ({ delivery }: { delivery: MatterDelivery }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const rows: Array<[string, string]> = [
    ['ow.results.delivery.method', translate(`ow.shared.delivery.${delivery.method}`, { _: delivery.method })],
  ];
  if (delivery.method === 'MAIL') {
    rows.push([
      'ow.results.delivery.carrier',
      delivery.carrier ? translate(`ow.results.carriers.${delivery.carrier}`, { _: delivery.carrier }) : '—',
    ]);
    rows.push(['ow.results.delivery.trackingNo', delivery.trackingNo ?? translate('ow.results.delivery.awaiting')]);
  }
  if (delivery.signedBy) rows.push(['ow.results.delivery.signedBy', delivery.signedBy]);
  if (delivery.terminalCode) rows.push(['ow.results.delivery.terminalCode', delivery.terminalCode]);
  rows.push(['ow.results.delivery.at', formatInstant(delivery.deliveredAt, locale)]);
  return (
    <Box
      sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, rowGap: 0.5 }}
      data-testid="delivery-facts"
    >
      {rows.map(([label, value]) => (
        <Stack key={label} sx={{ display: 'contents' }}>
          <Typography variant="body2" color="text.secondary">
            {translate(label)}
          </Typography>
          <Typography variant="body2" sx={{ wordBreak: 'break-all' }}>
            {value}
          </Typography>
        </Stack>
      ))}
    </Box>
  );
};
