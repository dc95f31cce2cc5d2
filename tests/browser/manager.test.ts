import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { login, screenshot, useBrowser } from '../support/browser';
import { testDb } from '../support/db';
import { acceptMatter, matterDetail, openTasks, waitFor } from '../support/matters';
import { ui, untranslatedKeys } from './pages';

const browserTest = useBrowser();
const db = testDb();
afterAll(() => db.$disconnect());

const COUNT_KPIS = ['acceptedToday', 'inProgress', 'dueSoon', 'overdue'];
const AVERAGE_KPIS = ['avgHandlingDays', 'onTimeRate', 'avgRating'];

/**
 * A matter that is overdue right now. Waiting out a real time limit is not an option, so the test accepts a
 * promised matter through the API (as the clerk, with a valid ID number from the shared helper) and then moves
 * its due date into the past directly in the test database, with the red warning the deadline clock would set.
 */
async function overdueMatter() {
  const matter = await acceptMatter('MZ-001');
  await waitFor('the matter to be in progress with an open task', async () => {
    const detail = await matterDetail(matter.id);
    return detail.status === 'IN_PROGRESS' && detail.tasks.some((t) => t.status === 'OPEN' || t.status === 'CLAIMED');
  });
  const past = new Date(Date.now() - 10 * 86_400_000);
  await db.matter.update({
    where: { id: matter.id },
    data: {
      dueAt: past,
      dueDate: past.toISOString().slice(0, 10),
      warningLevel: 'RED',
      // the instants the colour is read from at once (the due instant is when it turns red)
      yellowAt: past,
      redAt: past,
      lastProgressAt: past,
    },
  });
  return matter;
}

async function expectTranslated(page: Page) {
  expect(await untranslatedKeys(page)).toEqual([]);
}

describe('manager console', () => {
  browserTest(
    'a manager reads the dashboard, finds an overdue matter in 督办, supervises it and sees it on the matter page',
    async ({ page }) => {
      const matter = await overdueMatter();
      const message = `请于今日内反馈办理进展（测试 ${Date.now() % 100000}）`;

      // dashboard: the seven KPI cards with figures, and the charts
      await login(page, 'manager');
      await page.getByTestId('manager-dashboard').waitFor();
      await page.getByTestId('kpi-overdue-value').waitFor();
      for (const key of COUNT_KPIS)
        expect(await page.getByTestId(`kpi-${key}-value`).innerText()).toMatch(/^\d[\d,]*$/);
      for (const key of AVERAGE_KPIS) expect(await page.getByTestId(`kpi-${key}-value`).innerText()).toMatch(/\d|—/);
      expect(Number(await page.getByTestId('kpi-overdue-value').innerText())).toBeGreaterThanOrEqual(1);
      expect(Number(await page.getByTestId('kpi-acceptedToday-value').innerText())).toBeGreaterThanOrEqual(1);
      await page.getByTestId('chart-department').getByText('民政办', { exact: true }).waitFor();
      await page.getByRole('button', { name: '近 30 天' }).click();
      await page.getByTestId('kpi-overdue-value').waitFor();
      await expectTranslated(page);
      await screenshot(page, 'manager-dashboard');

      // 督办 list: the overdue matter with its red chip
      await ui.menuItem(page, '督查督办').click();
      const row = page.locator('tr', { has: page.getByTestId(`supervise-${matter.receiptNo}`) });
      await row.waitFor();
      await row.getByText('已超期').waitFor();
      await expectTranslated(page);
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
      expect(download.suggestedFilename()).toMatch(/^督办清单-\d{4}-\d{2}-\d{2}\.csv$/);
      expect(readFileSync(await download.path(), 'utf8')).toContain(matter.receiptNo);
      await screenshot(page, 'manager-stalled');

      // supervise it
      await page.getByTestId(`supervise-${matter.receiptNo}`).click();
      const dialog = page.getByTestId('supervise-dialog');
      await dialog.getByTestId('supervise-message').fill(message);
      await expectTranslated(page);
      await dialog.getByTestId('supervise-submit').click();
      await page.getByText(`已对 ${matter.receiptNo} 发出督办`).waitFor();
      await dialog.waitFor({ state: 'detached' });

      // the matter page shows the supervision
      await row.getByRole('link', { name: matter.receiptNo }).click();
      await page.waitForURL(`**/#/matters/${matter.id}`);
      await page.getByTestId('supervision').filter({ hasText: message }).waitFor();
      await expectTranslated(page);
      await screenshot(page, 'manager-matter-supervised');
    },
  );

  browserTest('a manager selects a stalled matter and reassigns its open tasks to another person', async ({ page }) => {
    const matter = await overdueMatter();
    await login(page, 'manager');
    await ui.menuItem(page, '督查督办').click();
    const row = page.locator('tr', { has: page.getByTestId(`supervise-${matter.receiptNo}`) });
    await row.getByRole('checkbox').check();
    await page.getByTestId('bulk-reassign').click();
    const dialog = page.getByTestId('reassign-dialog');
    await dialog.getByTestId('reassign-user').locator('input').click();
    await page.getByTestId('user-option-minzheng2').click();
    await expectTranslated(page);
    await dialog.getByTestId('reassign-submit').click();
    await page.getByText(/已转派 [1-9]\d* 个任务/).waitFor();
    await waitFor('the open tasks to be held by 孙民政', async () => {
      const open = await openTasks(matter.id);
      return open.length > 0 && open.every((t) => (t as { assigneeName?: string }).assigneeName === '孙民政');
    });
  });

  browserTest("the manager's other pages render in Chinese and English without literal keys", async ({ page }) => {
    await login(page, 'manager');
    for (const [menu, ready] of [
      ['工作日历', 'month-grid'],
      ['审计日志', 'export-csv'],
      ['办事指南', 'empty-state'],
    ] as const) {
      await ui.menuItem(page, menu).click();
      await page.getByTestId(ready).or(page.locator('table')).first().waitFor();
      await expectTranslated(page);
    }
    // a manager views the calendar: days are not buttons
    await ui.menuItem(page, '工作日历').click();
    await page.getByTestId('month-grid').waitFor();
    expect(await page.getByTestId('month-grid').locator('button').count()).toBe(0);

    await page.locator('[data-testid="locale-switcher"]').click();
    await page.locator('[data-testid="locale-en"]').click();
    await page.getByText('Working-day calendar').first().waitFor();
    await expectTranslated(page);
    await ui.menuItem(page, 'Dashboard').click();
    await page.getByTestId('kpi-acceptedToday').getByText('Accepted today').waitFor();
    await expectTranslated(page);
    await page.getByRole('menuitem', { name: 'Supervision', exact: true }).click(); // not 'Supervision replies'
    await page.getByRole('columnheader', { name: 'Receipt no.' }).or(page.getByTestId('empty-state')).first().waitFor();
    await expectTranslated(page);
    await page.locator('[data-testid="locale-switcher"]').click();
    await page.locator('[data-testid="locale-zh-CN"]').click();
    await page.getByText('受理编号').first().waitFor();
  });
});
