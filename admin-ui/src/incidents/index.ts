import ReportProblemIcon from '@mui/icons-material/ReportProblemOutlined';
import { restrictTo } from '../shared/RequireRole';
import { IncidentList } from './IncidentList';
import type { Incident } from './types';

/** 故障处理: `<Resource name="incidents" {...incidents} />` (GET /incidents), for admins and managers. */
export const incidents = {
  list: restrictTo(['ADMIN', 'MANAGER'], IncidentList),
  icon: ReportProblemIcon,
  recordRepresentation: (r: Incident) => r.receiptNo,
};
