import type { Page } from 'playwright-core';
import { screenshot, takeRefusal, useBrowser } from '../support/browser';
import {
  acceptMatter,
  as,
  backOfficeTask,
  matterDetail,
  openTasks,
  waitFor,
  workerFor,
  type TaskRow,
} from '../support/matters';
import { untranslatedKeys } from './pages';
import { fillTaskForm, switchUser, until, type FormFieldSpec } from './ops-steps';

const browserTest = useBrowser();

/** The demo user who works a step of MZ-001 (民政办: 审批 by its head; 受理 and 送达 at the accepting window). */
const userFor = (t: TaskRow) => workerFor(t);

/**
 * One step through the console: the department's inbox, claim from the list, open the task, fill the form the
 * procedure defines, decide (通过 where the step decides, else 完成), submit.
 */
async function workStepInUi(page: Page, receiptNo: string, task: TaskRow): Promise<void> {
  await page.goto('/#/inbox');
  await page.getByTestId('tab-department').click();
  // other suites leave open window steps behind: on a busy test database this matter's step is not on page 1
  await page.getByPlaceholder('受理编号、事项或环节').fill(receiptNo);
  const row = page.locator('tr', { hasText: receiptNo }).filter({ hasText: task.name });
  await row.getByTestId(`claim-${task.id}`).click();
  await page.getByText('已签收').first().waitFor();
  await row.getByText(task.name).click();
  await page.waitForURL(`**/#/inbox/${task.id}`);
  await page.getByText('您已签收此任务。').waitFor();

  const detail = (await (await as(userFor(task))).get(`/tasks/${task.id}`)).body as {
    formFields: FormFieldSpec[];
    allowedDecisions: string[];
  };
  await fillTaskForm(page, detail.formFields);
  await page.getByTestId(`decision-${detail.allowedDecisions[0]}`).click();
  await page.locator('textarea[name="comment"]').fill('同意，按程序办理。');
  expect(await untranslatedKeys(page)).toEqual([]);
  await page.getByTestId('task-submit').click();
  await page.waitForURL('**/#/inbox');
  await page.getByText('已提交，流程进入下一环节').waitFor();
}

