import { bpmnError } from '../../activities/bpmn-error';
import { completeTask } from '../../workflows/procedure-contract';
import { keepHistory, useWorkflowTestBed } from '../support/workflow-env';
import { approver, eventually, startMatter, type Started } from './helpers';
import { plan } from './plans';

jest.setTimeout(30_000);

const bed = useWorkflowTestBed();

const complete = (m: Started, taskKey: string, decision = 'complete') =>
  m.handle.executeUpdate(completeTask, { args: [{ taskKey, actor: approver, decision }] });

const failingIssue = (code: string) => ({
  runService: async ({ activity }: { activity: string }) => {
    if (activity === 'issueResult') throw bpmnError(code, '出证类型无效', 'invalid result type');
    return { result: `${activity}-done` };
  },
});

const eventsOf = (m: Started, type: string) =>
  bed.recorder.of(m.matter.matterId, 'recordEvent').filter((call) => call.input.type === type);

describe('BPMN errors', () => {
  test("a service's BPMN error is caught by the boundary with its code, and the matter goes on from there", async () => {
    const p = plan()
      .start()
      .service('issue', 'issueResult', { resultType: 'certificate' })
      .catching('otherCode', 'issue', 'error', { code: 'SOMETHING_ELSE' })
      .catching('badType', 'issue', 'error', { code: 'RESULT_TYPE_INVALID' })
      .task('fix', { candidateDepartment: '$lead' })
      .end()
      .end('never')
      .chain('start', 'issue', 'end')
      .chain('otherCode', 'never')
      .chain('badType', 'fix', 'end')
      .build();
    const m = await startMatter(bed, p, {
      before: (matter) => bed.recorder.behave(matter.matterId, failingIssue('RESULT_TYPE_INVALID')),
    });
    const fix = await m.task('fix');
    expect(eventsOf(m, 'error.caught').map((c) => c.input.data)).toEqual([
      {
        nodeId: 'issue',
        attachedToId: 'issue',
        boundaryId: 'badType',
        code: 'RESULT_TYPE_INVALID',
        interrupting: true,
      },
    ]);
    await complete(m, fix.taskKey);
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED', activeNodeIds: [] });
    expect((await m.handle.result()).completedNodeIds).not.toContain('never');
    await keepHistory(m.handle, 'service-error-caught-by-code');
  });

  test("an error boundary on a sub-process catches a service's error inside it and withdraws the rest of it", async () => {
    const p = plan()
      .start()
      .subProcess('issuing', (b) =>
        b
          .start('inStart')
          .and('split')
          .service('issue', 'issueResult')
          .task('waiting', { candidateDepartment: '$lead' })
          .and('join')
          .end('inEnd')
          .chain('inStart', 'split')
          .chain('split', 'issue', 'join')
          .chain('split', 'waiting', 'join')
          .chain('join', 'inEnd'),
      )
      .catching('anyError', 'issuing', 'error')
      .task('manual', { candidateDepartment: '$lead' })
      .end()
      .chain('start', 'issuing', 'end')
      .chain('anyError', 'manual', 'end')
      .build();
    const m = await startMatter(bed, p, {
      before: (matter) => bed.recorder.behave(matter.matterId, failingIssue('ANY')),
    });
    const manual = await m.task('manual');
    const state = await m.state();
    expect(state.tasks.map((t) => t.nodeId)).toEqual(['manual']);
    expect(state.activeNodeIds).toEqual(['manual']);
    expect(bed.recorder.of(m.matter.matterId, 'closeTask').map((c) => c.input)).toContainEqual(
      expect.objectContaining({ status: 'CANCELLED', comment: expect.stringContaining('error boundary') }),
    );
    await complete(m, manual.taskKey);
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
  });

  test('an error nobody catches is an incident: the event names the element and cause, the token stays', async () => {
    const p = plan()
      .start()
      .service('issue', 'issueResult')
      .catching('onlyOther', 'issue', 'error', { code: 'OTHER' })
      .throwing('failEnd', 'error', 'NOT_ELIGIBLE')
      .end()
      .chain('start', 'issue', 'end')
      .chain('onlyOther', 'failEnd')
      .build();
    const m = await startMatter(bed, p, {
      before: (matter) => bed.recorder.behave(matter.matterId, failingIssue('RESULT_TYPE_INVALID')),
    });
    const [incident] = await eventually(
      'incident',
      () => eventsOf(m, 'incident.raised').length > 0 && eventsOf(m, 'incident.raised'),
    );
    expect(incident.input.data).toMatchObject({
      nodeId: 'issue',
      kind: 'BPMN_ERROR',
      zh: '出证类型无效（代码 RESULT_TYPE_INVALID）',
      en: 'invalid result type (code RESULT_TYPE_INVALID)',
      attempts: 1,
    });
    expect(await m.state()).toMatchObject({
      status: 'IN_PROGRESS',
      activeNodeIds: ['issue'],
      incidents: [expect.objectContaining({ nodeId: 'issue', kind: 'BPMN_ERROR' })],
    });
    await m.handle.terminate();

    // thrown by an error end at top level: the same
    const thrown = plan().start().throwing('failEnd', 'error', 'NOT_ELIGIBLE').chain('start', 'failEnd').build();
    const n = await startMatter(bed, thrown);
    const [atEnd] = await eventually(
      'incident',
      () => eventsOf(n, 'incident.raised').length > 0 && eventsOf(n, 'incident.raised'),
    );
    expect(atEnd.input.data).toMatchObject({
      nodeId: 'failEnd',
      kind: 'BPMN_ERROR',
      en: expect.stringContaining('NOT_ELIGIBLE'),
    });
    expect(await n.state()).toMatchObject({ status: 'IN_PROGRESS', activeNodeIds: ['failEnd'] });
    await n.handle.terminate();
  });
});

