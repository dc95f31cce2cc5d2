import { Paper, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import type { PublicCentre } from './types';

const Row = ({ label, value, testId }: { label: string; value: string; testId?: string }) => {
  const translate = useTranslate();
  if (!value) return null;
  return (
    <Typography variant="body2" data-testid={testId}>
      <strong>{translate(label)}：</strong>
      {value}
    </Typography>
  );
};

/** Where and when: the centre's address, hours, enquiry and complaint phones. */
export const CentreCard = ({ centre }: { centre: PublicCentre }) => {
  const translate = useTranslate();
  return (
    <Paper sx={{ p: 2 }} data-testid="centre-card">
      <Typography sx={{ fontWeight: 600, mb: 1 }}>{centre.name}</Typography>
      <Stack spacing={0.5}>
        <Row label="ow.open.centre.address" value={centre.address} />
        <Row label="ow.open.centre.hours" value={centre.hours} />
        <Row label="ow.open.centre.phone" value={centre.phone} />
        <Row label="ow.open.centre.complaintPhone" value={centre.complaintPhone} testId="complaint-phone" />
      </Stack>
      {!centre.address && <Typography color="text.secondary">{translate('ow.open.centre.unset')}</Typography>}
    </Paper>
  );
};
