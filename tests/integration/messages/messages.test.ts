import { randomUUID } from 'node:crypto';
import { getState } from '../../../workflows/procedure-contract';
import { acceptMatter, as, matterDetail, openTasks, waitFor, work } from '../../support/matters';
import { useTemporalClient } from '../../support/temporal-client';

jest.setTimeout(180_000);
const temporal = useTemporalClient();

/**
 * 受理 at the window → wait for the registry's answer (a receive task) → 办结; beside it, while the matter runs, the
 * applicant may withdraw (a non-interrupting event sub-process with a message start that records it).
 */
const WAITING_PROCEDURE = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ow="http://onewindow.gov.cn/schema/bpmn/1.0" id="Defs_Messages" targetNamespace="http://onewindow.gov.cn/test">
  <bpmn:message id="Msg_Registry" name="registryAnswered" />
  <bpmn:process id="ts_messages" name="消息测试流程" isExecutable="true">
    <bpmn:startEvent id="Start" name="收件" />
    <bpmn:userTask id="Accept" name="受理">
      <bpmn:extensionElements>
        <ow:Candidates department="$accepting" role="CLERK" />
        <ow:Step kind="receive" />
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:receiveTask id="WaitRegistry" name="登记机关已答复" messageRef="Msg_Registry" />
    <bpmn:endEvent id="Done" name="办结">
      <bpmn:extensionElements><ow:Outcome value="COMPLETED" /></bpmn:extensionElements>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Accept" />
    <bpmn:sequenceFlow id="F2" sourceRef="Accept" targetRef="WaitRegistry" />
    <bpmn:sequenceFlow id="F3" sourceRef="WaitRegistry" targetRef="Done" />
    <bpmn:subProcess id="Withdrew" triggeredByEvent="true">
      <bpmn:startEvent id="WithdrewStart" name="申请人撤回" isInterrupting="false">
        <bpmn:extensionElements><ow:Message name="applicantWithdrew" /></bpmn:extensionElements>
        <bpmn:messageEventDefinition />
      </bpmn:startEvent>
      <bpmn:endEvent id="WithdrewEnd" />
      <bpmn:sequenceFlow id="W1" sourceRef="WithdrewStart" targetRef="WithdrewEnd" />
    </bpmn:subProcess>
  </bpmn:process>
