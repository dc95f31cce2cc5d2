import { acceptMatter, as, openTasks, waitFor, work } from './matters';

/**
 * 受理 at the window → wait for the registry's answer (a receive task) → 办结; beside it, while the matter runs, the
 * applicant may withdraw (a non-interrupting event sub-process with a message start that records it); while 受理 is
 * open the applicant may cancel (an interrupting message boundary on it, ending the matter WITHDRAWN) or the manager
 * accept every matter waiting there at once (the signal batchAccepted, an interrupting signal boundary on it, on to
 * the registry's answer).
 */
export const WAITING_PROCEDURE = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ow="http://onewindow.gov.cn/schema/bpmn/1.0" id="Defs_Messages" targetNamespace="http://onewindow.gov.cn/test">
  <bpmn:message id="Msg_Registry" name="registryAnswered" />
  <bpmn:message id="Msg_Cancelled" name="applicantCancelled" />
  <bpmn:signal id="Sig_Batch" name="batchAccepted" />
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
    <bpmn:boundaryEvent id="CancelAtAccept" name="申请人撤销申请" attachedToRef="Accept">
      <bpmn:messageEventDefinition messageRef="Msg_Cancelled" />
    </bpmn:boundaryEvent>
    <bpmn:endEvent id="Cancelled" name="撤件">
      <bpmn:extensionElements><ow:Outcome value="WITHDRAWN" /></bpmn:extensionElements>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="F4" sourceRef="CancelAtAccept" targetRef="Cancelled" />
    <bpmn:boundaryEvent id="BatchAtAccept" name="集中受理" attachedToRef="Accept">
      <bpmn:signalEventDefinition signalRef="Sig_Batch" />
    </bpmn:boundaryEvent>
    <bpmn:sequenceFlow id="F5" sourceRef="BatchAtAccept" targetRef="WaitRegistry" />
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

export interface MessageWaitRow {
  name: string;
  nodeId: string;
  label: string;
  ownForm: boolean;
}

/** Publishes the procedure and its item TS-MSG once per stack (again: already there). */
export async function ensureWaitingItem(): Promise<void> {
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
}

/** A matter past its acceptance, waiting for the registry (and open to a withdrawal). */
export async function waitingMatter() {
  const matter = await acceptMatter('TS-MSG');
  const [accept] = await waitFor('the acceptance step', async () => {
    const open = await openTasks(matter.id);
    return open.length > 0 && open;
  });
  await work(accept);
  const clerk = await as('clerk');
  const waits = await waitFor('the registry wait', async () => {
    const res = await clerk.get<{ waits: MessageWaitRow[] }>(`/matters/${matter.id}/messages`);
    return res.body.waits?.some((w) => w.name === 'registryAnswered') && res.body.waits;
  });
  return { matter, clerk, waits };
}
