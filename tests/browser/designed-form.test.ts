/**
 * Issue 26 item 4 in the console: a designer builds a user task's form with form-js's editor (two fields), publishes;
 * a matter reaches the task; the approver sees the form-js form (read-only until claimed), a wrong value is refused
 * with the Chinese message naming the field, a right one completes the step.
 */
import type { Locator, Page } from 'playwright-core';
import { useBrowser } from '../support/browser';
import { acceptMatter, as, matterDetail, openTasks, waitFor } from '../support/matters';
import { selectShape, ui, untranslatedKeys } from './pages';
import { login } from '../support/browser';
import { switchUser } from './ops-steps';

const browserTest = useBrowser();

const KEY = 'bt-designed-form';
const TASK = 'Task_form';
const diagram = `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI" xmlns:dc="http://www.omg.org/spec/DD/20100524/DC" xmlns:di="http://www.omg.org/spec/DD/20100524/DI" xmlns:ow="http://onewindow.gov.cn/schema/bpmn/1.0" id="Defs_form" targetNamespace="http://onewindow.gov.cn/bpmn">
  <bpmn:process id="Process_form" name="表单设计测试" isExecutable="true">
    <bpmn:startEvent id="Start" />
    <bpmn:userTask id="${TASK}" name="填写勘察表">
      <bpmn:extensionElements>
        <ow:Candidates department="$lead" role="APPROVER" />
        <ow:Step kind="survey" />
      </bpmn:extensionElements>
    </bpmn:userTask>
    <bpmn:endEvent id="End"><bpmn:extensionElements><ow:Outcome value="COMPLETED" /></bpmn:extensionElements></bpmn:endEvent>
    <bpmn:sequenceFlow id="F1" sourceRef="Start" targetRef="${TASK}" />
    <bpmn:sequenceFlow id="F2" sourceRef="${TASK}" targetRef="End" />
  </bpmn:process>
  <bpmndi:BPMNDiagram id="Diagram_form">
    <bpmndi:BPMNPlane id="Plane_form" bpmnElement="Process_form">
      <bpmndi:BPMNShape id="Start_di" bpmnElement="Start"><dc:Bounds x="152" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="${TASK}_di" bpmnElement="${TASK}"><dc:Bounds x="240" y="80" width="100" height="80" /></bpmndi:BPMNShape>
      <bpmndi:BPMNShape id="End_di" bpmnElement="End"><dc:Bounds x="392" y="102" width="36" height="36" /></bpmndi:BPMNShape>
      <bpmndi:BPMNEdge id="F1_di" bpmnElement="F1"><di:waypoint x="188" y="120" /><di:waypoint x="240" y="120" /></bpmndi:BPMNEdge>
      <bpmndi:BPMNEdge id="F2_di" bpmnElement="F2"><di:waypoint x="340" y="120" /><di:waypoint x="392" y="120" /></bpmndi:BPMNEdge>
    </bpmndi:BPMNPlane>
  </bpmndi:BPMNDiagram>
</bpmn:definitions>`;

/** The procedure (created once: the test database outlives a run) and its id. */
async function procedureId(): Promise<string> {
  const designer = await as('designer');
  const existing = (await designer.get('/procedures')).body.data.find((p: { key: string }) => p.key === KEY);
  if (existing) {
    expect((await designer.put(`/procedures/${existing.id}`, { draftXml: diagram })).status).toBe(200);
    return existing.id;
  }
  const created = await designer.post('/procedures', { key: KEY, name: '表单设计测试', draftXml: diagram });
  expect(created.status).toBe(201);
  return created.body.id;
}

/** Opens a group of form-js's properties panel unless it is open (the panel keeps groups open across fields). */
async function openGroup(panel: Locator, name: string, entry: string) {
  if (await panel.locator(entry).isVisible()) return;
  await panel.locator('.bio-properties-panel-group-header', { hasText: name }).click();
  await panel.locator(entry).waitFor();
}

/** Adds a form-js field from the palette (select it, press Enter: appended last) and sets it in form-js's panel. */
async function addField(
  dialog: Locator,
  type: 'number' | 'textfield',
  label: string,
  key: string,
  more: (panel: Locator) => Promise<void> = async () => {},
) {
  const fields = dialog.locator(`.fjs-form-container .fjs-form-field-${type}`);
  const before = await fields.count();
  const entry = dialog.locator(`.fjs-palette-field[data-field-type="${type}"]`);
  // the palette adds on Enter; a key pressed while the panel re-renders after the last edit can be lost
  for (let attempt = 0; attempt < 3 && (await fields.count()) === before; attempt++) {
    await entry.focus();
    await entry.page().keyboard.press('Enter');
    await fields
      .nth(before)
      .waitFor({ timeout: 2000 })
      .catch(() => undefined);
  }
  await fields.nth(before).click();
  const panel = dialog.locator('.fjs-properties-container');
  await openGroup(panel, 'General', '#bio-properties-panel-key');
  const labelEditor = panel.locator('[data-entry-id="label"] [contenteditable="true"]');
  await labelEditor.click();
  await labelEditor.press('ControlOrMeta+A');
  await labelEditor.pressSequentially(label);
  await panel.locator('#bio-properties-panel-key').fill(key);
  await more(panel);
  await dialog.locator('.fjs-form-container').getByText(label).first().waitFor();
}

