import type { MatterFacts } from './procedure-contract';

/**
 * The departments a user-task node opens tasks for: `$lead`, `$accepting` and `$co` are resolved from the matter
 * (`$co` gives one task per co-department); `${name}` reads a multi-instance element; a literal code stays; no candidate
 * department gives one open task.
 */
export function candidateDepartments(
  candidate: string | undefined,
  matter: MatterFacts,
  locals: Record<string, unknown> = {},
): (string | undefined)[] {
  // `${name}`: the element of a multi-instance (会签 by each department of a list)
  const variable = /^\$\{(\w+)\}$/.exec(candidate ?? '')?.[1];
  if (variable) return typeof locals[variable] === 'string' && locals[variable] ? [locals[variable] as string] : [];
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
