import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import { restrictTo } from '../shared/RequireRole';
import { AuditList } from './AuditList';

/** The audit log (read-only): `<Resource name="audit" {...audit} />`. */
export const audit = {
  list: restrictTo(['MANAGER', 'ADMIN'], AuditList),
  icon: FactCheckIcon,
};
