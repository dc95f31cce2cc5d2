import { login, screenshot, useBrowser } from '../support/browser';
import { acceptMatter, as, waitFor } from '../support/matters';
import { untranslatedKeys } from './pages';

const browserTest = useBrowser();

interface Issued {
  matterId: string;
  resultId: string;
  resultNo: string;
  verifyPath: string;
}

/** A 即办件 (MZ-004) accepted at the window: completed with its result issued. */
async function issuedResult(): Promise<Issued> {
  const matter = await acceptMatter('MZ-004');
  const result = await waitFor('the result', async () => {
    const res = await (await as('clerk')).get(`/matters/${matter.id}/results`);
    return res.body.results?.[0] as { id: string; resultNo: string; verifyUrl: string } | undefined;
  });
  return {
    matterId: matter.id,
    resultId: result.id,
    resultNo: result.resultNo,
    verifyPath: new URL(result.verifyUrl).pathname,
  };
}

describe('results in the console and the public verification page', () => {
  browserTest(
    'the clerk sees the result on the matter page, downloads it and prints it at the window',
    async ({ page }) => {
      const issued = await issuedResult();
      await login(page, 'clerk');
      await page.goto(`/#/matters/${issued.matterId}`);
      const card = page.getByTestId('results-card');
      await card.getByText(issued.resultNo).waitFor();
      await card.getByTestId('result-status').getByText('有效').waitFor();
      expect(await card.getByTestId('revoke').count()).toBe(0);
      expect(await untranslatedKeys(page)).toEqual([]);

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        card.getByTestId('result-download').click(),
      ]);
      expect(download.suggestedFilename()).toMatch(new RegExp(`${issued.resultNo}\\.pdf$`));

      await card.getByTestId('result-print').click();
      const frame = page.locator('iframe[data-testid="result-print-frame"]');
      await frame.waitFor({ state: 'attached' });
      expect(await frame.getAttribute('src')).toMatch(/^blob:/);
      await screenshot(page, 'result-on-matter-page');

      // the receipt's print page offers the result too: both handed over at the window
      await page.goto(`/#/print/receipt/${issued.matterId}`);
      await page.getByTestId('print-result').getByText(issued.resultNo).click();
      await page.locator('iframe[data-testid="result-print-frame"]').first().waitFor({ state: 'attached' });
    },
  );

  browserTest(
    'a manager revokes a result with a reason; the phone-sized verification page says so',
    async ({ page }) => {
      const issued = await issuedResult();
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(issued.verifyPath);
      await page.getByTestId('verify-status').getByText('有效').waitFor();
      await page.getByTestId('verify-facts').getByText(issued.resultNo).waitFor();
      await page.getByTestId('verify-facts').getByText('张*').waitFor();
      expect(await page.locator('input[name="username"]').count()).toBe(0);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'verify-valid');

      await page.setViewportSize({ width: 1440, height: 900 });
      await login(page, 'manager');
      await page.goto(`/#/matters/${issued.matterId}`);
      const card = page.getByTestId('results-card');
      await card.getByTestId('revoke').click();
      const dialog = page.getByTestId('revoke-dialog');
      await dialog.locator('textarea[name="reason"]').fill('证照信息有误，已重新核发');
      await dialog.getByTestId('dialog-confirm').click();
      await card.getByTestId('result-status').getByText('已撤销').waitFor();
      await card
        .getByTestId('result-revoked')
        .getByText(/证照信息有误/)
        .waitFor();

      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto(issued.verifyPath);
      await page.getByTestId('verify-status').getByText('已撤销').waitFor();
      await page.getByTestId('verify-facts').getByText('证照信息有误，已重新核发').waitFor();
      await screenshot(page, 'verify-revoked');
    },
  );

  browserTest('an unknown code says so in Chinese', async ({ page, errors }) => {
    await page.goto('/verify/AAAAAAAAAAAAAAAAAAAAAA');
    await page
      .getByTestId('verify-error')
      .getByText(/未找到该办理结果/)
      .waitFor();
    // the one refused request the page makes
    const refused = errors.findIndex((e) => e.includes('status of 404'));
    expect(refused).toBeGreaterThanOrEqual(0);
    errors.splice(refused, 1);
  });
});
