import { CreateButton, DataTable, List, TopToolbar, useTranslate } from 'react-admin';
import { EmptyState, ErrorState } from '../layout/States';
import { ActiveChip } from '../shared/ActiveChip';
import { useCodeLabel } from '../shared/useCodeLabel';
import type { WindowRow } from './types';

const Department = ({ record }: { record: WindowRow }) => <>{useCodeLabel()('departments', record.departmentCode)}</>;
const Kind = ({ record }: { record: WindowRow }) => <>{useTranslate()(`resources.windows.kinds.${record.kind}`)}</>;

/** 受理窗口 (ADMIN): every window, inactive ones too; a row opens its edit page. */
export const WindowList = () => (
  <List
    filter={{ all: true }}
    empty={<EmptyState message="resources.windows.empty" />}
    error={<ErrorState message="resources.windows.error" />}
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
      <DataTable.Col source="code" render={(r: WindowRow) => <code>{r.code}</code>} />
      <DataTable.Col source="name" />
      <DataTable.Col source="kind" render={(r: WindowRow) => <Kind record={r} />} />
      <DataTable.Col source="departmentCode" render={(r: WindowRow) => <Department record={r} />} />
      <DataTable.Col source="active" render={(r: WindowRow) => <ActiveChip active={r.active} />} />
    </DataTable>
  </List>
);
