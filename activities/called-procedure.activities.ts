import { readPlan } from '../bpmn/stored-plan';
import type { ProcedureActivities } from './activity-types';
import { bpmnError } from './bpmn-error';
import type { ActivityDeps } from './deps';

/** What a call activity runs (workflows/call-activity.ts): a published version of the procedure it names. */
export function calledProcedureActivities({ db }: ActivityDeps): Pick<ProcedureActivities, 'resolveCalledProcedure'> {
  return {
    async resolveCalledProcedure({ procedureKey, version }) {
      const row = await db.procedureVersion.findFirst({
        where: { procedure: { key: procedureKey }, ...(version !== undefined ? { version } : {}) },
        orderBy: { version: 'desc' },
        select: { id: true, version: true, plan: true, procedure: { select: { name: true } } },
      });
      if (!row)
        throw bpmnError(
          'CALLED_PROCEDURE_MISSING',
          version !== undefined
            ? `被调用的流程 ${procedureKey} 没有第 ${version} 版`
            : `被调用的流程 ${procedureKey} 不存在或尚未发布`,
          version !== undefined
            ? `the called procedure ${procedureKey} has no version ${version}`
            : `the called procedure ${procedureKey} does not exist or is not published`,
        );
      return { versionId: row.id, version: row.version, name: row.procedure.name, plan: readPlan(row.plan) };
    },
  };
}
