import PeopleIcon from '@mui/icons-material/PeopleOutlined';
import { restrictTo } from '../shared/RequireRole';
import { UserList } from './UserList';
import { UserCreate } from './UserCreate';
import { UserEdit } from './UserEdit';
import type { UserRow } from './types';

/** Staff accounts (ADMIN): `<Resource name="users" {...users} />`. */
export const users = {
  list: restrictTo(['ADMIN'], UserList),
  create: restrictTo(['ADMIN'], UserCreate),
  edit: restrictTo(['ADMIN'], UserEdit),
  icon: PeopleIcon,
  recordRepresentation: (r: UserRow) => r.displayName,
};
