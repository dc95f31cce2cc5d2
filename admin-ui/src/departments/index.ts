import ApartmentIcon from '@mui/icons-material/ApartmentOutlined';
import { DepartmentList } from './DepartmentList';

/** Departments (read-only): `<Resource name="departments" {...departments} />`, keyed by code. */
export const departments = {
  list: DepartmentList,
  icon: ApartmentIcon,
  recordRepresentation: (r: { name: string }) => r.name,
};
