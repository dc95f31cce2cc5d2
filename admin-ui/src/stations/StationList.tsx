import { DataTable } from 'react-admin';
import { UnitList } from '../shared/UnitList';
import { ActiveChip } from '../shared/ActiveChip';
import type { StationRow } from './types';

/** 便民服务站 (ADMIN): every village station, inactive ones too; a row opens its edit page. */
export const StationList = () => (
  <UnitList resource="stations">
    <DataTable.Col source="code" render={(r: StationRow) => <code>{r.code}</code>} />
    <DataTable.Col source="name" />
    <DataTable.Col source="village" />
    <DataTable.NumberCol source="agentCount" />
    <DataTable.Col source="active" render={(r: StationRow) => <ActiveChip active={r.active} />} />
  </UnitList>
);
