import { CreateButton, DataTable, List, SelectInput, TopToolbar, useTranslate } from 'react-admin';
import { Chip } from '@mui/material';
import { EmptyState, ErrorState } from '../layout/States';
import { CASE_KINDS, codeChoices } from '../shared/codes';
import { DepartmentSelectInput } from '../shared/DepartmentInputs';
import { CodeChip } from '../shared/CodeChip';
import { TranslatedSearchInput } from '../shared/TranslatedSearchInput';
import { useCodeLabel } from '../shared/useCodeLabel';
import { useCanEditCatalogue } from './useCanEditCatalogue';
import type { ItemSummary } from './types';

const filters = [
  <TranslatedSearchInput key="q" source="q" alwaysOn placeholder="resources.items.filters.q" />,
  <DepartmentSelectInput
    key="departmentCode"
    source="departmentCode"
    label="resources.items.filters.departmentCode"
    includeInactive
    alwaysOn
  />,
  <SelectInput
    key="kind"
    source="kind"
    label="resources.items.filters.kind"
    choices={codeChoices('kinds', CASE_KINDS)}
    alwaysOn
  />,
];

const ListActions = () =>
  useCanEditCatalogue() ? (
    <TopToolbar>
      <CreateButton label="resources.items.actions.create" />
    </TopToolbar>
  ) : null;

const Days = ({ days }: { days: number }) => {
  const translate = useTranslate();
  return (
    <>
      {days === 0 ? translate('resources.items.onTheSpot') : translate('ow.shared.workingDays', { smart_count: days })}
    </>
  );
};

const Departments = ({ record }: { record: ItemSummary }) => {
  const label = useCodeLabel();
  return (
    <>
      {[record.leadDepartmentCode, ...(record.coDepartmentCodes ?? [])].map((c) => label('departments', c)).join('、')}
    </>
  );
};

const Status = ({ record }: { record: ItemSummary }) => {
  const translate = useTranslate();
  return record.active ? (
    <Chip size="small" color="success" variant="outlined" label={translate('resources.items.status.active')} />
  ) : (
    <Chip size="small" variant="outlined" label={translate('resources.items.status.inactive')} />
  );
};

/** 事项目录: search by name or code, filter by department and case kind. */
export const ItemList = () => (
  <List
    filters={filters}
    actions={<ListActions />}
    empty={<EmptyState message="resources.items.empty" />}
    error={<ErrorState message="resources.items.error" />}
    perPage={25}
    sort={{ field: 'code', order: 'ASC' }}
  >
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="code" />
      <DataTable.Col source="name" />
      <DataTable.Col source="kind" render={(r: ItemSummary) => <CodeChip group="kinds" code={r.kind} />} />
      <DataTable.Col source="leadDepartmentCode" disableSort render={(r: ItemSummary) => <Departments record={r} />} />
      <DataTable.Col source="promisedDays" render={(r: ItemSummary) => <Days days={r.promisedDays} />} />
      <DataTable.Col source="statutoryDays" render={(r: ItemSummary) => <Days days={r.statutoryDays} />} />
      <DataTable.Col source="active" disableSort render={(r: ItemSummary) => <Status record={r} />} />
    </DataTable>
  </List>
);
