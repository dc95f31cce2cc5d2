import { login, screenshot, useBrowser } from '../support/browser';
import { testDb } from '../support/db';
import { insertMatter } from '../integration/admin-fixtures/matter-rows';
import { untranslatedKeys } from './pages';

const browserTest = useBrowser();
const db = testDb();
afterAll(() => db.$disconnect());

/** 投诉: a citizen complains on the public page; a clerk takes one at the window and assigns the online one. */
describe('complaints in the browser', () => {
  let subject = { id: '', receiptNo: '' };
  let onlineReceipt = '';
  beforeAll(async () => {
    subject = await insertMatter(db, 'MZ-002', { status: 'COMPLETED', completedAt: new Date() });
  });

  browserTest('a citizen on a phone complains without logging in and gets a receipt number', async ({ page }) => {
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/#/open');
    await page.getByTestId('open-tab-complaint').click();
    const form = page.getByTestId('complaint-form');
    expect(await page.locator('input[name="username"]').count()).toBe(0);
    await form.locator('input[name="name"]').fill('孙网友');
    await form.locator('input[name="phone"]').fill('13900004321');
    await form.locator('textarea[name="content"]').fill('网上反映：临时救助审批时间过长，无人答复');
    await form.locator('input[name="receiptNo"]').fill(subject.receiptNo);
    await page.getByTestId('complaint-submit').click();
    const receipt = page.getByTestId('complaint-receipt-no');
    await receipt.waitFor();
    onlineReceipt = /受理编号：(\S+)/.exec((await receipt.textContent()) ?? '')![1];
    expect(onlineReceipt).toMatch(/\d/);
    expect(await untranslatedKeys(page)).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'open-complaint-phone');
  });

  browserTest('a clerk takes a complaint at the window and assigns the online one (受理分办)', async ({ page }) => {
    await login(page, 'clerk');
    await page.goto('/#/complaints');
    await page.getByTestId('complaint-new').click();
    const dialog = page.getByTestId('complaint-dialog');
    await dialog.getByTestId('complaint-name').fill('赵投诉');
    await dialog.getByTestId('complaint-mobile').fill('13900001111');
    await dialog.getByTestId('complaint-content').fill('窗口办理临时救助时态度生硬');
    await dialog.getByTestId('complaint-subject-receipt').fill(subject.receiptNo);
    await dialog.getByTestId('complaint-content').click();
    // the complained-about matter suggests its lead department, 民政办
    await dialog
      .getByRole('combobox', { name: /被投诉部门/ })
      .getByText('民政办')
      .waitFor();
    await dialog.getByTestId('dialog-confirm').click();
    await page.getByText(/投诉已登记，受理编号/).waitFor();
    const windowRow = await db.complaint.findFirstOrThrow({
      where: { channel: 'WINDOW', subjectMatterId: subject.id },
    });
    const windowMatter = await db.matter.findUniqueOrThrow({ where: { id: windowRow.matterId } });
    await page.getByTestId(`complaint-${windowMatter.receiptNo}`).getByText('民政办').waitFor();

    // the online complaint waits for 受理分办; the clerk confirms the suggested department
    const online = page.getByTestId(`complaint-${onlineReceipt}`);
    await online.getByText('待受理分办').waitFor();
    await online.getByTestId('complaint-assign').click();
    const assign = page.getByTestId('assign-dialog');
    await assign
      .getByRole('combobox', { name: /被投诉部门/ })
      .getByText('民政办')
      .waitFor();
    await assign.getByTestId('dialog-confirm').click();
    await online.getByText('调查答复中').waitFor({ timeout: 30_000 });
    expect(await untranslatedKeys(page)).toEqual([]);
    await screenshot(page, 'complaints-page');

    // the complained-about matter shows "被投诉" with a link to each complaint
    await page.goto(`/#/matters/${subject.id}`);
    const about = page.getByTestId('complained-about');
    await about.getByText('被投诉').waitFor();
    await about.getByRole('link', { name: onlineReceipt }).click();
    await page.getByTestId('complaint-about').getByRole('link', { name: subject.receiptNo }).waitFor();
  });
});
