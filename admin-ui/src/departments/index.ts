import ApartmentIcon from '@mui/icons-material/ApartmentOutlined';
import { restrictTo } from '../shared/RequireRole';
import { DepartmentList } from './DepartmentList';

/** Departments (read-only): `<Resource name="departments" {...departments} />`, keyed by code. */
export const departments = {
  list: restrictTo(['ADMIN'], DepartmentList),
  icon: ApartmentIcon,
  recordRepresentation: (r: { name: string }) => r.name,
};
