import { DataTable, List, SelectInput, useRecordContext, useTranslate } from 'react-admin';
import { Typography } from '@mui/material';
import { EmptyState, ErrorState } from '../layout/States';
import { LocalDateField } from '../layout/LocalDateField';
import { BackupsOverview } from './BackupsOverview';
import { RunDetail } from './RunDetail';
import { RunStatusChip } from './RunStatusChip';
import { formatSize } from './size';
import type { OperationRun } from './types';

const KINDS = ['BACKUP', 'RECONCILE', 'RESTORE'] as const;

const KindFilter = () => {
  const translate = useTranslate();
  return (
    <SelectInput
      source="kind"
      label="resources.backups.fields.kind"
      choices={KINDS.map((k) => ({ id: k, name: translate(`resources.backups.kinds.${k}`) }))}
      alwaysOn
    />
  );
};

const Kind = () => {
  const run = useRecordContext<OperationRun>();
  const translate = useTranslate();
  return run ? <Typography variant="body2">{translate(`resources.backups.kinds.${run.kind}`)}</Typography> : null;
};

const Trigger = () => {
  const run = useRecordContext<OperationRun>();
  const translate = useTranslate();
  return run ? (
    <Typography variant="body2">
      {translate(`resources.backups.triggers.${run.trigger}`, { _: run.trigger })}
    </Typography>
  ) : null;
};

/** 备份与恢复 (ADMIN): the last backup, reconcile and restore, the actions, and every run with what it did. */
export const BackupsPage = () => (
  <>
    <BackupsOverview />
    <List
      filters={[<KindFilter key="kind" />]}
      empty={<EmptyState message="resources.backups.empty" />}
      error={<ErrorState message="resources.backups.error" />}
      sort={{ field: 'startedAt', order: 'DESC' }}
      perPage={25}
      disableSyncWithLocation
    >
      <DataTable bulkActionButtons={false} rowClick="expand" expand={<RunDetail />}>
        <DataTable.Col source="startedAt" label="resources.backups.fields.startedAt">
          <LocalDateField source="startedAt" showTime />
        </DataTable.Col>
        <DataTable.Col source="kind" label="resources.backups.fields.kind">
          <Kind />
        </DataTable.Col>
        <DataTable.Col source="trigger" label="resources.backups.fields.trigger" disableSort>
          <Trigger />
        </DataTable.Col>
        <DataTable.Col
          source="status"
          label="resources.backups.fields.status"
          render={(r: OperationRun) => <RunStatusChip status={r.status} />}
        />
        <DataTable.Col
          source="sizeBytes"
          label="resources.backups.fields.sizeBytes"
          disableSort
          render={(r: OperationRun) => formatSize(r.sizeBytes)}
        />
        <DataTable.Col source="archive" label="resources.backups.fields.archive" disableSort />
      </DataTable>
    </List>
  </>
);
