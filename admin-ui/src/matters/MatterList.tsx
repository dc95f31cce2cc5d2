import {
  DataTable,
  DateInput,
  FilterButton,
  List,
  SelectInput,
  TextInput,
  TopToolbar,
  useLocaleState,
  useTranslate,
} from 'react-admin';
import { Stack, Typography } from '@mui/material';
import { EmptyState, ErrorState } from '../layout/States';
import { CodeChip } from '../shared/CodeChip';
import { codeChoices, WARNING_LEVELS } from '../shared/codes';
import { ExportButton } from '../shared/ExportButton';
import { TranslatedSearchInput } from '../shared/TranslatedSearchInput';
import { useCodeLabel } from '../shared/useCodeLabel';
import { WarningChip } from '../shared/WarningChip';
import { DueDateText } from './DueDateText';
import { formatInstant } from '../shared/chinaDate';
import { StatusChip } from './StatusChip';
import { MATTER_STATUSES, type MatterRow } from './types';

const filters = [
  <TranslatedSearchInput key="q" source="q" alwaysOn placeholder="resources.matters.searchPlaceholder" />,
  <SelectInput
    key="status"
    source="status"
    choices={MATTER_STATUSES.map((s) => ({ id: s, name: `ow.matters.statuses.${s}` }))}
  />,
  <SelectInput key="warningLevel" source="warningLevel" choices={codeChoices('warning', WARNING_LEVELS)} />,
  <TextInput key="itemCode" source="itemCode" />,
  <DateInput key="from" source="from" />,
  <DateInput key="to" source="to" />,
];

const ListActions = () => (
  <TopToolbar>
    <FilterButton />
    <ExportButton path="/matters/export.csv" filename="matters.csv" />
  </TopToolbar>
);

const AcceptedAt = ({ record }: { record: MatterRow }) => <>{formatInstant(record.acceptedAt, useLocaleState()[0])}</>;
const Department = ({ code }: { code: string }) => <>{useCodeLabel()('departments', code)}</>;

const ItemCell = ({ record }: { record: MatterRow }) => {
  const translate = useTranslate();
  return (
    <Stack>
      <Typography variant="body2">{record.itemName}</Typography>
      {record.viaAgent && (
        <Typography variant="caption" color="text.secondary">
          {translate('resources.matters.viaAgent', { name: record.agentName ?? '' })}
        </Typography>
      )}
    </Stack>
  );
};

/** /matters — every matter in the user's scope, with filters, warnings and CSV export. */
export const MatterList = () => (
  <List
    filters={filters}
    actions={<ListActions />}
    sort={{ field: 'acceptedAt', order: 'DESC' }}
    empty={<EmptyState message="resources.matters.empty" />}
    error={<ErrorState message="resources.matters.loadFailed" />}
    perPage={25}
  >
    <DataTable rowClick={(id) => `/matters/${id}`} bulkActionButtons={false}>
      <DataTable.Col
        source="receiptNo"
        render={(r: MatterRow) => (
          <Typography variant="body2" sx={{ fontFamily: 'monospace' }}>
            {r.receiptNo}
          </Typography>
        )}
      />
      <DataTable.Col source="itemName" disableSort render={(r: MatterRow) => <ItemCell record={r} />} />
      <DataTable.Col source="kind" disableSort render={(r: MatterRow) => <CodeChip group="kinds" code={r.kind} />} />
      <DataTable.Col source="status" render={(r: MatterRow) => <StatusChip status={r.status} />} />
      <DataTable.Col
        source="warningLevel"
        disableSort
        render={(r: MatterRow) => <WarningChip level={r.warningLevel} />}
      />
      <DataTable.Col source="applicantName" disableSort />
      <DataTable.Col source="acceptedAt" render={(r: MatterRow) => <AcceptedAt record={r} />} />
      <DataTable.Col
        source="dueAt"
        render={(r: MatterRow) => <DueDateText dueDate={r.dueDate} provisional={r.provisional} />}
      />
      <DataTable.Col
        source="leadDepartmentCode"
        disableSort
        render={(r: MatterRow) => <Department code={r.leadDepartmentCode} />}
      />
    </DataTable>
  </List>
);
