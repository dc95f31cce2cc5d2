import FolderOpenIcon from '@mui/icons-material/FolderOpen';
import { MatterList } from './MatterList';
import type { MatterRow } from './types';

/** The matters resource: `<Resource name="matters" {...matters} />`; the matter page is the CustomRoute /matters/:id. */
export const matters = {
  list: MatterList,
  icon: FolderOpenIcon,
  recordRepresentation: (r: MatterRow) => r.receiptNo,
};