</bpmn:definitions>`;

interface Wait {
  name: string;
  nodeId: string;
  label: string;
  ownForm: boolean;
}

beforeAll(async () => {
  const designer = await as('designer');
  const created = await designer.post('/procedures', {
    key: 'ts-messages',
    name: '消息测试流程',
    draftXml: WAITING_PROCEDURE,
  });
  expect([201, 409]).toContain(created.status);
  if (created.status === 201) {
    const published = await designer.post(`/procedures/${created.body.id}/publish`, { changeNote: '消息测试' });
    expect(published.body).toMatchObject({ version: 1 });
  }
  const item = await (
    await as('admin')
  ).post('/items', {
    code: 'TS-MSG',
    name: '测试事项（等待消息）',
    kind: 'PROMISED',
    leadDepartmentCode: 'MINZHENG',
    legalBasis: '测试依据',
    conditions: '测试条件',
    promisedDays: 5,
    statutoryDays: 20,
    deliveryMethods: ['ONSITE'],
    procedureKey: 'ts-messages',
    materials: [{ code: 'APPLICATION', name: '申请书' }],
  });
  expect([201, 409]).toContain(item.status);
});

/** A matter past its acceptance, waiting for the registry (and open to a withdrawal). */
async function waitingMatter() {
  const matter = await acceptMatter('TS-MSG');
  const [accept] = await waitFor('the acceptance step', async () => {
    const open = await openTasks(matter.id);
    return open.length > 0 && open;
  });
  await work(accept);
  const clerk = await as('clerk');
  const waits = await waitFor('the registry wait', async () => {
    const res = await clerk.get<{ waits: Wait[] }>(`/matters/${matter.id}/messages`);
    return res.body.waits?.some((w) => w.name === 'registryAnswered') && res.body.waits;
  });
  return { matter, clerk, waits };
}

describe('messages: one correlation route for what a matter waits for', () => {
  test('lists the waits with the waiting element; a message nobody waits for is 409 listing them', async () => {
    const { matter, clerk, waits } = await waitingMatter();
    expect(waits).toEqual(
      expect.arrayContaining([
        { name: 'registryAnswered', nodeId: 'WaitRegistry', label: '登记机关已答复', ownForm: false },
        { name: 'applicantWithdrew', nodeId: 'Withdrew', label: '申请人撤回', ownForm: false },
      ]),
    );

    const unknown = await clerk.post(`/matters/${matter.id}/messages/paymentReceived`, {});
    expect(unknown.status).toBe(409);
    expect(unknown.body.error.message).toContain('登记机关已答复（registryAnswered）');
    expect(unknown.body.error.details).toMatchObject({
      code: 'MESSAGE_NOT_AWAITED',
      waits: expect.arrayContaining([expect.objectContaining({ name: 'applicantWithdrew' })]),
    });

    // the higher authority's answer keeps its own form, with its document
    const own = await clerk.post(`/matters/${matter.id}/messages/higherAuthorityAnswer`, {});
    expect(own.status).toBe(409);
    expect(own.body.error.details).toMatchObject({ code: 'MESSAGE_HAS_OWN_FORM' });

    // bad input: a nested payload, a name that is no identifier, a NUL character
    for (const [name, body] of [
      ['registryAnswered', { payload: { answer: { nested: true } } }],
      ['registryAnswered', { payload: { 'no spaces': 'x' } }],
      ['registryAnswered', { payload: { note: 'a\u0000b' } }],
    ] as const) {
      const res = await clerk.post(`/matters/${matter.id}/messages/${name}`, body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/\p{Script=Han}/u);
    }
    expect((await clerk.post(`/matters/${matter.id}/messages/${encodeURIComponent('1 bad')}`, {})).status).toBe(400);
    // an agent does not answer for the registry
    expect((await (await as('agent')).post(`/matters/${matter.id}/messages/registryAnswered`, {})).status).toBe(403);
  });

  test('the awaited message moves the matter on, carrying its payload into the variables; a retry joins, a new one is 409', async () => {
    const { matter, clerk } = await waitingMatter();
    // non-interrupting: recorded beside the wait, which stays
    const withdrew = await clerk.post(`/matters/${matter.id}/messages/applicantWithdrew`, {
      payload: { note: '电话告知' },
    });
    expect(withdrew.status).toBe(200);
    const key = randomUUID();
    const answered = await clerk.request(
      'POST',
      `/matters/${matter.id}/messages/registryAnswered`,
      { payload: { registryNo: 'DJ-2026-001', approved: true } },
      { 'idempotency-key': key },
    );
    expect(answered.status).toBe(200);
    const done = await waitFor('completion', async () => {
      const detail = await matterDetail(matter.id);
      return detail.status === 'COMPLETED' && detail;
    });
    const received = done.events.filter((e: { type: string }) => e.type === 'message.received');
    expect(received.map((e) => e.data?.name).sort()).toEqual(['applicantWithdrew', 'registryAnswered']);
    expect(done.events.map((e: { type: string }) => e.type)).toContain('eventSubProcess.started');
    // the payload is in the matter's variables, where conditions read it
    const state = await temporal().workflow.getHandle(done.workflowId).query(getState);
    expect(state.form).toMatchObject({ registryNo: 'DJ-2026-001', approved: true, note: '电话告知' });

    // sent again with the first key it joins the first delivery; a new one finds nothing waiting
    const joined = await clerk.request(
      'POST',
      `/matters/${matter.id}/messages/registryAnswered`,
      { payload: { registryNo: 'DJ-2026-001', approved: true } },
      { 'idempotency-key': key },
    );
    expect(joined.status).toBe(200);
    const again = await clerk.post(`/matters/${matter.id}/messages/registryAnswered`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({ code: 'MESSAGE_NOT_AWAITED', waits: [] });
    expect((await clerk.get(`/matters/${matter.id}/messages`)).body).toEqual({ waits: [] });

    const audit = await (await as('manager')).get(`/audit?action=matter.message&perPage=50`);
    expect(audit.body.data.filter((row: { objectId: string }) => row.objectId === matter.id)).toHaveLength(2);
  });
});
