import type { Page } from 'playwright-core';
import { makeValidIdNumber } from '../../domain/testing/id-numbers';
import { login, screenshot, useBrowser } from '../support/browser';
import { testDb } from '../support/db';
import { ui, untranslatedKeys } from './pages';
import { checked, disabled, until } from './ops-steps';
import { acceptMatter, driveToEnd } from '../support/matters';

const browserTest = useBrowser();
const db = testDb();
afterAll(() => db.$disconnect());

/** MZ-001 最低生活保障申请: a promised item whose ID card (申请人居民身份证) is required and not deferrable. */
const PROMISED_ITEM = 'MZ-001';
const seed = Date.now() % 1_000_000;

async function chooseItem(page: Page) {
  await ui.menuItem(page, '窗口受理').click();
  await page.getByTestId('item-search').fill('低保');
  await page.getByTestId(`item-${PROMISED_ITEM}`).click();
  await page.getByText('申请材料（已收').waitFor();
}

async function fillApplicant(page: Page, name: string, n: number) {
  await page.getByTestId('intake-next').click();
  await page.locator('input[name="applicantName"]').fill(name);
  await page.locator('input[name="idNumber"]').fill(makeValidIdNumber(seed + n));
  await page.getByText('校验位正确').waitFor();
  await page.locator('input[name="phone"]').fill(`1380000${String(seed + n).slice(-4)}`);
  await page.getByTestId('intake-next').click();
}

describe('window intake', () => {
  browserTest(
    'a clerk accepts a promised matter at the chosen window and prints the receipt, once despite a double click',
    async ({ page }) => {
      const name = `王受理${seed}`;
      await login(page, 'clerk');
      await chooseItem(page);
      // the department's first window is preselected; the clerk sits at the second
      await until('the first window preselected', async () =>
        (await page.getByTestId('intake-window').getByRole('combobox').innerText()).includes('W01'),
      );
      await page.getByTestId('intake-window').getByRole('combobox').click();
      await page.getByTestId('window-W02').click();
      await page.getByRole('button', { name: '全部已收' }).click();
      await page.getByText('申请材料（已收 6 / 6）').waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);
      await fillApplicant(page, name, 1);

      // every required material is there: 受理 is offered first
      await page.getByText('必需材料已全部提交，可以受理。').waitFor();
      await checked(page.getByTestId('decision-ACCEPT').locator('input'));
      await screenshot(page, 'window-decision');
      await page.getByTestId('intake-submit').dblclick();

      await page.waitForURL('**/#/print/receipt/*');
      const receiptNo = (await page.getByTestId('receipt-no').innerText()).trim();
      expect(receiptNo).not.toBe('');
      await page.getByRole('heading', { name: '受理回执' }).waitFor();
      await page.getByText('最低生活保障申请').first().waitFor();
      await page.getByText(/^王\*+$/).waitFor();
      await page.getByText('王窗口 / W02').waitFor();
      const matters = await db.matter.findMany({
        where: { applicantName: name },
        select: { receiptNo: true, windowId: true },
      });
      const w02 = await db.window.findUniqueOrThrow({ where: { code: 'W02' } });
      expect(matters).toEqual([{ receiptNo, windowId: w02.id }]);
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'window-receipt');
    },
  );

  browserTest('materials missing: the clerk issues a one-time notice listing them and prints it', async ({ page }) => {
    await login(page, 'clerk');
    await chooseItem(page);
    await page.getByTestId('material-APPLICATION').click();
    await page.getByTestId('material-HUKOU').click();
    await fillApplicant(page, `李告知${seed}`, 2);

    // the ID card is missing and may not follow later: 一次性告知 is offered, 受理 is not
    await checked(page.getByTestId('decision-NOTICE').locator('input'));
    await disabled(page.getByTestId('decision-ACCEPT').locator('input'));
    await page.getByTestId('notice-missing').getByText('申请人居民身份证').waitFor();
    await page.getByTestId('intake-submit').click();

    await page.waitForURL('**/#/print/notice/*');
    await until(
      'the notice title',
      async () => (await page.getByTestId('notice-title').innerText()) === '一次性告知书',
    );
    await page.getByTestId('notice-missing').getByText('申请人居民身份证').waitFor();
    expect((await page.getByTestId('notice-no').innerText()).trim()).not.toBe('');
    await page.getByTestId('notice-remedies').waitFor();
    expect(await untranslatedKeys(page)).toEqual([]);
    await screenshot(page, 'window-notice');
  });
});

describe('退办件', () => {
  browserTest(
    "a rejected matter's page offers the 退办通知书 with the written reason, legal basis and remedies",
    async ({ page }) => {
      const matter = await acceptMatter('MZ-002');
      const written = {
        reason: '家庭人均收入高于当地临时救助标准',
        legalBasis: '《社会救助暂行办法》第四十七条',
        remedies: '如不服，可于六十日内申请行政复议',
      };
      await driveToEnd(
        matter.id,
        (t) => (t.stepKind === 'review' ? 'reject' : undefined),
        (t) => (t.stepKind === 'review' ? written : {}),
      );
      await login(page, 'clerk');
      await page.goto(`/#/matters/${matter.id}`);
      await page.getByTestId('print-rejection').click();
      await page.getByTestId('rejection-title').getByText('退办通知书').waitFor();
      await page.getByTestId('rejection-reason').getByText(written.reason, { exact: false }).waitFor();
      await page.getByText(written.legalBasis, { exact: false }).waitFor();
      await page.getByTestId('rejection-remedies').getByText(written.remedies).waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);
    },
  );
});
