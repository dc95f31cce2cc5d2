import type { AdminModulesDeps } from './admin-modules';
import type { MattersService } from './matters/matters.service';
import type { RunUpdate } from './engine/update-runner';
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
import { createStaffBoardService } from './staff-board/staff-board.service';
import { staffBoardRoutes } from './staff-board/staff-board.router';
import { createFirstAskService } from './first-ask/first-ask.service';
import { firstAskRoutes } from './first-ask/first-ask.router';
import { createAccountabilityService } from './accountability/accountability.service';
import { accountabilityRoutes } from './accountability/accountability.router';
import { createAssessmentService } from './assessment/assessment.service';
import { assessmentRoutes } from './assessment/assessment.router';
import { createRectificationsService } from './rectifications/rectifications.service';
import { rectificationsRoutes } from './rectifications/rectifications.router';
import { createSupervisionsService } from './supervisions/supervisions.service';
import { supervisionsRoutes } from './supervisions/supervisions.router';
import { complaintsRoutes } from './complaints/complaints.router';
import { createComplaintIntakeService } from './complaints/complaint-intake.service';
import { createComplaintsService } from './complaints/complaints.service';

/**
 * The ten systems (十项制度) and 一指南、两栏、两牌、三上墙 that have folders of their own (docs/ten-systems.md):
 * 办事公开 (public guide, agents, results notice, hall screen); 收费 (fee standards, collection, daily reconciliation); 职责栏·去向栏 (staff boards); 首问责任制 (first-ask records); 便民督查制 (督办 replies and escalation, 整改 after poor ratings); 责任追究 (accountability report); 考核 (assessment and the stations' service index); 投诉 (complaints as matters).
 */
export interface TenSystemsDeps extends AdminModulesDeps {
  matters: MattersService;
  pii: ReturnType<typeof createPiiCipher>;
  runUpdate: RunUpdate;
}

export function mountTenSystems(deps: TenSystemsDeps): void {
  const { route, publicRoute, db, audit, matters, pii, calendars, config } = deps;
  const centre = createCentreProfileService({ db, audit });
  const results = createResultsNoticeService({ db, unpublishedItemCodes: [] });
  const staff = createStaffBoardService({ db, audit });
  staffBoardRoutes(route, publicRoute, staff);
  disclosureRoutes(route, publicRoute, {
    centre,
    agents: createAgentProfilesService({ db, audit }),
    guide: createPublicGuideService({ db, centre }),
    results,
    display: createHallDisplayService({ db, centre, results, staff }),
  });
  const collection = createFeeCollectionService({ db, audit, matters, centre });
  feesRoutes(route, {
    standards: createFeeStandardsService({ db, audit }),
    collection,
    reconciliation: createReconciliationService({ db, collection }),
  });
  firstAskRoutes(route, createFirstAskService({ db, audit, pii, matters }));
  accountabilityRoutes(route, createAccountabilityService({ db, audit }));
  supervisionsRoutes(route, createSupervisionsService({ db, audit }));
  rectificationsRoutes(
    route,
    createRectificationsService({ db, audit, calendars, workingDays: config.RECTIFICATION_WORKING_DAYS }),
  );
  assessmentRoutes(route, createAssessmentService({ db, audit }), async () => (await centre.get()).name);
  complaintsRoutes(route, publicRoute, {
    db,
    intake: createComplaintIntakeService({ ...deps, matters }),
    complaints: createComplaintsService({ db, matters }),
  });
}
