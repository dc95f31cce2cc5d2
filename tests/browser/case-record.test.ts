/**
 * 办理意见 in the console (issue 24, part 2): the approver writes 审批意见 in the step's one opinion box, opens the
 * completed task again and sees what was decided and written there (not an empty form), and prints the 审批表.
 */
import { ApiClient } from '../support/api-client';
import { login, screenshot, useBrowser } from '../support/browser';
import { acceptMatter, as, backOfficeTask, openTasks, waitFor, work } from '../support/matters';
import { selectShape, ui, untranslatedKeys } from './pages';
import { fillTaskForm, switchUser, type FormFieldSpec } from './ops-steps';

const browserTest = useBrowser();
const OPINION = '经入户核查，家庭人均收入低于当地低保标准，同意纳入。';

describe('case record', () => {
  browserTest(
    'the approver decides 审批 with its opinion, reopens the closed task to read it, and prints the 审批表',
    async ({ page }) => {
      const matter = await acceptMatter('MZ-001');
      await work(await backOfficeTask(matter.id), 'approve');
      await work(
        await waitFor('现场勘察', async () => (await openTasks(matter.id)).find((t) => t.name === '现场勘察')),
      );
      const approval = await waitFor('审批', async () => (await openTasks(matter.id)).find((t) => t.name === '审批'));

      await switchUser(page, 'minzheng-head');
      await page.goto(`/#/inbox/${approval.id}`);
      await page.getByTestId(`claim-${approval.id}`).click();
      await page.getByText('您已签收此任务。').waitFor();
      const detail = (await (await as('minzheng-head')).get(`/tasks/${approval.id}`)).body as {
        formFields: FormFieldSpec[];
      };
      await fillTaskForm(page, detail.formFields);
      await page.getByTestId('decision-approve').click();
      // the step's one opinion box carries the step's own name, required here
      await page.getByLabel('审批意见（必填）').fill(OPINION);
      await page.getByTestId('task-submit').click();
      await page.waitForURL('**/#/inbox');

      // reopened from the matter page: the decision and the opinion, read-only
      await page.goto(`/#/matters/${matter.id}`);
      await page.getByTestId('matter-task-Task_Approve').click();
      await page.waitForURL(`**/#/inbox/${approval.id}`);
      const panel = page.getByTestId('task-work');
      await panel.getByTestId('step-decision').getByText('通过').waitFor();
      await panel.getByTestId('step-opinion').getByText(OPINION).waitFor();
      expect(await panel.getByTestId('task-submit').count()).toBe(0);
      expect(await panel.locator('textarea[name="comment"]').count()).toBe(0);
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'case-record-closed-task');

      // the matter's timeline carries every completed step's record; the 审批表 prints them
      await page.goto(`/#/matters/${matter.id}`);
      await page.getByTestId('timeline').getByText(OPINION).waitFor();
      await page.getByTestId('print-approval-form').click();
      await page.waitForURL(`**/#/print/approval-form/${matter.id}`);
      await page.getByTestId('approval-form-no').getByText(matter.receiptNo).waitFor();
      const rows = page.getByTestId('approval-form-step');
      await rows.filter({ hasText: '审批' }).getByText(OPINION).waitFor();
      expect(await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-step')))).toEqual([
        '受理',
        '审查',
        '现场勘察',
        '审批',
      ]);
      expect(await page.getByTestId('approval-form-applicant').innerText()).toMatch(/\*/);
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'case-record-approval-form');
    },
    240_000,
  );

  browserTest(
    "the designer's step group shows and sets the opinion box, the identity need and separation of duties, in Chinese",
    async ({ page }) => {
      const api = await ApiClient.login('designer');
      const procedures = await api.get<{ data: Array<{ id: string; key: string }> }>('/procedures');
      const standard = procedures.body.data.find((p) => p.key === 'standard')!;
      await login(page, 'designer');
      await page.goto(`/#/procedures/${standard.id}/design`);
      await ui.canvasShape(page, 'Task_Approve').waitFor();
      await selectShape(page, 'Task_Approve');

      // as seeded: 审批意见, required, identity needed, not by who did 现场勘察
      expect(await ui.panelField(page, 'ow-step-opinionLabel').inputValue()).toBe('审批意见');
      expect(await ui.panelField(page, 'ow-step-opinionRequired').isChecked()).toBe(true);
      expect(await ui.panelField(page, 'ow-step-needsIdentity').isChecked()).toBe(true);
      expect(await ui.panelField(page, 'ow-step-distinctFrom-Task_Survey').isChecked()).toBe(true);
      await page.getByText('须与“现场勘察”的办理人不同').waitFor();
      expect(await ui.panelField(page, 'ow-step-distinctFrom-Task_Receive').isChecked()).toBe(false);

      // ticking one more step edits the diagram (unsaved)
      await ui.panelField(page, 'ow-step-distinctFrom-Task_Receive').check();
      await page.locator('[data-testid="dirty-state"]').getByText('有未保存的修改').waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'case-record-designer-step');
    },
  );
});
