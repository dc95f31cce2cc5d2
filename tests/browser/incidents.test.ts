import { login, screenshot, useBrowser } from '../support/browser';
import { testDb } from '../support/db';
import { matterWithIncident } from '../support/incidents';
import { matterDetail, waitFor } from '../support/matters';
import { untranslatedKeys } from './pages';

const browserTest = useBrowser();
const db = testDb();
afterAll(() => db.$disconnect());

describe('故障处理 in the console', () => {
  browserTest(
    'a manager finds the incidents, retries one once its cause is cured and ends another with a reason',
    async ({ page }) => {
      const first = await matterWithIncident(db);
      const second = await matterWithIncident(db);
      try {
        await login(page, 'manager');
        await page.goto('/#/incidents');
        await page.getByText('故障处理').first().waitFor();
        const row = (receiptNo: string) => page.locator('tr', { hasText: receiptNo });
        await row(first.matter.receiptNo).getByText('服务调用失败，已重试 3 次', { exact: false }).waitFor();
        await row(second.matter.receiptNo).getByText('待处理').waitFor();
        expect(await untranslatedKeys(page)).toEqual([]);
        await screenshot(page, 'incidents-open');

        await first.cure();
        await page.getByTestId(`incident-retry-${first.matter.receiptNo}`).click();
        await page.getByText('已重试，办件继续办理').waitFor();
        await waitFor(
          'the retried matter completed',
          async () => (await matterDetail(first.matter.id)).status === 'COMPLETED',
        );

        await page.getByTestId(`incident-cancel-${second.matter.receiptNo}`).click();
        const dialog = page.getByTestId('incident-cancel-dialog');
        const confirm = dialog.getByTestId('dialog-confirm');
        expect(await confirm.isDisabled()).toBe(true);
        await dialog.locator('textarea[name="reason"]').fill('出证模板损坏无法修复（浏览器测试）');
        await confirm.click();
        await page.getByText('办件已终止办理').waitFor();
        expect((await matterDetail(second.matter.id)).status).toBe('TERMINATED');

        // resolved incidents leave the default (open) list and show how they were resolved
        await page.goto(`/#/incidents?filter=${encodeURIComponent(JSON.stringify({ state: 'RESOLVED' }))}`);
        await row(first.matter.receiptNo)
          .getByText(/^已重试 · /)
          .waitFor();
        await row(second.matter.receiptNo)
          .getByText(/^已终止办理 · /)
          .waitFor();
        expect(await untranslatedKeys(page)).toEqual([]);
        await screenshot(page, 'incidents-resolved');
      } finally {
        await first.cure();
        await second.cure();
      }
    },
  );

  browserTest('a clerk has no incidents page', async ({ page }) => {
    await login(page, 'clerk');
    await page.goto('/#/incidents');
    expect(await page.getByTestId(/incident-retry-/).count()).toBe(0);
  });
});
