/**
 * Issue 26 in the console: an unfinished FEEL condition is a live problem on its flow, fixed in the panel; a
 * business-rule task without its table is a live problem; 设计决策表 opens dmn-js's
 * decision-table editor, the designer writes a rule's output cell, applies it to the task; the problem goes, the
 * procedure publishes; a matter runs through it and its timeline names the rule that matched.
 */
import type { Page } from 'playwright-core';
import { login, useBrowser } from '../support/browser';
import { routedByDecision } from '../support/decision-diagrams';
import { acceptMatter, as, matterDetail, waitFor } from '../support/matters';
import { switchUser } from './ops-steps';
import { selectShape, ui, untranslatedKeys } from './pages';

const browserTest = useBrowser();

const KEY = 'bt-decision-table';
/** The routed diagram, its task naming no decision yet and holding no table, its FEEL condition unfinished. */
const diagram = routedByDecision('Process_bt_decision', undefined, true)
  .replace(/<ow:Dmn>[\s\S]*?<\/ow:Dmn>/, '')
  .replace('decisionId="Decision_route"', 'decisionId=""')
  .replace('=route = &quot;fast&quot;', '=route = ');

async function procedureId(): Promise<string> {
  const designer = await as('designer');
  const existing = (await designer.get('/procedures')).body.data.find((p: { key: string }) => p.key === KEY);
  if (existing) {
    expect((await designer.put(`/procedures/${existing.id}`, { draftXml: diagram })).status).toBe(200);
    return existing.id;
  }
  const created = await designer.post('/procedures', { key: KEY, name: '决策表设计测试', draftXml: diagram });
  expect(created.status).toBe(201);
  return created.body.id;
}

async function designTheTable(page: Page, id: string) {
  await login(page, 'designer');
  await page.goto(`/#/procedures/${id}/design`);
  await ui.canvasShape(page, 'Classify').waitFor();
  // the unfinished FEEL condition is a live problem on its flow; fixed in the panel, it goes
  const feelProblem = ui.problem(page, 'ToFast').first();
  await feelProblem.getByText(/FEEL 表达式 “=route =” 第 \d+ 个字符处/).waitFor();
  await feelProblem.click();
  await ui.panelField(page, 'ow-condition-expression').fill('=route = "fast"');
  await feelProblem.waitFor({ state: 'detached' });
  await ui.problem(page, 'Classify').first().waitFor();
  await selectShape(page, 'Classify');
  await page.getByTestId('decision-status').getByText('尚未设计决策表').waitFor();
  await page.getByTestId('design-decision').click();
  const dialog = page.getByTestId('decision-design-dialog');
  await dialog.getByText('设计决策表：分流规则').waitFor();
  // dmn-js in the console's language, through its i18n keys
  await dialog.getByText('命中策略').first().waitFor();
  const output = dialog.locator('td.output-cell').first();
  await output.click();
  await page.keyboard.type('"fast"');
  await dialog.getByText('"fast"').first().waitFor();
  await dialog.getByTestId('decision-design-apply').click();
  await page.getByTestId('decision-status').getByText('决策 Decision_Classify，1 条规则').waitFor();
  await page.getByTestId('problem-badge').and(page.locator('[data-state="ok"]')).waitFor();
  expect(await untranslatedKeys(page)).toEqual([]);

  await page.getByTestId('publish').click();
  await page.getByTestId('change-note').fill('设计分流决策表');
  await page.getByTestId('confirm-publish').click();
  await page.getByText(/已发布版本 v\d+/).waitFor();
}

describe('decision tables designed with dmn-js', () => {
  browserTest(
    'a designer writes the table of a business-rule task and publishes; a matter is routed by it, its timeline names the rule',
    async ({ page }) => {
      await designTheTable(page, await procedureId());
      const res = await (
        await as('admin')
      ).post('/items', {
        code: 'BT-DMN',
        name: '测试事项（决策表）',
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
      // the one rule (any kind) answers "fast": the FEEL condition ends the matter without a step
      const matter = await acceptMatter('BT-DMN');
      await waitFor('the matter completed', async () => (await matterDetail(matter.id)).status === 'COMPLETED');

      await switchUser(page, 'manager');
      await page.goto(`/#/matters/${matter.id}`);
      const decided = page.locator('[data-testid="timeline-event"][data-event-type="decision.evaluated"]');
      await decided.getByText('决策表判定').waitFor();
      await decided.getByText('命中规则：Rule_Classify_1').waitFor();
      await decided.getByText('判定结果（route）："fast"').waitFor();
    },
  );
});
