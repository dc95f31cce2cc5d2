import { Alert, Box, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import BackupIcon from '@mui/icons-material/BackupOutlined';
import SyncIcon from '@mui/icons-material/Sync';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useDataProvider, useLocaleState, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { BackupMethods } from './dataProvider';
import { RunStatusChip } from './RunStatusChip';
import { formatSize } from './size';
import type { OperationRun, ReconcileReport } from './types';

const when = (iso: string | null | undefined, locale: string) => (iso ? new Date(iso).toLocaleString(locale) : '—');

const LastRun = ({ title, run, line }: { title: string; run: OperationRun | null; line?: string }) => {
  const translate = useTranslate();
  const [locale] = useLocaleState();
  return (
    <Card variant="outlined" sx={{ flex: 1, minWidth: 240 }}>
      <CardContent>
        <Typography variant="subtitle2" component="h2">
          {translate(title)}
        </Typography>
        {run ? (
          <Stack spacing={0.5} sx={{ mt: 1 }}>
            <Box>
              <RunStatusChip status={run.status} />
            </Box>
            <Typography variant="body2">{when(run.finishedAt ?? run.startedAt, locale)}</Typography>
            {line && <Typography variant="body2">{line}</Typography>}
            {run.error && (
              <Typography variant="body2" color="error">
                {run.error}
              </Typography>
            )}
          </Stack>
        ) : (
          <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
            {translate('resources.backups.never')}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
};

/** The top of the backups page: the last backup, reconcile and restore, the settings, and the two actions. */
export const BackupsOverview = () => {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<BackupMethods & ReturnType<typeof useDataProvider>>();
  const { data, refetch } = useQuery({
    queryKey: ['backups', 'overview'],
    queryFn: () => dataProvider.backupsOverview(),
  });
  const started = (message: string) => () => {
    notify(message, { type: 'info' });
    void refetch();
    refresh();
  };
  const failed = (e: Error) =>
    notify('resources.backups.notifications.failed', { type: 'error', messageArgs: { detail: e.message } });
  const backup = useMutation({
    mutationFn: () => dataProvider.startBackup(),
    onSuccess: started('resources.backups.notifications.backupStarted'),
    onError: failed,
  });
  const reconcile = useMutation({
    mutationFn: () => dataProvider.startReconcile(),
    onSuccess: started('resources.backups.notifications.reconcileStarted'),
    onError: failed,
  });
  if (!data) return null;
  const report = data.lastReconcile?.summary as ReconcileReport | null | undefined;
  const { settings } = data;
  return (
    <Stack spacing={2} sx={{ mb: 2, mt: 1 }} data-testid="backups-overview">
      {data.lastBackup?.status === 'FAILED' && (
        <Alert severity="error">
          {translate('resources.backups.lastFailed', { error: data.lastBackup.error ?? '' })}
        </Alert>
      )}
      {!settings.passphraseSet && <Alert severity="warning">{translate('resources.backups.noPassphrase')}</Alert>}
      <Stack direction="row" spacing={2} sx={{ flexWrap: 'wrap' }} useFlexGap>
        <LastRun
          title="resources.backups.lastBackup"
          run={data.lastBackup}
          line={data.lastBackup?.sizeBytes ? formatSize(data.lastBackup.sizeBytes) : undefined}
        />
        <LastRun
          title="resources.backups.lastReconcile"
          run={data.lastReconcile}
          line={
            report && 'repaired' in report
              ? translate('resources.backups.reconcileLine', {
                  matters: report.checkedMatters,
                  repaired: report.repaired.length,
                  restarted: report.restarted.length,
                  findings: report.findings.length,
                })
              : undefined
          }
        />
        <LastRun
          title="resources.backups.lastRestore"
          run={data.lastRestore}
          line={data.lastRestore?.archive ?? undefined}
        />
      </Stack>
      <Typography variant="body2" color="text.secondary">
        {translate('resources.backups.settingsLine', {
          schedule:
            settings.schedule === 'off'
              ? translate('resources.backups.scheduleOff')
              : `${settings.schedule} (${settings.timezone})`,
          keep: settings.keep,
          folder: settings.folder,
          s3: settings.s3 ?? translate('resources.backups.noS3'),
          alerts: settings.alertEmails,
        })}
      </Typography>
      <Stack direction="row" spacing={1}>
        <Button
          variant="contained"
          startIcon={<BackupIcon />}
          disabled={backup.isPending || !settings.passphraseSet}
          onClick={() => backup.mutate()}
          data-testid="backup-now"
        >
          {translate('resources.backups.actions.backup')}
        </Button>
        <Button
          variant="outlined"
          startIcon={<SyncIcon />}
          disabled={reconcile.isPending}
          onClick={() => reconcile.mutate()}
          data-testid="reconcile-now"
        >
          {translate('resources.backups.actions.reconcile')}
        </Button>
      </Stack>
    </Stack>
  );
};
