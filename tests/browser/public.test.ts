import { randomUUID } from 'node:crypto';
import { makeValidIdNumber } from '../../domain/testing/id-numbers';
import { screenshot, useBrowser } from '../support/browser';
import { as, itemGuide, matterDetail, waitFor } from '../support/matters';
import { untranslatedKeys } from './pages';

const browserTest = useBrowser();

/** MZ-004 高龄津贴申请 is an immediate item: the matter comes back completed, so it can be rated at once. */
async function completedMatter(phone: string) {
  const guide = await itemGuide('MZ-004');
  const res = await (
    await as('clerk')
  ).post('/matters/intake', {
    idempotencyKey: randomUUID(),
    itemCode: 'MZ-004',
    applicant: { name: '赵评价', idNumber: makeValidIdNumber(Date.now() % 1_000_000), phone },
    providedMaterials: guide.materials.filter((m) => m.required).map((m) => m.code),
    decision: 'ACCEPT',
  });
  if (res.status !== 201) throw new Error(`intake: ${res.status} ${JSON.stringify(res.body)}`);
  const matter = res.body.matter as { id: string; receiptNo: string };
  await waitFor(
    'the immediate matter to be completed',
    async () => (await matterDetail(matter.id)).status === 'COMPLETED',
  );
  return matter;
}

describe('public progress lookup', () => {
  browserTest(
    'an applicant on a phone looks the matter up with receipt number and phone digits and rates it 5 stars',
    async ({ page }) => {
      const last4 = String(Date.now() % 10_000).padStart(4, '0');
      const matter = await completedMatter(`1390000${last4}`);
      await page.setViewportSize({ width: 390, height: 844 });

      await page.goto('/#/public/track');
      await page.getByText('办件进度查询').first().waitFor();
      expect(await page.locator('input[name="username"]').count()).toBe(0);
      await page.locator('input[name="receiptNo"]').fill(matter.receiptNo);
      await page.locator('input[name="phoneLast4"]').fill(last4);
      await page.getByTestId('lookup').click();

      await page.getByTestId('public-status').getByText('已办结').waitFor();
      await page.getByTestId('progress').getByText('窗口已受理').waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);
      // phone-friendly: nothing wider than the screen, large touch targets
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect((await page.getByTestId('rate').boundingBox())!.height).toBeGreaterThanOrEqual(44);
      await screenshot(page, 'public-lookup');

      await page.getByTestId('rating-form').locator('label', { hasText: '5 星' }).click();
      await page.getByText('非常满意').waitFor();
      await page.locator('textarea[name="comment"]').fill('窗口一次办好，很方便。');
      await page.getByTestId('rate').click();
      await page.getByTestId('thank-you').getByText('感谢您的评价！').waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'public-rated');

      expect((await matterDetail(matter.id)).rating).toEqual(
        expect.objectContaining({ score: 5, comment: '窗口一次办好，很方便。' }),
      );
    },
  );

  browserTest('the page switches to English and back', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/#/public/track');
    await page.getByTestId('locale-switcher').click();
    await page.getByTestId('locale-en').click();
    await page.getByText('Track your application').waitFor();
    await page.getByText('Last 4 digits of your phone').waitFor();
    expect(await untranslatedKeys(page)).toEqual([]);
    await page.getByTestId('locale-switcher').click();
    await page.getByTestId('locale-zh-CN').click();
    await page.getByText('手机号码后 4 位').first().waitFor();
  });
});
