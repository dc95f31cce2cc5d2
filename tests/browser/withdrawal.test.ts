import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { login, screenshot, useBrowser } from '../support/browser';
import { testDb } from '../support/db';
import { samplePdf } from '../support/material-files';
import { acceptMatter, backOfficeTask, matterDetail, waitFor } from '../support/matters';
import { untranslatedKeys } from './pages';

const browserTest = useBrowser();
const db = testDb();
afterAll(() => db.$disconnect());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe('撤件 in the console and on the public page', () => {
  browserTest(
    'a clerk withdraws a matter at the applicant’s written request; the page shows the withdrawal and its request',
    async ({ page }) => {
      const matter = await acceptMatter('MZ-001');
      const task = await backOfficeTask(matter.id);
      const pdf = await samplePdf('signed withdrawal request (browser)');

      await login(page, 'clerk');
      await page.goto(`/#/matters/${matter.id}`);
      await page.getByTestId('withdraw').click();
      const dialog = page.getByTestId('withdraw-dialog');
      await dialog.getByText('撤件后办件即终止').waitFor();
      const confirm = dialog.getByRole('button', { name: '确认撤件' });
      // the reason and the signed request are both needed
      await dialog.locator('textarea[name="reason"]').fill('申请人已在外地办理（浏览器测试）');
      expect(await confirm.isDisabled()).toBe(true);
      await dialog
        .locator('input[name="withdrawalRequest"]')
        .setInputFiles({ name: '撤件申请书.pdf', mimeType: 'application/pdf', buffer: pdf });
      await dialog.getByText('撤件申请书.pdf').waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);
      await confirm.click();

      await page.getByText('已撤件，已通知申请人').waitFor();
      await page.getByTestId('matter-status').getByText('已撤件').waitFor();
      const card = page.getByTestId('withdrawal-card');
      await card.getByTestId('withdrawal-reason').getByText('撤件理由：申请人已在外地办理（浏览器测试）').waitFor();
      await card.getByText('窗口撤件（申请人书面申请）').waitFor();
      expect(await page.getByTestId('withdraw').count()).toBe(0);
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'withdrawn-at-window');

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        card.getByRole('button', { name: /撤件申请书/ }).click(),
      ]);
      expect(sha256(await readFile((await download.path())!))).toBe(sha256(pdf));

      const row = await db.task.findUniqueOrThrow({ where: { taskKey: task.taskKey } });
      expect(row.status).toBe('CANCELLED');
      expect((await matterDetail(matter.id)).status).toBe('WITHDRAWN');
    },
  );

  browserTest('the applicant withdraws on the public page after looking the matter up', async ({ page }) => {
    const matter = await acceptMatter('MZ-001');
    await backOfficeTask(matter.id);
    const { phoneLast4 } = await db.matter.findUniqueOrThrow({ where: { id: matter.id } });
    await page.setViewportSize({ width: 390, height: 844 });

    await page.goto('/#/public/track');
    await page.locator('input[name="receiptNo"]').fill(matter.receiptNo);
    await page.locator('input[name="phoneLast4"]').fill(phoneLast4);
    await page.getByTestId('lookup').click();
    await page.getByTestId('public-status').getByText('办理中').waitFor();
    await page.getByTestId('progress').getByText('承诺办结').waitFor();

    const form = page.getByTestId('public-withdraw-form');
    expect(await form.getByTestId('public-withdraw').isDisabled()).toBe(true);
    await form.locator('textarea[name="withdrawalReason"]').fill('不再需要办理');
    await form.getByTestId('public-withdraw').click();
    await form.getByText('确定撤件？撤件后不能恢复。').waitFor();
    expect(await untranslatedKeys(page)).toEqual([]);
    await form.getByTestId('public-withdraw-confirm').click();

    await page.getByTestId('withdrawn').getByText('已撤件').waitFor();
    await page.getByTestId('public-status').getByText('已撤件').waitFor();
    await page.getByTestId('progress').getByText('申请人撤件').waitFor();
    expect(await page.getByTestId('progress').getByText('承诺办结').count()).toBe(0); // no promise left to keep
    expect(await page.getByTestId('public-withdraw-form').count()).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    expect(await untranslatedKeys(page)).toEqual([]);
    await screenshot(page, 'public-withdrawn');

    await waitFor('the matter withdrawn', async () => (await matterDetail(matter.id)).status === 'WITHDRAWN');
    expect(await db.withdrawal.findUniqueOrThrow({ where: { matterId: matter.id } })).toMatchObject({
      channel: 'PUBLIC',
      reason: '不再需要办理',
    });
  });
});
