import FactCheckIcon from '@mui/icons-material/FactCheckOutlined';
import { AuditList } from './AuditList';

/** The audit log (read-only): `<Resource name="audit" {...audit} />`. */
export const audit = {
  list: AuditList,
  icon: FactCheckIcon,
};
