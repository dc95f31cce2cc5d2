import { createMaintenanceActivities } from '../activities/maintenance.activities';
import { createMigrationBatchActivities } from '../activities/migration-batch.activities';
import { startMaintenance } from '../platform/backup/maintenance-start';
import { noticeDispatcherFromConfig } from '../platform/notices/notice-channels';
import { runWorkerProcess } from './run-worker';

/** The product's worker: run as many as you like. Each also drains the notice outbox unless NOTICE_DISPATCH=false. */
runWorkerProcess({
  name: 'worker',
  workflowsPath: require.resolve('../workflows'),
  prebuiltBundle: (config) => config.WORKFLOW_BUNDLE,
  alongside: (deps) => (deps.config.NOTICE_DISPATCH ? noticeDispatcherFromConfig(deps) : undefined),
  moreActivities: (deps) => ({ ...createMaintenanceActivities(deps), ...createMigrationBatchActivities(deps) }),
  afterStart: startMaintenance,
});