describe('escalations', () => {
  /** 联合审查: inside, an escalation to the lead (non-interrupting) and a refusal (interrupting error end). */
  const review = () =>
    plan()
      .start()
      .subProcess('jointReview', (b) =>
        b
          .start('inStart')
          .and('split')
          .task('check', { candidateDepartment: '$lead' })
          .throwing('tellLead', 'escalation', 'TO_LEAD', false)
          .throwing('giveUp', 'escalation', 'GIVE_UP')
          .xor('decide', 'ok')
          .and('join')
          .end('inEnd')
          .chain('inStart', 'split')
          .chain('split', 'tellLead', 'join')
          .chain('split', 'check', 'decide')
          .flow('decide', 'join', { id: 'ok' })
          .flow('decide', 'giveUp', {
            condition: {
              kind: 'compare',
              op: '==',
              left: { kind: 'path', path: ['decision'] },
              right: { kind: 'literal', value: 'reject' },
            },
          })
          .chain('join', 'inEnd'),
      )
      .catching('leadInformed', 'jointReview', 'escalation', { code: 'TO_LEAD', interrupting: false })
      .catching('abandoned', 'jointReview', 'escalation', { code: 'GIVE_UP' })
      .task('leadNote', { candidateDepartment: '$lead' })
      .end('noted')
      .end()
      .end('refused', 'REJECTED')
      .chain('start', 'jointReview', 'end')
      .chain('leadInformed', 'leadNote', 'noted')
      .chain('abandoned', 'refused')
      .build();

  test('a non-interrupting escalation opens a task beside the sub-process, which goes on to its end', async () => {
    const m = await startMatter(bed, review());
    const note = await m.task('leadNote');
    const check = await m.task('check');
    // the throw passed on: its branch waits at the join
    expect((await m.state()).activeNodeIds.sort()).toEqual(['check', 'join', 'jointReview', 'leadNote']);
    await complete(m, check.taskKey, 'approve');
    expect((await m.state()).activeNodeIds).toEqual(['leadNote']);
    await complete(m, note.taskKey);
    expect(await m.handle.result()).toMatchObject({ status: 'COMPLETED' });
    expect(eventsOf(m, 'escalation.caught').map((c) => c.input.data.boundaryId)).toEqual(['leadInformed']);
    await keepHistory(m.handle, 'errors-and-escalations');
  });

  test('an interrupting escalation end withdraws the sub-process and leaves by its boundary', async () => {
    const m = await startMatter(bed, review());
    const note = await m.task('leadNote');
    await complete(m, (await m.task('check')).taskKey, 'reject');
    await complete(m, note.taskKey);
    expect(await m.handle.result()).toMatchObject({ status: 'REJECTED', activeNodeIds: [] });
    expect(eventsOf(m, 'escalation.caught').map((c) => c.input.data.boundaryId)).toEqual(['leadInformed', 'abandoned']);
  });
});
