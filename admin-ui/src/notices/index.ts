import MarkEmailUnreadIcon from '@mui/icons-material/MarkEmailUnreadOutlined';
import { restrictTo } from '../shared/RequireRole';
import { TemplateEdit } from './TemplateEdit';
import { TemplateList } from './TemplateList';

/** 通知模板: `<Resource name="notice-templates" {...noticeTemplates} />`, keyed by kind; admins only. */
export const noticeTemplates = {
  list: restrictTo(['ADMIN'], TemplateList),
  edit: restrictTo(['ADMIN'], TemplateEdit),
  icon: MarkEmailUnreadIcon,
  recordRepresentation: (r: { kind: string }) => r.kind,
};
