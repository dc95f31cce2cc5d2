import { Button, DataTable, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import PeopleIcon from '@mui/icons-material/PeopleOutlined';
import { UnitList } from '../shared/UnitList';
import { ActiveChip } from '../shared/ActiveChip';
import type { Department } from '../shared/useDepartments';

const UsersButton = () => {
  const record = useRecordContext<Department>();
  if (!record) return null;
  const filter = encodeURIComponent(JSON.stringify({ departmentCode: record.code }));
  return (
    <Button component={Link} to={`/users?filter=${filter}`} label="resources.departments.actions.users">
      <PeopleIcon />
    </Button>
  );
};

/** 部门 (GET /departments answers the whole list at once, inactive ones too); a row opens its edit page. */
export const DepartmentList = () => (
  <UnitList resource="departments">
    <DataTable.Col source="code" render={(r: Department) => <code>{r.code}</code>} />
    <DataTable.Col source="name" />
    <DataTable.Col source="nameEn" />
    <DataTable.Col source="active" render={(r: Department) => <ActiveChip active={r.active} />} />
    <DataTable.Col label={false} disableSort render={() => <UsersButton />} />
  </UnitList>
);
