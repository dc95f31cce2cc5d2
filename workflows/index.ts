export { procedureWorkflow } from './procedure';
export { backupWorkflow, reconcileWorkflow } from './maintenance';
export { migrationBatchWorkflow } from './migration-batch';
