/**
 * Separation of duties (`ow:Step distinctFrom`): a step names earlier user tasks whose handlers may not do it, e.g.
 * 审批 distinct from 审查. Each named id must be another user task of the procedure.
 */
import type { PlanNode } from '../plan';
import type { Findings } from './findings';

export function checkDistinctFrom(nodes: ReadonlyMap<string, PlanNode>, findings: Findings): void {
  for (const node of nodes.values()) {
    if (node.type !== 'userTask' || !node.distinctFrom) continue;
    for (const id of node.distinctFrom) {
      const other = nodes.get(id);
      if (id === node.id) {
        findings.error(
          { id: node.id, type: 'bpmn:UserTask' },
          'DISTINCT_FROM_INVALID',
          '“须由不同人员办理”不能指向环节自身',
          "'Handled by someone else than' cannot name the step itself",
        );
      } else if (other?.type !== 'userTask') {
        findings.error(
          { id: node.id, type: 'bpmn:UserTask' },
          'DISTINCT_FROM_INVALID',
          `“须由不同人员办理”指向的 ${id} 不是本流程的用户任务`,
          `'Handled by someone else than' names ${id}, which is not a user task of this procedure`,
        );
      }
    }
  }
}
