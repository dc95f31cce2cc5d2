export { procedureWorkflow } from './procedure';
export { backupWorkflow, reconcileWorkflow } from './maintenance';
