import { acceptMatter, as, matterDetail, openTasks, waitFor, work } from '../../support/matters';

jest.setTimeout(180_000);

/** 受理 → wait for the signal floodCleared (the roads are open again) → 办结. */
const SIGNAL_PROCEDURE = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ow="http://onewindow.gov.cn/schema/bpmn/1.0" id="Defs_Signals" targetNamespace="http://onewindow.gov.cn/test">
  <bpmn:signal id="Sig_Flood" name="floodCleared" />
  <bpmn:process id="ts_signals" name="信号测试流程" isExecutable="true">
    <bpmn:startEvent id="Start" name="收件" />
    <bpmn:userTask id="Accept" name="受理">
      <bpmn:extensionElements>
        <ow:Candidates department="$accepting" role="CLERK" />
        <ow:Step kind="receive" />
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:intermediateCatchEvent id="WaitFlood" name="汛情解除">
      <bpmn:signalEventDefinition signalRef="Sig_Flood" />
    </bpmn:intermediateCatchEvent>
    <bpmn:endEvent id="Done" name="办结">
      <bpmn:extensionElements><ow:Outcome value="COMPLETED" /></bpmn:extensionElements>
    </bpmn:endEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="Accept" />
    <bpmn:sequenceFlow id="F2" sourceRef="Accept" targetRef="WaitFlood" />
    <bpmn:sequenceFlow id="F3" sourceRef="WaitFlood" targetRef="Done" />
  </bpmn:process>
</bpmn:definitions>`;

beforeAll(async () => {
  const designer = await as('designer');
  const created = await designer.post('/procedures', {
    key: 'ts-signals',
    name: '信号测试流程',
    draftXml: SIGNAL_PROCEDURE,
  });
  expect([201, 409]).toContain(created.status);
  if (created.status === 201)
    expect(
      (await designer.post(`/procedures/${created.body.id}/publish`, { changeNote: '信号测试' })).body,
    ).toMatchObject({ version: 1 });
  const item = await (
    await as('admin')
  ).post('/items', {
    code: 'TS-SIG',
    name: '测试事项（等待信号）',
    kind: 'PROMISED',
    leadDepartmentCode: 'MINZHENG',
    legalBasis: '测试依据',
    conditions: '测试条件',
    promisedDays: 5,
    statutoryDays: 20,
    deliveryMethods: ['ONSITE'],
    procedureKey: 'ts-signals',
    materials: [{ code: 'APPLICATION', name: '申请书' }],
  });
  expect([201, 409]).toContain(item.status);
});

async function waitingForFlood() {
  const matter = await acceptMatter('TS-SIG');
  const [accept] = await waitFor('the acceptance step', async () => {
    const open = await openTasks(matter.id);
    return open.length > 0 && open;
  });
  await work(accept);
  const clerk = await as('clerk');
  await waitFor('the signal wait', async () => {
    const res = await clerk.get<{ waits: { name: string; nodeId: string; label: string }[] }>(
      `/matters/${matter.id}/signals`,
    );
    return res.body.waits?.some((w) => w.name === 'floodCleared' && w.label === '汛情解除');
  });
  return matter;
}

const floodCount = async (manager: Awaited<ReturnType<typeof as>>) =>
  (await manager.get<{ data: { name: string; waiting: number }[] }>('/signals')).body.data.find(
    (row) => row.name === 'floodCleared',
  )?.waiting;

test('a manager sees how many matters wait for a signal and broadcasts it: every one goes on, the answer counts them, audited', async () => {
  const first = await waitingForFlood();
  const second = await waitingForFlood();
  const manager = await as('manager');
  await waitFor('both counted as waiting', async () => (await floodCount(manager)) === 2);
  // the search attribute is eventually visible: broadcast until both are reached (a later one finds none waiting)
  let reached = 0;
  await waitFor('both matters reached', async () => {
    const res = await manager.post('/signals/floodCleared', {});
    expect(res.status).toBe(200);
    reached += res.body.reached;
    return reached >= 2;
  });
  expect(reached).toBe(2);
  for (const matter of [first, second])
    await waitFor('completion', async () => (await matterDetail(matter.id)).status === 'COMPLETED');
  expect((await manager.post('/signals/floodCleared', {})).body).toEqual({ reached: 0, missed: 0 });
  await waitFor('no longer counted', async () => (await floodCount(manager)) === undefined);
  const audit = await (
    await as('admin')
  ).get<{ data: { action: string; objectId: string }[] }>('/audit?action=signal.broadcast');
  expect(audit.body.data?.some((row) => row.action === 'signal.broadcast' && row.objectId === 'floodCleared')).toBe(
    true,
  );
});

test('only managers and admins list signals and broadcast; a name that is no identifier is refused in Chinese', async () => {
  const clerk = await as('clerk');
  expect((await clerk.get('/signals')).status).toBe(403);
  expect((await clerk.post('/signals/floodCleared', {})).status).toBe(403);
  const bad = await (await as('manager')).post(`/signals/${encodeURIComponent('1 bad')}`, {});
  expect(bad.status).toBe(400);
  expect(bad.body.error.message).toMatch(/\p{Script=Han}/u);
});
