import { useState } from 'react';
import { Alert, Box, Button, IconButton, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import DeleteIcon from '@mui/icons-material/DeleteOutlined';
import EditIcon from '@mui/icons-material/EditOutlined';
import { useDataProvider, useNotify, useTranslate } from 'react-admin';
import { useMutation, useQuery } from '@tanstack/react-query';
import { fenOfYuan, yuanText } from '../../../domain/money';
import { ActionDialog } from '../shared/ActionDialog';
import { useHasRole } from '../shared/roles';
import type { FeeDataProvider } from './dataProvider';
import type { FeeStandard } from './types';

interface Row {
  code: string;
  name: string;
  yuan: string;
  unit: string;
  basis: string;
}
const toRow = (l: FeeStandard): Row => ({ ...l, yuan: yuanText(l.amountFen) });
const EMPTY: Row = { code: '', name: '', yuan: '', unit: '', basis: '' };

const FeeLinesText = ({ lines }: { lines: FeeStandard[] }) => {
  const translate = useTranslate();
  if (!lines.length) return <Typography variant="body2">{translate('ow.fees.free')}</Typography>;
  return (
    <Stack spacing={1} data-testid="item-fee-lines">
      {lines.map((l) => (
        <Box key={l.code}>
          <Typography variant="body2" sx={{ fontWeight: 600 }}>
            {l.name}：{translate('ow.fees.perUnit', { amount: yuanText(l.amountFen), unit: l.unit })}
          </Typography>
          <Typography variant="caption" color="text.secondary">
            {translate('ow.fees.basis')}：{l.basis}
          </Typography>
        </Box>
      ))}
    </Stack>
  );
};

/** 收费标准 on the item's page: the lines with standard and basis; admins edit them (no lines: 不收费). */
export const FeeStandardsSection = ({ itemCode }: { itemCode: string }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const isAdmin = useHasRole('ADMIN');
  const dataProvider = useDataProvider<FeeDataProvider>();
  const fees = useQuery({ queryKey: ['fees', 'item', itemCode], queryFn: () => dataProvider.getItemFees(itemCode) });
  const [rows, setRows] = useState<Row[] | null>(null);
  const badAmount = rows?.some((r) => fenOfYuan(r.yuan) === null) ?? false;
  const save = useMutation({
    mutationFn: () =>
      dataProvider.saveItemFees(
        itemCode,
        (rows ?? []).map((r) => ({ ...r, amountFen: fenOfYuan(r.yuan) ?? 0 })),
      ),
    onSuccess: () => {
      setRows(null);
      notify('ow.fees.standardsSaved', { type: 'success' });
      void fees.refetch();
    },
    onError: (e: Error) => notify('ow.fees.failed', { type: 'error', messageArgs: { detail: e.message } }),
  });
  const set = (i: number, patch: Partial<Row>) => setRows(rows!.map((r, j) => (j === i ? { ...r, ...patch } : r)));
  return (
    <Box data-testid="fee-standards">
      <Stack direction="row" sx={{ alignItems: 'center', mb: 1 }}>
        <Typography variant="subtitle2" sx={{ flex: 1 }}>
          {translate('ow.fees.standards')}
        </Typography>
        {isAdmin && fees.data && (
          <Button size="small" startIcon={<EditIcon />} onClick={() => setRows(fees.data.lines.map(toRow))}>
            {translate('ow.fees.editStandards')}
          </Button>
        )}
      </Stack>
      {fees.data && <FeeLinesText lines={fees.data.lines} />}
      {fees.error && <Alert severity="error">{fees.error.message}</Alert>}
      <ActionDialog
        open={rows !== null}
        title="ow.fees.editStandards"
        confirmLabel="ra.action.save"
        busy={save.isPending}
        disabled={badAmount}
        onClose={() => setRows(null)}
        onConfirm={() => save.mutate()}
        testId="fee-standards-dialog"
      >
        <Stack spacing={2} sx={{ pt: 1 }}>
          <Typography variant="body2" color="text.secondary">
            {translate('ow.fees.standardsHint')}
          </Typography>
          {rows?.map((r, i) => (
            <Stack key={i} spacing={1} sx={{ border: 1, borderColor: 'divider', borderRadius: 1, p: 1 }}>
              <Stack direction="row" spacing={1}>
                <TextField
                  size="small"
                  label={translate('ow.fees.code')}
                  value={r.code}
                  onChange={(e) => set(i, { code: e.target.value })}
                />
                <TextField
                  size="small"
                  label={translate('ow.fees.name')}
                  value={r.name}
                  onChange={(e) => set(i, { name: e.target.value })}
                  sx={{ flex: 1 }}
                />
                <IconButton
                  aria-label={translate('ra.action.delete')}
                  onClick={() => setRows(rows.filter((_, j) => j !== i))}
                >
                  <DeleteIcon />
                </IconButton>
              </Stack>
              <Stack direction="row" spacing={1}>
                <TextField
                  size="small"
                  label={translate('ow.fees.amountYuan')}
                  value={r.yuan}
                  error={fenOfYuan(r.yuan) === null}
                  helperText={fenOfYuan(r.yuan) === null ? translate('ow.fees.amountInvalid') : undefined}
                  onChange={(e) => set(i, { yuan: e.target.value })}
                />
                <TextField
                  size="small"
                  label={translate('ow.fees.unit')}
                  value={r.unit}
                  onChange={(e) => set(i, { unit: e.target.value })}
                />
              </Stack>
              <TextField
                size="small"
                multiline
                label={translate('ow.fees.basis')}
                value={r.basis}
                onChange={(e) => set(i, { basis: e.target.value })}
              />
            </Stack>
          ))}
          <Box>
            <Button startIcon={<AddIcon />} onClick={() => setRows([...(rows ?? []), EMPTY])}>
              {translate('ow.fees.addLine')}
            </Button>
          </Box>
        </Stack>
      </ActionDialog>
    </Box>
  );
};
