import PeopleIcon from '@mui/icons-material/PeopleOutlined';
import { UserList } from './UserList';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import type { UserRow } from './types';

/** Staff accounts (ADMIN): `<Resource name="users" {...users} />`. */
export const users = {
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  icon: PeopleIcon,
  recordRepresentation: (r: UserRow) => r.displayName,
};
