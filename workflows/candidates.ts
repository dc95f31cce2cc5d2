import type { MatterFacts } from './procedure-contract';

/**
 * The departments a user-task node opens tasks for: `$lead`, `$accepting` and `$co` are resolved from the matter
 * (`$co` gives one task per co-department); a literal code stays; no candidate department gives one open task.
 */
export function candidateDepartments(candidate: string | undefined, matter: MatterFacts): (string | undefined)[] {
  switch (candidate) {
    case undefined:
    case '':
      return [undefined];
    case '$lead':
      return [matter.leadDepartmentCode];
    case '$accepting':
      return [matter.acceptedDepartmentCode];
    case '$co':
      return [...new Set(matter.coDepartmentCodes)];
    default:
      return [candidate];
  }
}
