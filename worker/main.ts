import { createMaintenanceActivities } from '../activities/maintenance.activities';
import { startMaintenance } from '../platform/backup/maintenance-start';
import { runWorkerProcess } from './run-worker';

/** The product's worker: run as many as you like. */
runWorkerProcess({
  name: 'worker',
  workflowsPath: require.resolve('../workflows'),
  moreActivities: createMaintenanceActivities,
  afterStart: startMaintenance,
});
