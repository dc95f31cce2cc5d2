/**
 * The procedures a designer is asked to model (补正 race, withdrawal at any point, 会签, one site survey shared by
 * several items), each imported in the console
 * as another tool exports it (no drawing: the designer lays it out), published there and run: the steps a person
 * takes in the console (messages on the matter page) in the browser, the back office's tasks through the API.
 */
import path from 'node:path';
import type { Page } from 'playwright-core';
import { login, screenshot, useBrowser } from '../support/browser';
import { acceptMatter, as, matterDetail, openTasks, waitFor, work, type TaskRow } from '../support/matters';
import { selectShape, ui, untranslatedKeys } from './pages';

const browserTest = useBrowser();
const run = Date.now() % 100000;

const fixture = (name: string) => path.resolve(__dirname, '../fixtures/bpmn/designed', `${name}.bpmn`);

/**
 * As the designer in the console: a new procedure, the file imported, `edit` done (when the file needs the console to
 * finish it), the live check passed, published as v1.
 */
async function designAndPublish(
  page: Page,
  file: string,
  name: string,
  shown: string[],
  edit?: () => Promise<void>,
): Promise<string> {
  const key = `${file}-${run}`;
  await login(page, 'designer');
  await ui.menuItem(page, '流程设计').click();
  await page.getByRole('link', { name: '新建流程' }).first().click();
  await page.locator('input[name="name"]').fill(name);
  await page.locator('input[name="key"]').fill(key);
  await page.getByRole('button', { name: '保存' }).click();
  await page.waitForURL('**/#/procedures/*/design');
  await page.getByTestId('import-file').setInputFiles(fixture(file));
  await page.getByText('文件中没有图形布局，已自动排版').waitFor();
  await edit?.();
  await page.getByText('模型校验通过，可以发布').waitFor();
  // the laid-out drawing shows every node of the process (a sub-process's own nodes are one click further in)
  for (const id of shown) await ui.canvasShape(page, id).waitFor();
  await screenshot(page, `designed-${file}`);
  expect(await untranslatedKeys(page)).toEqual([]);
  await page.getByTestId('publish').click();
  const dialog = page.getByTestId('publish-dialog');
  await dialog.getByTestId('change-note').fill(`导入 ${file}.bpmn`);
  await dialog.getByTestId('confirm-publish').click();
  await page.getByText('已发布版本 v1').waitFor();
  return key;
}

async function itemFor(procedureKey: string, code: string, extra: Record<string, unknown> = {}): Promise<string> {
  const itemCode = `${code}-${run}`;
  const res = await (
    await as('admin')
  ).post('/items', {
    code: itemCode,
    name: `测试事项（${procedureKey}）`,
    kind: 'PROMISED',
    leadDepartmentCode: 'MINZHENG',
    legalBasis: '测试依据',
    conditions: '测试条件',
    promisedDays: 5,
    statutoryDays: 20,
    deliveryMethods: ['ONSITE'],
    procedureKey,
    materials: [{ code: 'APPLICATION', name: '申请书' }],
    ...extra,
  });
  expect(res.status).toBe(201);
  return itemCode;
}

const openNamed = (matterId: string, name: string) =>
  waitFor(
    `the step ${name}`,
    async () => {
      const open = (await openTasks(matterId)).filter((t: TaskRow) => t.name === name);
      return open.length > 0 && open;
    },
    60_000,
  );

/** As the clerk on the matter page: the message's button, a note, confirmed. */
async function sendFromMatterPage(page: Page, matterId: string, message: string, note: string) {
  await login(page, 'clerk');
  await page.goto(`/#/matters/${matterId}`);
  await page.getByTestId(`message-${message}`).click();
  const dialog = page.getByRole('dialog');
  await dialog.locator('textarea[name="note"]').fill(note);
  await dialog.getByRole('button', { name: '确认登记' }).click();
  await page.getByText('已登记消息，流程继续').waitFor();
}

async function acceptedMatter(itemCode: string, extra?: Record<string, unknown>) {
  const matter = await acceptMatter(itemCode, extra ? { extra } : {});
  const [accept] = await openNamed(matter.id, '受理');
  await work(accept);
  return matter;
}

const statusOf = async (id: string, status: string) =>
  waitFor(`status ${status}`, async () => (await matterDetail(id)).status === status);

