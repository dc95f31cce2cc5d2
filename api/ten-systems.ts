import type { AdminModulesDeps } from './admin-modules';
import type { MattersService } from './matters/matters.service';
import type { RunUpdate } from './matters/matter-workflow';
import type { createPiiCipher } from '../platform/pii';
import { createAgentProfilesService } from './disclosure/agent-profiles.service';
import { createCentreProfileService } from './disclosure/centre-profile.service';
import { disclosureRoutes } from './disclosure/disclosure.router';
import { createHallDisplayService } from './disclosure/hall-display.service';
import { createPublicGuideService } from './disclosure/public-guide.service';
import { createResultsNoticeService } from './disclosure/results-notice.service';
import { createFeeCollectionService } from './fees/fee-collection.service';
import { createFeeStandardsService } from './fees/fee-standards.service';
import { feesRoutes } from './fees/fees.router';
import { createReconciliationService } from './fees/reconciliation.service';

/**
 * The ten systems (十项制度) and 一指南、两栏、两牌、三上墙 that have folders of their own (docs/ten-systems.md):
 * 办事公开 (public guide, agents, results notice, hall screen); 收费 (fee standards, collection, daily reconciliation).
 */
export interface TenSystemsDeps extends AdminModulesDeps {
  matters: MattersService;
  pii: ReturnType<typeof createPiiCipher>;
  runUpdate: RunUpdate;
}

export function mountTenSystems(deps: TenSystemsDeps): void {
  const { route, publicRoute, db, audit, matters } = deps;
  const centre = createCentreProfileService({ db, audit });
  const results = createResultsNoticeService({ db, unpublishedItemCodes: [] });
  disclosureRoutes(route, publicRoute, {
    centre,
    agents: createAgentProfilesService({ db, audit }),
    guide: createPublicGuideService({ db, centre }),
    results,
    display: createHallDisplayService({ db, centre, results }),
  });
  const collection = createFeeCollectionService({ db, audit, matters, centre });
  feesRoutes(route, {
    standards: createFeeStandardsService({ db, audit }),
    collection,
    reconciliation: createReconciliationService({ db, collection }),
  });
}
