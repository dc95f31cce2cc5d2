import { Box, List, ListItem, ListItemText, Typography } from '@mui/material';
import { useLocaleState, useRecordContext, useTranslate } from 'react-admin';
import { formatSize } from './size';
import type { BackupSummary, OperationRun, ReconcileReport } from './types';

/** What a run did: a backup's parts, a reconcile's repairs and findings (with what to do), a failure's message. */
export const RunDetail = () => {
  const run = useRecordContext<OperationRun>();
  const translate = useTranslate();
  const [locale] = useLocaleState();
  if (!run) return null;
  const zh = locale.startsWith('zh');
  return (
    <Box sx={{ px: 2, py: 1 }} data-testid="run-detail">
      {run.error && (
        <Typography color="error" variant="body2" sx={{ mb: 1 }}>
          {run.error}
        </Typography>
      )}
      {run.kind === 'BACKUP' && run.summary && <BackupParts summary={run.summary as BackupSummary} />}
      {run.kind === 'RECONCILE' && run.summary && 'repaired' in run.summary && (
        <ReconcileDetail report={run.summary as ReconcileReport} zh={zh} />
      )}
      {run.kind === 'RESTORE' && (
        <Typography variant="body2">
          {translate('resources.backups.restoredFrom', { archive: run.archive ?? '' })}
        </Typography>
      )}
    </Box>
  );
};

const BackupParts = ({ summary }: { summary: BackupSummary }) => {
  const translate = useTranslate();
  return (
    <List dense disablePadding>
      {summary.parts.map((part) => (
        <ListItem key={part.name} disableGutters>
          <ListItemText
            primary={translate(`resources.backups.parts.${part.name}`)}
            secondary={translate('resources.backups.partLine', {
              files: part.files,
              size: formatSize(part.size),
              at: part.takenAt,
            })}
          />
        </ListItem>
      ))}
      {summary.s3Uri && (
        <ListItem disableGutters>
          <ListItemText primary={summary.s3Uri} />
        </ListItem>
      )}
    </List>
  );
};

const ReconcileDetail = ({ report, zh }: { report: ReconcileReport; zh: boolean }) => {
  const translate = useTranslate();
  return (
    <>
      <Typography variant="body2" sx={{ mb: 1 }}>
        {translate('resources.backups.reconcileLine', {
          matters: report.checkedMatters,
          repaired: report.repaired.length,
          restarted: report.restarted.length,
          findings: report.findings.length,
        })}
      </Typography>
      <List dense disablePadding>
        {report.repaired.map((m) => (
          <ListItem key={m.matterId} disableGutters alignItems="flex-start">
            <ListItemText primary={m.receiptNo} secondary={m.described.map((d) => (zh ? d.zh : d.en)).join('; ')} />
          </ListItem>
        ))}
        {report.restarted.map((m) => (
          <ListItem key={m.matterId} disableGutters>
            <ListItemText primary={m.receiptNo} secondary={translate('resources.backups.restarted')} />
          </ListItem>
        ))}
        {report.findings.map((f, i) => (
          <ListItem key={`${f.workflowId}-${i}`} disableGutters alignItems="flex-start">
            <ListItemText
              primary={zh ? f.zh : f.en}
              secondary={`${translate('resources.backups.whatToDo')}: ${zh ? f.actionZh : f.actionEn}`}
              slotProps={{ primary: { color: 'warning.main' } }}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
};
