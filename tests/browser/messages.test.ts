import { login, screenshot, useBrowser } from '../support/browser';
import { matterDetail, waitFor } from '../support/matters';
import { ensureWaitingItem, waitingMatter } from '../support/message-waits';
import { untranslatedKeys } from './pages';

const browserTest = useBrowser();
beforeAll(ensureWaitingItem);

describe('等待的消息 on the matter page', () => {
  browserTest(
    'a clerk records the registry’s answer with the matter’s button; the matter goes on',
    async ({ page }) => {
      const { matter } = await waitingMatter();
      await login(page, 'clerk');
      await page.goto(`/#/matters/${matter.id}`);
      const card = page.getByTestId('messages-card');
      await card.getByText('办件正在等待以下消息').waitFor();
      await card.getByTestId('message-applicantWithdrew').getByText('申请人撤回').waitFor();
      await card.getByTestId('message-registryAnswered').click();
      const dialog = page.getByRole('dialog');
      await dialog.getByText('登记收到的消息').waitFor();
      await dialog.getByText('（消息名称 registryAnswered）', { exact: false }).waitFor();
      await dialog.locator('textarea[name="note"]').fill('登记机关来函同意（浏览器测试）');
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'message-dialog');
      await dialog.getByRole('button', { name: '确认登记' }).click();

      await page.getByText('已登记消息，流程继续').waitFor();
      await waitFor('completion', async () => (await matterDetail(matter.id)).status === 'COMPLETED');
      await page.reload();
      await page.getByTestId('matter-status').getByText('已办结').waitFor();
      // nothing waits any more: the card is gone
      expect(await page.getByTestId('messages-card').count()).toBe(0);
      const received = (await matterDetail(matter.id)).events.filter((e) => e.type === 'message.received');
      expect(received.map((e) => e.data?.name)).toEqual(['registryAnswered']);
    },
  );
});
