import { login, screenshot, useBrowser } from '../support/browser';
import { acceptMatter, as, matterDetail, openTasks, waitFor } from '../support/matters';
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

describe('等待的信号 on the matter page and the 信号 page', () => {
  browserTest(
    'a manager sees the count on the 信号 page, broadcasts from the matter page; the matter leaves 受理 by the boundary',
    async ({ page }) => {
      const matter = await acceptMatter('TS-MSG');
      const manager = await as('manager');
      // the count comes from the engine's index, a moment behind the matter: wait until it holds this one
      const waiting = await waitFor('the matter counted as waiting', async () => {
        const res = await manager.get<{ data: { name: string; waiting: number }[] }>('/signals');
        return res.body.data?.find((row) => row.name === 'batchAccepted')?.waiting;
      });
      await login(page, 'manager');
      await page.getByRole('menuitem', { name: '信号' }).click();
      await page
        .getByTestId('signal-row-batchAccepted')
        .getByTestId('signal-waiting')
        .getByText(String(waiting))
        .waitFor();
      await page.locator('input[name="signalName"]').fill('1 bad');
      await page.getByText('信号名称不合法').waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);

      await page.goto(`/#/matters/${matter.id}`);
      const row = page.getByTestId('signals-card').getByTestId('signal-wait-batchAccepted');
      await row.getByText('集中受理').waitFor();
      await row.getByTestId('broadcast-batchAccepted').click();
      const dialog = page.getByTestId('broadcast-dialog');
      await dialog.getByText('送达所有正在等待它的在办办件', { exact: false }).waitFor();
      await dialog.getByText(`目前共有 ${waiting} 个办件在等待`, { exact: false }).waitFor();
      await screenshot(page, 'signal-broadcast-dialog');
      await dialog.getByRole('button', { name: '确认广播' }).click();
      await page.getByText(`已广播信号，送达 ${waiting} 个办件`).waitFor();

      // 受理 withdrawn by the boundary, the matter waits for the registry's answer; the card is gone
      await waitFor('受理 withdrawn', async () => (await openTasks(matter.id)).length === 0);
      expect((await matterDetail(matter.id)).events.map((e) => e.type)).toEqual(
        expect.arrayContaining(['signal.received', 'signal.boundary']),
      );
      await page.getByTestId('signals-card').waitFor({ state: 'detached' });
    },
  );
});
