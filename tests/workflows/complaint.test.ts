import { readFileSync } from 'node:fs';
import path from 'node:path';
import { compileBpmn } from '../../bpmn/compiler';
import type { ProcedurePlan } from '../../bpmn/plan';
import { COMPLAINT_ASSIGNED_MESSAGE, COMPLAINT_DEPARTMENTS_FORM_KEY } from '../../domain/complaints';
import { completeTask, deliverMessage } from '../../workflows/procedure-contract';
import { useWorkflowTestBed } from '../support/workflow-env';
import { clerk, coActor, eventually, refusal, startMatter } from './helpers';

jest.setTimeout(30_000);

const bed = useWorkflowTestBed();

/** The seeded complaint procedure, as the seed publishes it. */
function complaintPlan(): ProcedurePlan {
  const xml = readFileSync(path.resolve(__dirname, '../../bpmn/procedures/complaint.bpmn'), 'utf8');
  const compiled = compileBpmn(xml, { departments: ['CENTRE', 'WINDOW', 'MINZHENG', 'WEIJIAN'] });
  if (!compiled.ok) throw new Error(JSON.stringify(compiled.problems));
  return compiled.plan;
}

describe('the complaint procedure', () => {
  test('waits at 受理分办 until the department is named, which then replies 属实 or 不属实 and ends it', async () => {
    const m = await startMatter(bed, complaintPlan(), { matter: { leadDepartmentCode: 'CENTRE' } });
    const waiting = await eventually('受理分办', async () => {
      const state = await m.state();
      return state.activeNodeIds.includes('Wait_Assigned') && state;
    });
    expect(waiting.tasks).toEqual([]);

    await m.handle.executeUpdate(deliverMessage, {
      args: [
        { name: COMPLAINT_ASSIGNED_MESSAGE, actor: clerk, payload: { [COMPLAINT_DEPARTMENTS_FORM_KEY]: ['WEIJIAN'] } },
      ],
    });
    const reply = await m.task('Task_Reply', 'WEIJIAN');
    expect(reply).toMatchObject({ candidateRole: 'APPROVER', stepKind: 'review' });
    // the named department replies, not the item's lead department; and only with its finding
    const missing = await refusal(
      m.handle.executeUpdate(completeTask, {
        args: [{ taskKey: reply.taskKey, actor: coActor('WEIJIAN'), decision: 'complete', comment: '已答复' }],
      }),
    );
    expect(missing.code).toBe('FORM_FIELDS_MISSING');
    await m.handle.executeUpdate(completeTask, {
      args: [
        {
          taskKey: reply.taskKey,
          actor: coActor('WEIJIAN'),
          decision: 'complete',
          comment: '经调查，投诉属实，已整改',
          formData: { upheld: '属实' },
        },
      ],
    });
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED', activeNodeIds: [] });
  });
});
