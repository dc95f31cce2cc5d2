import { useState } from 'react';
import { Alert, Box, Button, Stack, Table, TableBody, TableCell, TableHead, TableRow, Typography } from '@mui/material';
import PaymentsIcon from '@mui/icons-material/PaymentsOutlined';
import { useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import { useQuery } from '@tanstack/react-query';
import { Link } from 'react-router-dom';
import { yuanText } from '../../../domain/money';
import { SectionCard } from '../matters/SectionCard';
import { formatInstant } from '../shared/chinaDate';
import { useHasRole } from '../shared/roles';
import { CollectFeeDialog } from './CollectFeeDialog';
import type { FeeDataProvider } from './dataProvider';

/** 收费 on the matter's page: what the item charges, what was collected (with its receipt), and the collect button. */
export const MatterFeesSection = ({ matterId }: { matterId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const canCollect = useHasRole('CLERK', 'AGENT');
  const dataProvider = useDataProvider<FeeDataProvider>();
  const [collecting, setCollecting] = useState(false);
  const fees = useQuery({
    queryKey: ['fees', 'matter', matterId],
    queryFn: () => dataProvider.getMatterFees(matterId),
  });
  const data = fees.data;
  return (
    <SectionCard
      title="ow.fees.section"
      testId="matter-fees"
      action={
        canCollect &&
        data &&
        !data.free && (
          <Button
            size="small"
            startIcon={<PaymentsIcon />}
            onClick={() => setCollecting(true)}
            data-testid="collect-fee"
          >
            {translate('ow.fees.collect')}
          </Button>
        )
      }
    >
      {fees.error && <Alert severity="error">{fees.error.message}</Alert>}
      {data?.free && <Typography variant="body2">{translate('ow.fees.free')}</Typography>}
      {data && !data.free && data.payments.length === 0 && (
        <Typography variant="body2" color="text.secondary">
          {translate('ow.fees.none')}
        </Typography>
      )}
      {data && data.payments.length > 0 && (
        <Box sx={{ overflowX: 'auto' }}>
          <Table size="small" data-testid="fee-payments">
            <TableHead>
              <TableRow>
                <TableCell>{translate('ow.fees.receiptNo')}</TableCell>
                <TableCell>{translate('ow.fees.paid')}</TableCell>
                <TableCell>{translate('ow.fees.method')}</TableCell>
                <TableCell>{translate('ow.fees.at')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {data.payments.map((p) => (
                <TableRow key={p.id}>
                  <TableCell>
                    <Link to={`/print/fee/${p.id}`}>{p.receiptNo}</Link>
                  </TableCell>
                  <TableCell>
                    <Stack>
                      <span>{yuanText(p.paidFen)}</span>
                      {p.exemptFen > 0 && (
                        <Typography variant="caption" color="text.secondary">
                          {translate('ow.fees.exemptNote', { amount: yuanText(p.exemptFen), reason: p.exemptReason })}
                        </Typography>
                      )}
                    </Stack>
                  </TableCell>
                  <TableCell>{translate(`ow.fees.methods.${p.method}`)}</TableCell>
                  <TableCell>{formatInstant(p.paidAt, locale)}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </Box>
      )}
      {data && collecting && (
        <CollectFeeDialog
          matterId={matterId}
          standards={data.standards}
          open
          onClose={() => setCollecting(false)}
          onDone={() => {
            setCollecting(false);
            void fees.refetch();
          }}
        />
      )}
    </SectionCard>
  );
};
