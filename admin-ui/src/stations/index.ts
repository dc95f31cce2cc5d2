import HolidayVillageIcon from '@mui/icons-material/HolidayVillageOutlined';
import { restrictTo } from '../shared/RequireRole';
import { StationList } from './StationList';
import { StationCreate, StationEdit } from './StationForm';
import type { StationRow } from './types';

/** 便民服务站, kept by ADMIN: `<Resource name="stations" {...stations} />`, keyed by code. */
export const stations = {
  list: restrictTo(['ADMIN'], StationList),
  create: restrictTo(['ADMIN'], StationCreate),
  edit: restrictTo(['ADMIN'], StationEdit),
  icon: HolidayVillageIcon,
  recordRepresentation: (r: StationRow) => r.name,
};
