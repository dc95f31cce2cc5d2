import { zhCN as core, type Messages } from './zh-CN';
import { en as coreEn } from './en';
import * as layout from '../layout/i18n';
import * as login from '../login/i18n';
import * as procedures from '../procedures/i18n';
import * as designer from '../designer/i18n';
import * as shared from '../shared/i18n';

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
];
