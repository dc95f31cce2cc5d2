import { CreateButton, DataTable, List, TopToolbar, useTranslate } from 'react-admin';
import { Chip } from '@mui/material';
import { EmptyState, ErrorState } from '../layout/States';
import { LocalDateField } from '../layout/LocalDateField';
import { DesignButton } from './DesignButton';
import { useCanDesign } from './useCanDesign';
import type { ProcedureSummary } from './types';

const ListActions = () =>
  useCanDesign() ? (
    <TopToolbar>
      <CreateButton label="resources.procedures.actions.create" />
    </TopToolbar>
  ) : null;

const Empty = () => (
  <EmptyState
    message="resources.procedures.empty"
    action={
      useCanDesign() ? <CreateButton variant="contained" label="resources.procedures.actions.create" /> : undefined
    }
  />
);

const VersionChip = ({ record }: { record: ProcedureSummary }) => {
  const translate = useTranslate();
  return record.latestVersion ? (
    <Chip size="small" color="success" label={`v${record.latestVersion}`} />
  ) : (
    <Chip size="small" variant="outlined" label={translate('resources.procedures.unpublished')} />
  );
};

export const ProcedureList = () => (
  <List actions={<ListActions />} empty={<Empty />} error={<ErrorState />} pagination={false} perPage={1000}>
    <DataTable rowClick="show" bulkActionButtons={false}>
      <DataTable.Col source="name" disableSort />
      <DataTable.Col source="key" disableSort />
      <DataTable.Col source="latestVersion" disableSort render={(r: ProcedureSummary) => <VersionChip record={r} />} />
      <DataTable.Col source="publishedAt" disableSort field={LocalDateField} />
      <DataTable.Col
        source="updatedAt"
        disableSort
        render={(r: ProcedureSummary) => <LocalDateField record={r} source="updatedAt" showTime />}
      />
      <DataTable.Col disableSort label={false} render={() => <DesignButton />} />
    </DataTable>
  </List>
);
