import AccountTreeIcon from '@mui/icons-material/AccountTree';
import { ProcedureList } from './ProcedureList';
import { ProcedureShow } from './ProcedureShow';
import { ProcedureCreate } from './ProcedureCreate';
import type { ProcedureSummary } from './types';

/** The procedures resource: `<Resource name="procedures" {...procedures} />`. The designer is a CustomRoute. */
export const procedures = {
  list: ProcedureList,
  show: ProcedureShow,
  create: ProcedureCreate,
  icon: AccountTreeIcon,
  recordRepresentation: (r: ProcedureSummary) => r.name,
};
