import { Box, Stack, Typography } from '@mui/material';
import { useTranslate } from 'react-admin';
import { yuanText } from '../../../domain/money';
import type { ItemFees } from './types';

/** An item's fee lines with standard and basis, or 不收费. */
export const FeeLines = ({ fees, showBasis = true }: { fees: ItemFees; showBasis?: boolean }) => {
  const translate = useTranslate();
  if (fees.free)
    return (
      <Typography color="success.main" data-testid="fee-free">
        {translate('ow.open.fees.free')}
      </Typography>
    );
  return (
    <Stack spacing={1} data-testid="fee-lines">
      {fees.lines.map((line) => (
        <Box key={`${line.name}-${line.unit}`}>
          <Typography sx={{ fontWeight: 600 }}>
            {line.name}：{translate('ow.open.fees.amount', { amount: yuanText(line.amountFen), unit: line.unit })}
          </Typography>
          {showBasis && (
            <Typography variant="body2" color="text.secondary">
              {translate('ow.open.fees.basis')}：{line.basis}
            </Typography>
          )}
        </Box>
      ))}
    </Stack>
  );
};