async function designTheForm(page: Page, id: string) {
  await login(page, 'designer');
  await page.goto(`/#/procedures/${id}/design`);
  await ui.canvasShape(page, TASK).waitFor();
  await selectShape(page, TASK);
  await page.getByTestId('designed-form-status').getByText('未设计表单').waitFor();
  await page.getByTestId('design-form').click();
  const dialog = page.getByTestId('form-design-dialog');
  await dialog.getByText('设计表单：填写勘察表').waitFor();
  // the palette offers what the server enforces: no checkbox group (a list value)
  await dialog.locator('.fjs-palette-field[data-field-type="checkbox"]').waitFor();
  expect(await dialog.locator('.fjs-palette-field[data-field-type="checklist"]').isVisible()).toBe(false);
  await addField(dialog, 'number', '金额', 'amount', async (panel) => {
    await openGroup(panel, 'Validation', '#bio-properties-panel-required');
    await panel.locator('#bio-properties-panel-required').check();
    await panel.locator('#bio-properties-panel-max').fill('100');
  });
  await addField(dialog, 'textfield', '备注', 'remark');
  await dialog.getByTestId('form-design-apply').click();
  await page.getByTestId('designed-form-status').getByText('已设计表单，2 个输入项').waitFor();
  expect(await untranslatedKeys(page)).toEqual([]);

  await page.getByTestId('publish').click();
  await page.getByTestId('change-note').fill('设计勘察表单');
  await page.getByTestId('confirm-publish').click();
  await page.getByText(/已发布版本 v\d+/).waitFor();
}

async function itemRunningTheProcedure() {
  const admin = await as('admin');
  const res = await admin.post('/items', {
    code: 'BT-FORM',
    name: '测试事项（设计的表单）',
    kind: 'PROMISED',
    leadDepartmentCode: 'MINZHENG',
    legalBasis: '测试依据',
    conditions: '测试条件',
    promisedDays: 10,
    statutoryDays: 20,
    deliveryMethods: ['ONSITE'],
    procedureKey: KEY,
    materials: [{ code: 'APPLICATION', name: '申请书' }],
  });
  expect([201, 409]).toContain(res.status);
}

describe('forms designed with form-js', () => {
  browserTest(
    'a designer builds a two-field form, publishes; the approver fills it on the task page, a wrong value is refused in Chinese, a right one completes',
    async ({ page }) => {
      await designTheForm(page, await procedureId());
      await itemRunningTheProcedure();
      const matter = await acceptMatter('BT-FORM');
      const task = await waitFor('the form step', async () =>
        (await openTasks(matter.id)).find((t) => t.name === '填写勘察表'),
      );

      await switchUser(page, 'minzheng');
      await page.goto(`/#/inbox/${task.id}`);
      const form = page.getByTestId('designed-form');
      const amount = form.getByLabel('金额');
      await amount.waitFor();
      // not held yet: the form shows, read-only
      expect(await amount.getAttribute('readonly')).not.toBeNull();
      await page.getByTestId('task-work').getByRole('button', { name: '签收' }).click();
      await page.getByText('您已签收此任务。').waitFor();
      expect(await amount.getAttribute('readonly')).toBeNull();

      await amount.fill('150');
      await form.getByLabel('备注').fill('现场已核实');
      await page.getByTestId('task-submit').click();
      await page.getByTestId('designed-form-problems').getByText('金额：不能大于 100').waitFor();
      expect((await matterDetail(matter.id)).status).toBe('IN_PROGRESS');

      await amount.fill('80');
      await page.getByTestId('task-submit').click();
      await page.waitForURL('**/#/inbox');
      await waitFor('the matter completed', async () => (await matterDetail(matter.id)).status === 'COMPLETED');
      const steps = (await matterDetail(matter.id)).steps as Array<{ values: Array<{ key: string; value: unknown }> }>;
      expect(steps.at(-1)?.values).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ key: 'amount', value: 80 }),
          expect.objectContaining({ key: 'remark', value: '现场已核实' }),
        ]),
      );
    },
  );
});
