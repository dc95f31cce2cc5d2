import { DataTable, DateInput, List, TextInput, TopToolbar, useRecordContext, useTranslate } from 'react-admin';
import { Box, Typography } from '@mui/material';
import { EmptyState, ErrorState } from '../layout/States';
import { LocalDateField } from '../layout/LocalDateField';
import { ExportButton } from '../shared/ExportButton';

interface AuditRow {
  id: number;
  seq: number;
  at: string;
  actorName: string | null;
  action: string;
  objectType: string | null;
  objectId: string | null;
  ip: string | null;
  detail: unknown;
}

const filters = [
  <TextInput key="actorName" source="actorName" label="resources.audit.filters.actorName" alwaysOn />,
  <TextInput key="action" source="action" label="resources.audit.filters.action" alwaysOn />,
  <TextInput key="objectId" source="objectId" label="resources.audit.filters.objectId" alwaysOn />,
  <DateInput key="from" source="from" label="resources.audit.filters.from" alwaysOn />,
  <DateInput key="to" source="to" label="resources.audit.filters.to" alwaysOn />,
  <TextInput key="objectType" source="objectType" label="resources.audit.filters.objectType" />,
];

const Actions = () => (
  <TopToolbar>
    <ExportButton path="/audit/export.csv" filename="audit.csv" />
  </TopToolbar>
);

const Detail = () => {
  const record = useRecordContext<AuditRow>();
  if (!record) return null;
  if (record.detail === null || record.detail === undefined) return <NoDetail />;
  return (
    <Box
      component="pre"
      sx={{
        m: 0,
        p: 1.5,
        bgcolor: 'grey.50',
        borderRadius: 1,
        fontSize: 12,
        overflowX: 'auto',
        whiteSpace: 'pre-wrap',
        wordBreak: 'break-all',
      }}
    >
      {JSON.stringify(record.detail ?? null, null, 2)}
    </Box>
  );
};

const NoDetail = () => (
  <Typography variant="body2" color="text.secondary" sx={{ px: 1.5 }}>
    {useTranslate()('resources.audit.noDetail')}
  </Typography>
);

const Mono = ({ text }: { text: string | number | null }) => (
  <Typography variant="body2" component="span" sx={{ fontFamily: 'monospace', wordBreak: 'break-all' }}>
    {text ?? '—'}
  </Typography>
);

/** 审计日志 (MANAGER, ADMIN): the append-only trail of every state change, searchable and exportable. */
export const AuditList = () => (
  <List
    filters={filters}
    actions={<Actions />}
    empty={<EmptyState message="resources.audit.empty" />}
    error={<ErrorState message="resources.audit.error" />}
    sort={{ field: 'seq', order: 'DESC' }}
    perPage={50}
  >
    <DataTable bulkActionButtons={false} rowClick="expand" expand={<Detail />}>
      <DataTable.Col source="seq" render={(r: AuditRow) => <Mono text={r.seq} />} />
      <DataTable.Col source="at" render={(r: AuditRow) => <LocalDateField record={r} source="at" showTime />} />
      <DataTable.Col source="actorName" disableSort />
      <DataTable.Col source="action" disableSort render={(r: AuditRow) => <Mono text={r.action} />} />
      <DataTable.Col source="objectType" disableSort />
      <DataTable.Col source="objectId" disableSort render={(r: AuditRow) => <Mono text={r.objectId} />} />
      <DataTable.Col source="ip" disableSort render={(r: AuditRow) => <Mono text={r.ip} />} />
    </DataTable>
  </List>
);