describe('inbox', () => {
  browserTest(
    'the window and 民政办 work a 低保 matter step by step through the task forms until it is completed; the matter page shows it',
    async ({ page }) => {
      const matter = await acceptMatter('MZ-001');
      let user = '';
      const steps: string[] = [];
      for (let round = 0; round < 10; round++) {
        const status = (await matterDetail(matter.id)).status;
        if (status === 'COMPLETED') break;
        const [task] = await waitFor(`an open task of ${matter.receiptNo}`, async () => {
          const open = await openTasks(matter.id);
          return open.length ? open : undefined;
        });
        if (userFor(task) !== user) {
          user = userFor(task);
          await switchUser(page, user);
        }
        await workStepInUi(page, matter.receiptNo, task);
        if (round === 1) await screenshot(page, 'inbox-after-review');
        steps.push(task.name);
        await waitFor(
          `${task.name} to be done`,
          async () => (await matterDetail(matter.id)).tasks.find((t) => t.id === task.id)?.status === 'COMPLETED',
        );
      }
      await waitFor('the matter to be completed', async () => (await matterDetail(matter.id)).status === 'COMPLETED');
      expect(steps).toEqual(['受理', '审查', '现场勘察', '审批', '送达']);

      // the matter page: status, every step in the timeline, the diagram with the completed steps in green
      await page.goto(`/#/matters/${matter.id}`);
      await page.getByTestId('matter-receipt').getByText(matter.receiptNo).waitFor();
      await page.getByTestId('matter-status').getByText('已办结').waitFor();
      const timeline = page.getByTestId('timeline');
      await timeline.getByText('窗口受理').waitFor();
      await timeline.getByText('出具结果').first().waitFor();
      expect(await timeline.getByText('办理完成').count()).toBe(5);
      const diagram = page.getByTestId('matter-diagram');
      await diagram.locator('.djs-element.ow-step-completed[data-element-id="Task_Approve"]').waitFor();
      await until(
        'every step marked done',
        async () => (await diagram.locator('.djs-shape.ow-step-completed').count()) >= 5,
      );
      expect(await diagram.locator('.ow-step-active').count()).toBe(0);
      // its labels are readable (at least 11 px on screen), and a click on a step shows its handler, times and opinion
      const label = diagram.locator(
        '.djs-element[data-element-id="Task_Approve"] .djs-label tspan, .djs-element[data-element-id="Task_Approve"] text tspan',
      );
      const labelHeight = (await label.first().boundingBox())?.height ?? 0;
      expect(labelHeight).toBeGreaterThanOrEqual(11);
      await page.getByTestId('diagram-step-hint').waitFor();
      await diagram
        .locator('.djs-element[data-element-id="Task_Approve"] .djs-hit')
        .first()
        .click({ position: { x: 8, y: 8 }, force: true });
      const { steps: record } = (await (await as('manager')).get(`/matters/${matter.id}`)).body as {
        steps: Array<{ nodeId: string; handlerName: string | null; opinion: string | null }>;
      };
      const approve = record.find((s) => s.nodeId === 'Task_Approve')!;
      const details = page.getByTestId('diagram-step-details');
      await details.getByText('审批').first().waitFor();
      expect(await details.getByTestId('diagram-step-handler').innerText()).toContain(approve.handlerName!);
      expect(await details.getByTestId('diagram-step-opinion').innerText()).toContain(approve.opinion ?? '（未填写）');
      await screenshot(page, 'matter-diagram-step');
      // the engine's Web UI is for administrators and managers only
      expect(await page.getByTestId('temporal-link').count()).toBe(0);
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'inbox-matter-completed');
    },
    240_000,
  );

  browserTest(
    'a step refused because the task moved meanwhile shows the refusal and the task as it is now',
    async ({ page, errors }) => {
      const matter = await acceptMatter('MZ-001');
      const review = await backOfficeTask(matter.id);
      const elsewhere = await as('minzheng'); // the same approver in another tab
      expect((await elsewhere.post(`/tasks/${review.id}/claim`)).status).toBe(200);
      await switchUser(page, 'minzheng');
      await page.goto(`/#/inbox/${review.id}`);
      await page.getByText('您已签收此任务。').waitFor();
      expect((await elsewhere.post(`/tasks/${review.id}/unclaim`)).status).toBe(200);
      await page.getByTestId(`unclaim-${review.id}`).click();
      await page.getByText(/^操作失败：/).waitFor();
      // refreshed after the refusal: the page no longer offers to give back a task nobody holds
      await page.getByText('此任务尚未签收。签收后由您负责办理。').waitFor();
      await page.getByTestId(`claim-${review.id}`).waitFor();
      takeRefusal(errors, 409, `/api/tasks/${review.id}/unclaim`);
    },
    120_000,
  );

  browserTest(
    'a step answered 503 and submitted again carries the same Idempotency-Key, so it cannot apply twice',
    async ({ page, errors }) => {
      const matter = await acceptMatter('MZ-001');
      const review = await backOfficeTask(matter.id);
      expect((await (await as('minzheng')).post(`/tasks/${review.id}/claim`)).status).toBe(200);
      await switchUser(page, 'minzheng');
      await page.goto(`/#/inbox/${review.id}`);
      await page.getByText('您已签收此任务。').waitFor();
      const detail = (await (await as('minzheng')).get(`/tasks/${review.id}`)).body as {
        formFields: FormFieldSpec[];
        allowedDecisions: string[];
      };
      await fillTaskForm(page, detail.formFields);
      await page.getByTestId(`decision-${detail.allowedDecisions[0]}`).click();
      // 审查意见 is required at this step
      await page.locator('textarea[name="comment"]').fill('材料齐全，同意。');

      // the engine does not confirm the first submission in time (the API's 503); the second goes through
      const keys: string[] = [];
      await page.route(`**/api/tasks/${review.id}/complete`, async (route) => {
        keys.push(route.request().headers()['idempotency-key']);
        if (keys.length > 1) return route.continue();
        return route.fulfill({
          status: 503,
          contentType: 'application/json',
          body: JSON.stringify({
            error: {
              code: 'UNAVAILABLE',
              message: '流程引擎繁忙，本次操作尚未确认：可稍后再次提交，同一操作不会重复办理',
            },
          }),
        });
      });
      await page.getByTestId('task-submit').click();
      await page.getByText(/^操作失败：流程引擎繁忙/).waitFor();
      await page.getByTestId('task-submit').click();
      await page.waitForURL('**/#/inbox');
      await page.getByText('已提交，流程进入下一环节').waitFor();
      expect(keys).toHaveLength(2);
      expect(keys[0]).toMatch(/^[0-9a-f-]{36}$/);
      expect(keys[1]).toBe(keys[0]);
      await waitFor(
        'the review to be done',
        async () => (await matterDetail(matter.id)).tasks.find((t) => t.id === review.id)?.status === 'COMPLETED',
      );
      takeRefusal(errors, 503, `/api/tasks/${review.id}/complete`);
    },
    120_000,
  );

  browserTest(
    '补正: the approver asks for a material, the matter pauses, and the clerk resumes it with 材料已补齐',
    async ({ page }) => {
      const matter = await acceptMatter('MZ-001');
      const review = await backOfficeTask(matter.id);
      await switchUser(page, 'minzheng');
      // the 待办 menu entry counts the department's open tasks
      await page
        .getByTestId('inbox-badge')
        .locator('.MuiBadge-badge')
        .getByText(/^[1-9]\d*$/)
        .waitFor();
      await page.goto(`/#/inbox/${review.id}`);
      await page.getByText('此任务尚未签收。签收后由您负责办理。').waitFor();
      await page.getByTestId(`claim-${review.id}`).click();
      await page.getByText('您已签收此任务。').waitFor();
      await page.getByTestId('task-supplement').click();
      const dialog = page.getByTestId('supplement-dialog');
      await dialog.locator('textarea[name="reason"]').fill('收入说明未写明家庭成员的月收入');
      await dialog.getByLabel('家庭收入情况说明').check();
      expect(await untranslatedKeys(page)).toEqual([]);
      await dialog.getByTestId('dialog-confirm').click();
      await page.getByText('已通知申请人补正，办件暂停计时').waitFor();
      await waitFor('the matter to pause', async () => (await matterDetail(matter.id)).status === 'SUSPENDED');

      await switchUser(page, 'clerk');
      await page.goto(`/#/matters/${matter.id}`);
      await page.getByTestId('matter-status').getByText('补正中（暂停计时）').waitFor();
      await page.getByTestId('suspensions').getByText('原因：收入说明未写明家庭成员的月收入').waitFor();
      await screenshot(page, 'inbox-matter-suspended');
      await page.getByTestId('supplied').click();
      await page.getByTestId('dialog-confirm').click();
      await page.getByText('已确认材料补齐，办件恢复计时').waitFor();
      await waitFor('the matter to resume', async () => (await matterDetail(matter.id)).status === 'IN_PROGRESS');
      await page.getByTestId('matter-status').getByText('办理中').waitFor();
      await page.getByTestId('timeline').getByText('材料已补齐，恢复计时').waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);
    },
  );

  browserTest("the window clerk's pages have no literal keys in English either", async ({ page }) => {
    const matter = await acceptMatter('MZ-001');
    const [task] = await waitFor('the 受理 task', async () => {
      const open = await openTasks(matter.id);
      return open.length ? open : undefined;
    });
    await switchUser(page, 'clerk');
    await page.getByTestId('locale-switcher').click();
    await page.getByTestId('locale-en').click();
    const visit = async (path: string, text: string) => {
      await page.goto(`/#${path}`);
      await page.getByText(text).first().waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);
    };
    await visit('/intake', 'Choose the item');
    await visit('/inbox', 'Department tasks');
    await visit('/matters', 'Receipt number');
    await visit(`/matters/${matter.id}`, 'Time limit');
    await page.getByTestId('matter-diagram').locator('.djs-shape.ow-step-active').first().waitFor();
    await visit(`/inbox/${task.id}`, 'This task is not claimed yet. Claim it to take charge of it.');
    await visit(`/print/receipt/${matter.id}`, 'Receipt of acceptance');
    await screenshot(page, 'inbox-english-receipt');
    await page.getByTestId('locale-switcher').click();
    await page.getByTestId('locale-zh-CN').click();
    await page.getByText('受理回执').first().waitFor();
  });
});
