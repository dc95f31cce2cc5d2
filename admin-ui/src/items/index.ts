import MenuBookIcon from '@mui/icons-material/MenuBookOutlined';
import { restrictTo } from '../shared/RequireRole';
import { ItemList } from './ItemList';
import { ItemShow } from './ItemShow';
import { ItemEdit } from './ItemEdit';
import { ItemCreate } from './ItemCreate';
import type { ItemSummary } from './types';

/** The catalogue (事项目录 / 办事指南): `<Resource name="items" {...items} />`; records are keyed by code. */
export const items = {
  list: ItemList,
  show: ItemShow,
  edit: restrictTo(['ADMIN'], ItemEdit),
  create: restrictTo(['ADMIN'], ItemCreate),
  icon: MenuBookIcon,
  recordRepresentation: (r: ItemSummary) => r.name,
};
