import StorefrontIcon from '@mui/icons-material/StorefrontOutlined';
import { restrictTo } from '../shared/RequireRole';
import { WindowList } from './WindowList';
import { WindowCreate, WindowEdit } from './WindowForm';
import type { WindowRow } from './types';

/** 受理窗口, kept by ADMIN: `<Resource name="windows" {...windows} />`, keyed by code. */
export const windows = {
  list: restrictTo(['ADMIN'], WindowList),
  create: restrictTo(['ADMIN'], WindowCreate),
  edit: restrictTo(['ADMIN'], WindowEdit),
  icon: StorefrontIcon,
  recordRepresentation: (r: WindowRow) => r.name,
};
