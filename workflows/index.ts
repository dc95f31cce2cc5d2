export { procedureWorkflow } from './procedure';
