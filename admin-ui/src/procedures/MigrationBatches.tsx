import { useState } from 'react';
import { Box, Button, LinearProgress, Stack, Typography } from '@mui/material';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useNotify, useTranslate } from 'react-admin';
import { formatInstant } from '../shared/chinaDate';
import type { ProcedureDataProvider } from './dataProvider';
import type { MigrationBatch } from './types';

const BatchReport = ({ batchId }: { batchId: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<ProcedureDataProvider>();
  const { data } = useQuery({
    queryKey: ['migrations', batchId],
    queryFn: () => dataProvider.getMigrationBatch(batchId),
  });
  return (
    <Box sx={{ pl: 2 }} data-testid="migration-report">
      {data?.items?.map((item) => (
        <Typography key={item.matterId} variant="body2">
          {`${item.receiptNo} · ${translate(`resources.procedures.migration.outcomes.${item.outcome}`)}`}
          {(locale.startsWith('zh') ? item.reasonZh : item.reasonEn) &&
            ` · ${locale.startsWith('zh') ? item.reasonZh : item.reasonEn}`}
        </Typography>
      ))}
    </Box>
  );
};

const BatchLine = ({ batch, onChange }: { batch: MigrationBatch; onChange: () => void }) => {
  const translate = useTranslate();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const [open, setOpen] = useState(false);
  const dataProvider = useDataProvider<ProcedureDataProvider>();
  const { progress } = batch;
  const act = useMutation({
    mutationFn: (action: 'pause' | 'resume') => dataProvider.pauseOrResumeMigration(batch.id, action),
    onSuccess: onChange,
    onError: (e: Error) => notify(e.message, { type: 'error' }),
  });
  const state = progress.finished ? 'finished' : progress.paused ? 'paused' : 'running';
  return (
    <Stack spacing={0.5} data-testid="migration-batch">
      <Typography variant="body2">
        {translate('resources.procedures.migration.batchLine', {
          from: batch.fromVersion,
          to: batch.toVersion,
          at: formatInstant(batch.createdAt, locale),
          by: batch.createdByName ?? '—',
          state: translate(`resources.procedures.migration.states.${state}`),
        })}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={progress.total ? (100 * progress.done) / progress.total : 100}
        aria-label={translate('resources.procedures.migration.progress')}
      />
      <Typography variant="body2" color="text.secondary">
        {translate('resources.procedures.migration.counts', { ...progress })}
      </Typography>
      <Stack direction="row" spacing={1}>
        {!progress.finished && (
          <Button
            size="small"
            disabled={act.isPending}
            onClick={() => act.mutate(progress.paused ? 'resume' : 'pause')}
          >
            {translate(`resources.procedures.migration.${progress.paused ? 'resume' : 'pause'}`)}
          </Button>
        )}
        <Button size="small" onClick={() => setOpen(!open)}>
          {translate(`resources.procedures.migration.${open ? 'hideReport' : 'showReport'}`)}
        </Button>
      </Stack>
      {open && <BatchReport batchId={batch.id} />}
    </Stack>
  );
};

/** The procedure's migration batches, newest first, with live progress while one runs. */
export const MigrationBatches = ({ procedureId }: { procedureId: string }) => {
  const translate = useTranslate();
  const dataProvider = useDataProvider<ProcedureDataProvider>();
  const { data, refetch } = useQuery({
    queryKey: ['procedures', procedureId, 'migrations'],
    queryFn: () => dataProvider.getMigrationBatches(procedureId),
    refetchInterval: (query) =>
      query.state.data?.data.some((b) => !b.progress.finished && !b.progress.paused) ? 1000 : false,
  });
  if (!data?.data.length) return null;
  return (
    <Stack spacing={2}>
      <Typography variant="subtitle2">{translate('resources.procedures.migration.batches')}</Typography>
      {data.data.map((batch) => (
        <BatchLine key={batch.id} batch={batch} onChange={() => void refetch()} />
      ))}
    </Stack>
  );
};