describe('procedures a designer models, from import to a finished matter', () => {
  browserTest(
    '补正 race: the materials arrive before the 补正 period runs out; the period’s timer is withdrawn',
    async ({ page }) => {
      const key = await designAndPublish(page, 'supplement-race', '补正竞速（导入）', [
        'Start',
        'Accept',
        'AwaitSupplement',
        'Arrived',
        'PeriodOver',
        'Review',
        'Done',
        'Refused',
      ]);
      const matter = await acceptedMatter(await itemFor(key, 'TS-RACE'));
      await sendFromMatterPage(page, matter.id, 'materialsArrived', '申请人已补齐户口簿复印件');
      const [review] = await openNamed(matter.id, '审查');
      await work(review);
      await statusOf(matter.id, 'COMPLETED');
      const events = (await matterDetail(matter.id)).events.map((e: { type: string }) => e.type);
      expect(events).toContain('message.received');
      expect(events).not.toContain('matter.rejected');
    },
  );

  browserTest(
    'withdrawal at any point: the applicant withdraws during 审查; 审查 is cancelled, materials returned, the matter ends WITHDRAWN',
    async ({ page }) => {
      const key = await designAndPublish(page, 'withdraw-anytime', '随时撤回（导入）', [
        'Start',
        'Accept',
        'Review',
        'Approve',
        'Done',
        'Withdrawal',
      ]);
      const matter = await acceptedMatter(await itemFor(key, 'TS-WDR'));
      await openNamed(matter.id, '审查');
      await sendFromMatterPage(page, matter.id, 'applicantWithdrew', '申请人来电撤回申请');
      const [giveBack] = await openNamed(matter.id, '退还材料');
      expect((await matterDetail(matter.id)).tasks.find((t: TaskRow) => t.name === '审查')?.status).toBe('CANCELLED');
      await work(giveBack);
      await statusOf(matter.id, 'WITHDRAWN');
      await page.reload();
      await page.getByTestId('matter-status').getByText('已撤件').waitFor();
      expect((await matterDetail(matter.id)).outcomeReason).toBe('申请人来电撤回申请');
    },
  );

  browserTest(
    '会签: one task per co-department, the matter finishes when every department has signed',
    async ({ page }) => {
      const key = await designAndPublish(page, 'countersign', '多部门会签（导入）', [
        'Start',
        'Accept',
        'Countersign',
        'Done',
      ]);
      const departments = ['MINZHENG', 'ZIRAN', 'ZHUJIAN'];
      const itemCode = await itemFor(key, 'TS-SIGN', { coDepartmentCodes: departments.slice(1) });
      const matter = await acceptedMatter(itemCode);
      const signs = await waitFor('the countersign tasks', async () => {
        const open = (await openTasks(matter.id)).filter((t: TaskRow) => t.name === '会签');
        return open.length === 2 && open;
      });
      expect(signs.map((t: TaskRow) => t.candidateDepartmentCode).sort()).toEqual(departments.slice(1).sort());
      await work(signs[0]);
      expect((await matterDetail(matter.id)).status).toBe('IN_PROGRESS');
      await work(signs[1]);
      await statusOf(matter.id, 'COMPLETED');
    },
  );

  browserTest(
    'a shared site survey: a call activity whose procedure the designer picks in the panel; the survey task opens on the matter and its result comes back',
    async ({ page }) => {
      const surveyKey = await designAndPublish(page, 'site-survey', '现场踏勘（共用，导入）', [
        'Start',
        'Survey',
        'Surveyed',
      ]);
      const key = await designAndPublish(
        page,
        'survey-caller',
        '调用共用踏勘（导入）',
        ['Start', 'Accept', 'CallSurvey', 'Passed', 'Approve', 'Done', 'Refused'],
        async () => {
          // imported without its callee: the live check names the call activity until the panel names the procedure
          await ui.problem(page, 'CallSurvey').first().waitFor();
          await selectShape(page, 'CallSurvey');
          await ui.panelField(page, 'ow-call-procedure').selectOption(surveyKey);
        },
      );
      const matter = await acceptedMatter(await itemFor(key, 'TS-CALL'));
      const [survey] = await openNamed(matter.id, '现场踏勘');
      await work(survey, undefined, { surveyResult: 'pass' });
      // the survey's result came back through the call's ow:Out and decided the caller's gateway
      await waitFor('the survey to end', async () =>
        (await matterDetail(matter.id)).events.some((e) => e.type === 'calledProcedure.ended'),
      );
      expect((await matterDetail(matter.id)).status).toBe('IN_PROGRESS');
      const [approve] = await openNamed(matter.id, '审批');
      await work(approve);
      await statusOf(matter.id, 'COMPLETED');
    },
  );
});
