/**
 * Issue 26 item 4 through the API: a procedure whose user task has a form designed with form-js (a Camunda 8
 * embedded form, as Camunda Modeler writes it) publishes and runs; the task detail carries the schema; completing
 * refuses values breaking the form's rules with messages naming the field, writes nothing, and accepts good values.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { testDb } from '../../support/db';
import { acceptMatter, as, matterDetail, openTasks, waitFor } from '../../support/matters';

jest.setTimeout(180_000);
const db = testDb();
afterAll(() => db.$disconnect());

const xml = readFileSync(path.resolve(__dirname, '../../fixtures/bpmn/camunda8-embedded-form.bpmn'), 'utf8');

async function publishedItem() {
  const designer = await as('designer');
  const created = await designer.post('/procedures', {
    key: 'ts-designed-form',
    name: '内嵌表单测试流程',
    draftXml: xml,
  });
  expect(created.status).toBe(201);
  expect((await designer.post(`/procedures/${created.body.id}/publish`)).status).toBe(201);
  const admin = await as('admin');
  const item = await admin.post('/items', {
    code: 'TS-FORM',
    name: '测试事项（内嵌表单）',
    kind: 'PROMISED',
    leadDepartmentCode: 'MINZHENG',
    legalBasis: '测试依据',
    conditions: '测试条件',
    promisedDays: 10,
    statutoryDays: 20,
    deliveryMethods: ['ONSITE'],
    procedureKey: 'ts-designed-form',
    materials: [{ code: 'APPLICATION', name: '申请书' }],
  });
  expect(item.status).toBe(201);
}

test('a Camunda Modeler diagram with an embedded form runs; the server enforces the form on complete', async () => {
  await publishedItem();
  const matter = await acceptMatter('TS-FORM');
  const task = await waitFor('现场勘察', async () => (await openTasks(matter.id)).find((t) => t.name === '现场勘察'));
  const minzheng = await as('minzheng');
  const detail = (await minzheng.get(`/tasks/${task.id}`)).body;
  expect(detail.formSchema).toMatchObject({ id: 'Form_survey', type: 'default' });
  expect(detail.formFields).toContainEqual({
    key: 'area',
    label: '勘察面积（平方米）',
    type: 'number',
    required: true,
    rules: { min: 1, max: 500, decimalDigits: 1 },
  });
  expect((await minzheng.post(`/tasks/${task.id}/claim`)).status).toBe(200);

  const complete = (formData: Record<string, unknown>) =>
    minzheng.post(`/tasks/${task.id}/complete`, { decision: 'complete', formData });
  const good = { area: 86.5, result: 'pass', surveyDate: '2026-12-08', phone: '13800138000', photographed: false };

  const tooLarge = await complete({ ...good, area: 501, phone: '123' });
  expect(tooLarge.status).toBe(400);
  expect(tooLarge.body.error).toMatchObject({
    code: 'VALIDATION',
    message: '勘察面积（平方米）：不能大于 500；联系电话：手机号应为 11 位',
    messageEn: 'area: must be at most 500; phone: 手机号应为 11 位',
    details: [
      { path: 'formData.area', message: '勘察面积（平方米）：不能大于 500' },
      { path: 'formData.phone', message: '联系电话：手机号应为 11 位' },
    ],
  });
  const missing = await complete({ ...good, surveyDate: null, result: 'maybe' });
  expect(missing.status).toBe(400);
  expect(missing.body.error.message).toBe('勘察结论：应为 pass、fail 之一；勘察日期：必填');
  // refused before anything was written
  expect(await db.stepSubmission.count({ where: { matterId: matter.id } })).toBe(0);

  const done = await complete(good);
  expect(done.status).toBe(200);
  await waitFor('the matter completed', async () => (await matterDetail(matter.id)).status === 'COMPLETED');
  const [submission] = await db.stepSubmission.findMany({ where: { matterId: matter.id } });
  expect(submission.formData).toEqual(good);
});
