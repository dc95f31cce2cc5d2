import { useState } from 'react';
import {
  Alert,
  Box,
  Button,
  MenuItem,
  Stack,
  Table,
  TableBody,
  TableCell,
  TableHead,
  TableRow,
  TextField,
  Typography,
} from '@mui/material';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import type { ProcedureDataProvider } from './dataProvider';
import { MigrationBatches } from './MigrationBatches';
import type { MigrationDryRunItem, MigrationNote, ProcedureDetail } from './types';

const GONE = '';

/** One note in the console's language. */
export const noteText = (note: MigrationNote, locale: string) => (locale.startsWith('zh') ? note.zh : note.en);

/**
 * 版本迁移: pick the source and target versions; the elements the running matters stand on are proposed the same id
 * (or none, where the target lacks it) and can be mapped to another; the dry run lists each matter; the batch starts.
 */
export const MigrationPanel = ({ procedure }: { procedure: ProcedureDetail }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<ProcedureDataProvider>();
  const queryClient = useQueryClient();
  const versions = procedure.versions.map((v) => v.version).sort((a, b) => a - b);
  const [fromVersion, setFrom] = useState(versions.at(-2) ?? 0);
  const [toVersion, setTo] = useState(versions.at(-1) ?? 0);
  const [choices, setChoices] = useState<Record<string, string>>({});
  const [dryRun, setDryRun] = useState<MigrationDryRunItem[]>();
  const pairOk = fromVersion > 0 && toVersion > 0 && fromVersion !== toVersion;
  const proposal = useQuery({
    queryKey: ['procedures', procedure.id, 'migration-proposal', fromVersion, toVersion],
    queryFn: () => dataProvider.getMigrationProposal(procedure.id, fromVersion, toVersion),
    enabled: pairOk,
    gcTime: 0,
  });
  const elements = proposal.data?.elements ?? [];
  const targetOf = (nodeId: string, proposed: string | null) => choices[nodeId] ?? proposed ?? GONE;
  const mapping = Object.fromEntries(
    elements.flatMap((e) => {
      const target = targetOf(e.nodeId, e.proposed);
      return target !== GONE && target !== e.nodeId ? [[e.nodeId, target]] : [];
    }),
  );
  const request = { fromVersion, toVersion, mapping };
  const failed = (e: Error) => notify(e.message, { type: 'error' });
  const run = useMutation({
    mutationFn: () => dataProvider.dryRunMigration(procedure.id, request),
    onSuccess: (answer) => setDryRun(answer.items),
    onError: failed,
  });
  const start = useMutation({
    mutationFn: () => dataProvider.startMigration(procedure.id, request),
    onSuccess: () => {
      notify('resources.procedures.migration.started', { type: 'info' });
      setDryRun(undefined);
      void proposal.refetch();
      void queryClient.invalidateQueries({ queryKey: ['procedures', procedure.id, 'migrations'] });
    },
    onError: failed,
  });
  const pick = (label: string, value: number, set: (v: number) => void) => (
    <TextField
      select
      size="small"
      label={translate(label)}
      value={value || ''}
      onChange={(e) => {
        set(Number(e.target.value));
        setChoices({});
        setDryRun(undefined);
      }}
      sx={{ minWidth: 120 }}
    >
      {versions.map((v) => (
        <MenuItem key={v} value={v}>{`v${v}`}</MenuItem>
      ))}
    </TextField>
  );
  const migratable = dryRun?.filter((i) => i.migratable).length ?? 0;

  return (
    <Stack spacing={2} data-testid="migration-panel">
      <Typography variant="body2" color="text.secondary">
        {translate('resources.procedures.migration.help')}
      </Typography>
      <Stack direction="row" spacing={2}>
        {pick('resources.procedures.migration.from', fromVersion, setFrom)}
        {pick('resources.procedures.migration.to', toVersion, setTo)}
      </Stack>
      {!pairOk && <Alert severity="info">{translate('resources.procedures.migration.pickTwo')}</Alert>}
      {proposal.error && <Alert severity="error">{(proposal.error as Error).message}</Alert>}
      {pairOk && proposal.data && (
        <>
          <Typography variant="body2">
            {translate('resources.procedures.migration.running', {
              count: proposal.data.matters,
              from: fromVersion,
            })}
            {proposal.data.unread > 0 &&
              ` ${translate('resources.procedures.migration.unread', { count: proposal.data.unread })}`}
          </Typography>
          {elements.length > 0 && (
            <Table size="small" data-testid="migration-mapping">
              <TableHead>
                <TableRow>
                  <TableCell>{translate('resources.procedures.migration.sourceElement')}</TableCell>
                  <TableCell>{translate('resources.procedures.migration.matters')}</TableCell>
                  <TableCell>{translate('resources.procedures.migration.targetElement')}</TableCell>
                </TableRow>
              </TableHead>
              <TableBody>
                {elements.map((e) => (
                  <TableRow key={e.nodeId}>
                    <TableCell>{`${e.name} (${e.nodeId})`}</TableCell>
                    <TableCell>{e.matters}</TableCell>
                    <TableCell>
                      <TextField
                        select
                        size="small"
                        value={targetOf(e.nodeId, e.proposed)}
                        onChange={(ev) => {
                          setChoices({ ...choices, [e.nodeId]: ev.target.value });
                          setDryRun(undefined);
                        }}
                        slotProps={{ select: { displayEmpty: true }, htmlInput: { 'data-testid': `map-${e.nodeId}` } }}
                        sx={{ minWidth: 240 }}
                      >
                        <MenuItem value={GONE}>{translate('resources.procedures.migration.unmapped')}</MenuItem>
                        {proposal.data.targets.map((t) => (
                          <MenuItem key={t.nodeId} value={t.nodeId}>{`${t.name} (${t.nodeId})`}</MenuItem>
                        ))}
                      </TextField>
                    </TableCell>
                  </TableRow>
                ))}
              </TableBody>
            </Table>
          )}
          <Box>
            <Button
              variant="outlined"
              disabled={proposal.data.matters === 0 || run.isPending}
              onClick={() => run.mutate()}
            >
              {translate('resources.procedures.migration.dryRun')}
            </Button>
          </Box>
        </>
      )}
      {dryRun && (
        <>
          <Table size="small" data-testid="migration-dry-run">
            <TableHead>
              <TableRow>
                <TableCell>{translate('resources.procedures.migration.receiptNo')}</TableCell>
                <TableCell>{translate('resources.procedures.migration.result')}</TableCell>
              </TableRow>
            </TableHead>
            <TableBody>
              {dryRun.map((item) => (
                <TableRow key={item.matterId}>
                  <TableCell>{item.receiptNo}</TableCell>
                  <TableCell>
                    <Typography variant="body2" color={item.migratable ? 'success.main' : 'error'}>
                      {translate(`resources.procedures.migration.${item.migratable ? 'willMigrate' : 'refused'}`)}
                    </Typography>
                    {[...item.refusals, ...item.outcome].map((n, i) => (
                      <Typography key={i} variant="body2">
                        {noteText(n, locale)}
                      </Typography>
                    ))}
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <Box>
            <Button variant="contained" disabled={migratable === 0 || start.isPending} onClick={() => start.mutate()}>
              {translate('resources.procedures.migration.start', { count: migratable })}
            </Button>
          </Box>
        </>
      )}
      <MigrationBatches procedureId={procedure.id} />
    </Stack>
  );
};
