import NotificationImportantIcon from '@mui/icons-material/NotificationImportantOutlined';
import { restrictTo } from '../shared/RequireRole';
import { StalledList } from './StalledList';
import type { StalledMatter } from './types';

/** 督办 list: `<Resource name="stalled" {...stalled} />` (GET /dashboard/stalled through the keyed resources). */
export const stalled = {
  list: restrictTo(['MANAGER'], StalledList),
  icon: NotificationImportantIcon,
  recordRepresentation: (r: StalledMatter) => r.receiptNo,
};
