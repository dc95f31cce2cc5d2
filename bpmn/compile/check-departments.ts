import { DEPARTMENT_PLACEHOLDERS, isDepartmentCode, isDepartmentPlaceholder } from '../departments';
import type { PlanNode } from '../plan';
import { bpmnType, type Findings } from './findings';

/**
 * Every department a user task names must be one of the centre's active departments. The compiler holds no list
 * of its own: the API (publish, validate), the seed and the designer pass the departments they know.
 */
export function checkDepartments(nodes: Map<string, PlanNode>, known: ReadonlySet<string>, findings: Findings): void {
  const choices = [...[...known].sort(), ...DEPARTMENT_PLACEHOLDERS];
  for (const node of nodes.values()) {
    if (node.type !== 'userTask' || !node.candidateDepartment) continue;
    const department = node.candidateDepartment;
    // a malformed value was reported by readCandidates already
    if (isDepartmentPlaceholder(department) || !isDepartmentCode(department) || known.has(department)) continue;
    findings.error(
      { id: node.id, type: bpmnType('userTask') },
      'CANDIDATE_DEPARTMENT_UNKNOWN',
      `办理部门 “${department}” 不存在或已停用：应为 ${choices.join('、')}`,
      `Candidate department '${department}' does not exist or is inactive: expected one of ${choices.join(', ')}`,
    );
  }
}
