import { Button, DataTable, List, TopToolbar, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import { Typography } from '@mui/material';
import OpenInNewIcon from '@mui/icons-material/OpenInNew';
import { EmptyState, ErrorState } from '../layout/States';
import { LocalDateField } from '../layout/LocalDateField';
import { DepartmentSelectInput } from '../shared/DepartmentInputs';
import { ExportButton } from '../shared/ExportButton';
import { useCodeLabel } from '../shared/useCodeLabel';
import { ReassignButton } from './ReassignButton';
import { SuperviseButton } from './SuperviseButton';
import { StalledChips, assigneeNames } from './StalledChips';
import type { StalledMatter } from './types';

const OpenMatterButton = () => {
  const record = useRecordContext<StalledMatter>();
  if (!record) return null;
  return (
    <Button
      component={Link}
      to={`/matters/${record.id}`}
      label="resources.stalled.actions.open"
      onClick={(e) => e.stopPropagation()}
    >
      <OpenInNewIcon />
    </Button>
  );
};

const ReceiptLink = ({ record }: { record: StalledMatter }) => (
  <Typography
    component={Link}
    to={`/matters/${record.id}`}
    variant="body2"
    sx={{ fontFamily: 'monospace', color: 'primary.main' }}
    onClick={(e) => e.stopPropagation()}
  >
    {record.receiptNo}
  </Typography>
);

const filters = [
  <DepartmentSelectInput
    key="departmentCode"
    source="departmentCode"
    label="resources.stalled.filters.departmentCode"
    includeInactive
    alwaysOn
  />,
];

const Department = ({ record }: { record: StalledMatter }) => (
  <>{useCodeLabel()('departments', record.leadDepartmentCode)}</>
);

const Actions = () => (
  <TopToolbar>
    <ExportButton path="/dashboard/stalled/export.csv" filename="stalled.csv" />
  </TopToolbar>
);

/** 督办: open matters overdue or without progress; select rows to reassign, or supervise one. */
export const StalledList = () => (
  <List
    title="resources.stalled.title"
    actions={<Actions />}
    filters={filters}
    empty={<EmptyState message="resources.stalled.empty" />}
    error={<ErrorState message="resources.stalled.error" />}
    perPage={25}
    sort={{ field: 'dueDate', order: 'ASC' }}
  >
    <DataTable bulkActionButtons={<ReassignButton />} rowClick={false}>
      <DataTable.Col source="receiptNo" disableSort render={(r: StalledMatter) => <ReceiptLink record={r} />} />
      <DataTable.Col source="itemName" disableSort />
      <DataTable.Col source="leadDepartmentCode" disableSort render={(r: StalledMatter) => <Department record={r} />} />
      <DataTable.Col source="dueDate" disableSort />
      <DataTable.Col source="warningLevel" disableSort render={(r: StalledMatter) => <StalledChips matter={r} />} />
      <DataTable.Col
        source="lastProgressAt"
        disableSort
        render={(r: StalledMatter) => <LocalDateField record={r} source="lastProgressAt" showTime />}
      />
      <DataTable.Col
        source="openTaskAssignees"
        disableSort
        render={(r: StalledMatter) => assigneeNames(r.openTaskAssignees) || '—'}
      />
      <DataTable.Col
        label={false}
        disableSort
        render={() => (
          <>
            <SuperviseButton />
            <OpenMatterButton />
          </>
        )}
      />
    </DataTable>
  </List>
);
