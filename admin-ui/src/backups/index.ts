import BackupIcon from '@mui/icons-material/BackupOutlined';
import { restrictTo } from '../shared/RequireRole';
import { BackupsPage } from './BackupsPage';

/** 备份与恢复: `<Resource name="backups" {...backups} />` (GET /backups, the runs; GET /backups/overview). */
export const backups = {
  list: restrictTo(['ADMIN'], BackupsPage),
  icon: BackupIcon,
};
