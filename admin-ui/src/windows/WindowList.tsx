import { DataTable, useTranslate } from 'react-admin';
import { UnitList } from '../shared/UnitList';
import { ActiveChip } from '../shared/ActiveChip';
import { useCodeLabel } from '../shared/useCodeLabel';
import type { WindowRow } from './types';

const Department = ({ record }: { record: WindowRow }) => <>{useCodeLabel()('departments', record.departmentCode)}</>;
const Kind = ({ record }: { record: WindowRow }) => <>{useTranslate()(`resources.windows.kinds.${record.kind}`)}</>;

/** 受理窗口 (ADMIN): every window, inactive ones too; a row opens its edit page. */
export const WindowList = () => (
  <UnitList resource="windows" filter={{ all: true }}>
    <DataTable.Col source="code" render={(r: WindowRow) => <code>{r.code}</code>} />
    <DataTable.Col source="name" />
    <DataTable.Col source="kind" render={(r: WindowRow) => <Kind record={r} />} />
    <DataTable.Col source="departmentCode" render={(r: WindowRow) => <Department record={r} />} />
    <DataTable.Col source="active" render={(r: WindowRow) => <ActiveChip active={r.active} />} />
  </UnitList>
);
