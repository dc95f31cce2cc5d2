import ApartmentIcon from '@mui/icons-material/ApartmentOutlined';
import { restrictTo } from '../shared/RequireRole';
import { DepartmentList } from './DepartmentList';
import { DepartmentCreate, DepartmentEdit } from './DepartmentForm';

/** Departments, kept by ADMIN: `<Resource name="departments" {...departments} />`, keyed by code. */
export const departments = {
  list: restrictTo(['ADMIN'], DepartmentList),
  create: restrictTo(['ADMIN'], DepartmentCreate),
  edit: restrictTo(['ADMIN'], DepartmentEdit),
  icon: ApartmentIcon,
  recordRepresentation: (r: { name: string }) => r.name,
};
