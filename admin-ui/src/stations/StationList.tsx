import { CreateButton, DataTable, List, TopToolbar } from 'react-admin';
import { EmptyState, ErrorState } from '../layout/States';
import { ActiveChip } from '../shared/ActiveChip';
import type { StationRow } from './types';

/** 便民服务站 (ADMIN): every village station, inactive ones too; a row opens its edit page. */
export const StationList = () => (
  <List
    empty={<EmptyState message="resources.stations.empty" />}
    error={<ErrorState message="resources.stations.error" />}
    pagination={false}
    perPage={1000}
    sort={{ field: 'code', order: 'ASC' }}
    actions={
      <TopToolbar>
        <CreateButton />
      </TopToolbar>
    }
  >
    <DataTable bulkActionButtons={false} rowClick="edit">
      <DataTable.Col source="code" render={(r: StationRow) => <code>{r.code}</code>} />
      <DataTable.Col source="name" />
      <DataTable.Col source="village" />
      <DataTable.NumberCol source="agentCount" />
      <DataTable.Col source="active" render={(r: StationRow) => <ActiveChip active={r.active} />} />
    </DataTable>
  </List>
);
