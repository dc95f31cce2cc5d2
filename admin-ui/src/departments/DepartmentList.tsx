import { Button, DataTable, List, useRecordContext } from 'react-admin';
import { Link } from 'react-router-dom';
import PeopleIcon from '@mui/icons-material/PeopleOutlined';
import { EmptyState, ErrorState } from '../layout/States';

interface Department {
  id: string;
  code: string;
  name: string;
  nameEn: string | null;
}

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

/** 部门 (GET /departments answers the whole list at once). */
export const DepartmentList = () => (
  <List
    empty={<EmptyState message="resources.departments.empty" />}
    error={<ErrorState message="resources.departments.error" />}
    pagination={false}
    perPage={100}
    sort={{ field: 'code', order: 'ASC' }}
    actions={false}
  >
    <DataTable bulkActionButtons={false} rowClick={false}>
      <DataTable.Col source="code" render={(r: Department) => <code>{r.code}</code>} />
      <DataTable.Col source="name" />
      <DataTable.Col source="nameEn" />
      <DataTable.Col label={false} disableSort render={() => <UsersButton />} />
    </DataTable>
  </List>
);
