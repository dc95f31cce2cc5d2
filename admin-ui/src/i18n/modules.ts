import { zhCN as core, type Messages } from './zh-CN';
import { en as coreEn } from './en';
import * as layout from '../layout/i18n';
import * as login from '../login/i18n';
import * as procedures from '../procedures/i18n';
import * as designer from '../designer/i18n';
import * as shared from '../shared/i18n';
import * as dashboard from '../dashboard/i18n';
import * as stalled from '../stalled/i18n';
import * as incidents from '../incidents/i18n';
import * as users from '../users/i18n';
import * as departments from '../departments/i18n';
import * as windows from '../windows/i18n';
import * as stations from '../stations/i18n';
import * as calendar from '../calendar/i18n';
import * as items from '../items/i18n';
import * as audit from '../audit/i18n';
import * as backups from '../backups/i18n';
import * as profile from '../profile/i18n';
import * as intake from '../intake/i18n';
import * as print from '../print/i18n';
import * as tasks from '../tasks/i18n';
import * as matters from '../matters/i18n';
import * as publicPages from '../public/i18n';
import * as materials from '../materials/i18n';
import * as results from '../results/i18n';
import * as notices from '../notices/i18n';
import { TEN_SYSTEMS_MESSAGES } from '../ten-systems-messages';
import * as clock from '../clock/i18n';
import * as caseRecord from '../case-record/i18n';
import * as withdrawal from '../withdrawal/i18n';
import * as messages from '../messages/i18n';
import * as signals from '../signals/i18n';

/**
 * Each console folder owns its messages (`<folder>/i18n.ts` exporting `{ zh, en }`); register it here.
 * Keys live under `resources.<name>.…` for resources and `ow.<area>.…` for custom pages.
 */
export const MODULES: Array<{ zh: object; en: object }> = [
  { zh: core, en: coreEn satisfies Messages },
  layout,
  login,
  procedures,
  designer,
  shared,
  dashboard,
  stalled,
  incidents,
  users,
  departments,
  windows,
  stations,
  calendar,
  items,
  audit,
  backups,
  profile,
  intake,
  print,
  tasks,
  matters,
  publicPages,
  materials,
  results,
  notices,
  clock,
  ...TEN_SYSTEMS_MESSAGES,
  caseRecord,
  withdrawal,
  messages,
  signals,
];
