import { randomUUID } from 'node:crypto';
import { login, screenshot, useBrowser } from '../support/browser';
import { testDb } from '../support/db';
import { acceptMatter, as, backOfficeTask, matterDetail, waitFor } from '../support/matters';
import { ui, untranslatedKeys } from './pages';

const browserTest = useBrowser();
const db = testDb();
afterAll(() => db.$disconnect());

describe('the clock in the console', () => {
  browserTest(
    'a manager approves an extension the handling approver asked for; the due date moves and the page says so',
    async ({ page }) => {
      const matter = await acceptMatter('MZ-001');
      await backOfficeTask(matter.id);
      const before = await waitFor('due date', async () => (await matterDetail(matter.id)).dueDate);
      const asked = await (
        await as('minzheng')
      ).request(
        'POST',
        `/matters/${matter.id}/extension-requests`,
        { workingDays: 3, reason: '需组织专家评审（浏览器测试）' },
        { 'idempotency-key': randomUUID() },
      );
      expect(asked.status).toBe(201);

      await login(page, 'manager');
      await ui.menuItem(page, '延期审批').click();
      const row = page.getByTestId('extension-request-row').filter({ hasText: matter.receiptNo });
      await row.waitFor();
      await row.getByText('需组织专家评审（浏览器测试）').waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'extension-requests');
      await row.getByTestId('approve-extension').click();
      const dialog = page.getByTestId('extension-decision-dialog');
      await dialog.getByText('批准延期 3 个工作日').waitFor();
      await dialog.getByRole('button', { name: '批准并延长期限' }).click();
      await page.getByText('已批准，办理期限已延长').waitFor();
      await dialog.waitFor({ state: 'detached' });

      const request = await db.extensionRequest.findUniqueOrThrow({ where: { id: asked.body.id } });
      expect(request).toMatchObject({ status: 'APPROVED' });
      expect(request.appliedAt).not.toBeNull();
      expect((await matterDetail(matter.id)).dueDate! > before).toBe(true);

      // the matter page: the extension in its clock card, no second one to ask for
      await page.goto(`/#/matters/${matter.id}`);
      const card = page.getByTestId('clock-card');
      await card.getByText('已延长 3 个工作日').waitFor();
      await card.getByTestId('extension-request').getByText('已批准').waitFor();
      expect(await card.getByTestId('deadline-explanation').innerText()).toMatch(/延长/);
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'matter-clock');
    },
  );
});
