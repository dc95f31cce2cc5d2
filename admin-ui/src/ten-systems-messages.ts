import * as accountability from './accountability/i18n';
import * as assessment from './assessment/i18n';
import * as centreProfile from './centre-profile/i18n';
import * as disclosure from './disclosure/i18n';
import * as fees from './fees/i18n';
import * as firstAsk from './first-ask/i18n';
import * as staffBoard from './staff-board/i18n';
import * as supervisions from './supervisions/i18n';
import * as rectifications from './rectifications/i18n';
import * as complaints from './complaints/i18n';

/**
 * The ten systems' messages (docs/ten-systems.md), registered by i18n/modules.ts. Kept apart from ten-systems.tsx so
 * the message catalogue loads without the pages (and react-admin) behind them.
 */
export const TEN_SYSTEMS_MESSAGES: Array<{ zh: object; en: object }> = [
  disclosure,
  centreProfile,
  fees,
  staffBoard,
  firstAsk,
  accountability,
  assessment,
  supervisions,
  rectifications,
  complaints,
];
