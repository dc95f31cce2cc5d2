import { randomInt } from 'node:crypto';
import { acceptMatter, as, openTasks, waitFor, work } from '../../support/matters';

jest.setTimeout(180_000);

const unique = () => String(randomInt(1_000_000_000));
const NS =
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:ow="http://onewindow.gov.cn/schema/bpmn/1.0" ' +
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"';
const flow = (id: string, from: string, to: string, condition?: string) =>
  `<bpmn:sequenceFlow id="${id}" sourceRef="${from}" targetRef="${to}">${
    condition
      ? `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${condition}</bpmn:conditionExpression>`
      : ''
  }</bpmn:sequenceFlow>`;
const end = (id: string, outcome = 'COMPLETED') =>
  `<bpmn:endEvent id="${id}"><bpmn:extensionElements><ow:Outcome value="${outcome}"/></bpmn:extensionElements></bpmn:endEvent>`;

/** 现场踏勘, shared: the lead department surveys; its result decides inside it and is what its callers read. */
const surveyXml = (key: string) => `<bpmn:definitions ${NS} id="D_${key}"><bpmn:process id="${key}" isExecutable="true">
  <bpmn:startEvent id="Start"/>
  <bpmn:userTask id="Task_Survey" name="现场踏勘"><bpmn:extensionElements>
    <ow:Candidates department="$lead" role="APPROVER"/><ow:Step kind="survey" opinionLabel="踏勘情况"/>
    <ow:FormField key="surveyResult" label="踏勘结论" type="enum" required="true" options="pass,fail"/>
  </bpmn:extensionElements></bpmn:userTask>
  <bpmn:exclusiveGateway id="Checked" default="F3"/>
  ${end('Passed')}${end('Failed')}
  ${flow('F1', 'Start', 'Task_Survey')}${flow('F2', 'Task_Survey', 'Checked')}
  ${flow('F3', 'Checked', 'Failed')}${flow('F4', 'Checked', 'Passed', 'form.surveyResult == "pass"')}
</bpmn:process></bpmn:definitions>`;

/** The caller: 踏勘 by the shared procedure, then 审批 only when the survey passed. */
const callerXml = (
  key: string,
  surveyKey: string,
) => `<bpmn:definitions ${NS} id="D_${key}"><bpmn:process id="${key}" isExecutable="true">
  <bpmn:startEvent id="Start"/>
  <bpmn:callActivity id="Call_Survey" name="现场踏勘"><bpmn:extensionElements>
    <ow:CalledProcedure key="${surveyKey}"/><ow:Out source="surveyResult" target="surveyResult"/>
  </bpmn:extensionElements></bpmn:callActivity>
  <bpmn:exclusiveGateway id="Passed" default="F4"/>
  <bpmn:userTask id="Task_Approve" name="审批"><bpmn:extensionElements>
    <ow:Candidates department="$lead" role="APPROVER"/><ow:Step kind="approve"/>
  </bpmn:extensionElements></bpmn:userTask>
  ${end('Done')}${end('Refused', 'REJECTED')}
  ${flow('F1', 'Start', 'Call_Survey')}${flow('F2', 'Call_Survey', 'Passed')}
  ${flow('F3', 'Passed', 'Task_Approve', 'form.surveyResult == "pass"')}${flow('F4', 'Passed', 'Refused')}
  ${flow('F5', 'Task_Approve', 'Done')}
</bpmn:process></bpmn:definitions>`;

async function publish(key: string, xml: string) {
  const designer = await as('designer');
  const created = await designer.post('/procedures', { key, name: key, draftXml: xml });
  expect(created.status).toBe(201);
  return designer.post(`/procedures/${created.body.id as string}/publish`, { changeNote: '第一版' });
}

test('a matter whose procedure calls the shared 现场踏勘: the survey task is in the inbox, claimed and completed via the API, its result back in the caller', async () => {
  const run = unique();
  const surveyKey = `survey-${run}`;
  const callerKey = `caller-${run}`;
  // publishing refuses a call to a procedure not published yet, naming the element
  const early = await publish(`early-${run}`, callerXml(`early-${run}`, surveyKey));
  expect(early.status).toBe(400);
  expect(JSON.stringify(early.body)).toContain('Call_Survey');
  expect((await publish(surveyKey, surveyXml(surveyKey))).status).toBe(201);
  expect((await publish(callerKey, callerXml(callerKey, surveyKey))).status).toBe(201);

  const itemCode = `CA-${run}`;
  const item = await (
    await as('admin')
  ).post('/items', {
    code: itemCode,
    name: '调用活动测试事项',
    kind: 'PROMISED',
    leadDepartmentCode: 'MINZHENG',
    legalBasis: '《测试条例》第一条',
    conditions: '本地户籍居民',
    promisedDays: 5,
    statutoryDays: 10,
    deliveryMethods: ['ONSITE'],
    procedureKey: callerKey,
    materials: [{ code: 'APPLICATION', name: '申请书' }],
  });
  expect(item.status).toBe(201);
  const matter = await acceptMatter(itemCode);

  const [survey] = await waitFor('the survey task', async () => {
    const tasks = await openTasks(matter.id);
    return tasks.some((t) => t.nodeId === 'Task_Survey') && tasks;
  });
  expect(survey).toMatchObject({ name: '现场踏勘', candidateDepartmentCode: 'MINZHENG' });
  // in the department's inbox like any task of the matter (searched by its receipt: other suites fill the first page)
  const inbox = await (await as('minzheng')).get(`/tasks?scope=department&q=${matter.receiptNo}`);
  expect(inbox.status).toBe(200);
  expect(JSON.stringify(inbox.body)).toContain(survey.id);

  await work(survey, undefined, { surveyResult: 'pass' });
  const [approve] = await waitFor('the approval after the survey', async () => {
    const tasks = await openTasks(matter.id);
    return tasks.some((t) => t.nodeId === 'Task_Approve') && tasks;
  });
  await work(approve, 'approve');
  await waitFor('the matter completed', async () => {
    const res = await (await as('manager')).get(`/matters/${matter.id}`);
    return res.body.status === 'COMPLETED';
  });
});
