import { ApiClient } from '../support/api-client';
import { login, screenshot, takeRefusal, useBrowser } from '../support/browser';
import { TEST_NOTICE_2028 } from '../fixtures/calendar/schedules';
import { ui, untranslatedKeys } from './pages';

const browserTest = useBrowser();
const YEAR = 2028; // test data for a year nobody else's test counts into (2027 is the integration test's)
const SOURCE = `测试数据：模拟的《国务院办公厅关于${YEAR}年部分节假日安排的通知》`;

describe("loading a year's holiday schedule in the console", () => {
  beforeAll(async () => {
    // a previous run on this stack may have left it loaded
    const api = await ApiClient.login('admin');
    await api.request('DELETE', `/calendar/years/${YEAR}/schedule`);
  });

  browserTest(
    'an admin pastes the notice, fixes what the server refuses, loads it, sees it in the month view, and unpublishes it',
    async ({ page, errors }) => {
      await login(page, 'admin');
      await ui.menuItem(page, '工作日历').click();
      await page.getByTestId('month-grid').waitFor();
      const row = page.getByTestId(`schedule-year-${YEAR}`);
      await row.getByText('未发布（预计）').waitFor();
      expect(await page.getByTestId('schedule-year-2026').getAttribute('data-status')).toBe('builtin');

      await page.getByTestId(`schedule-load-${YEAR}`).click();
      const dialog = page.getByTestId('schedule-dialog');
      await dialog.getByText(`加载 ${YEAR} 年放假安排`).waitFor();
      await dialog.getByTestId('schedule-source').fill(SOURCE);
      await dialog.getByTestId('schedule-notice').fill(TEST_NOTICE_2028);
      await dialog.getByTestId('schedule-parse').click();
      await dialog.getByTestId('schedule-parsed').getByText('已识别 6 项放假安排').waitFor();
      expect(await dialog.getByTestId('schedule-row-1-name').inputValue()).toBe('春节');
      expect(await dialog.getByTestId('schedule-row-1-workdays').inputValue()).toBe('2028-01-22, 2028-02-05');
      expect(await untranslatedKeys(page)).toEqual([]);

      // a mistake the server catches: the Spring Festival row removed
      await dialog.getByTestId('schedule-row-1').getByRole('button', { name: '删除此项' }).click();
      await dialog.getByTestId('schedule-next').click();
      await dialog.getByTestId('schedule-totals').getByText('共放假 22 天，调休上班 4 天。').waitFor();
      await dialog.getByTestId('schedule-confirm').click();
      await dialog
        .getByTestId('schedule-errors')
        .getByText(
          `未包含春节的法定假日：${YEAR}-01-25、${YEAR}-01-26、${YEAR}-01-27、${YEAR}-01-28（全国年节及纪念日放假办法）`,
        )
        .waitFor();
      takeRefusal(errors, 400, `/api/calendar/years/${YEAR}/schedule`);

      await dialog.getByTestId('schedule-parse').click();
      await dialog.getByTestId('schedule-next').click();
      await dialog.getByTestId('schedule-totals').getByText('共放假 30 天，调休上班 6 天。').waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'admin-calendar-schedule-check');
      await dialog.getByTestId('schedule-confirm').click();
      await dialog.waitFor({ state: 'detached' });

      await page
        .getByTestId('recomputed')
        .getByText(/已重新计算 \d+ 件在办事项的期限/)
        .waitFor();
      await page.locator(`[data-testid="schedule-year-${YEAR}"][data-status="loaded"]`).waitFor();
      await row.getByText('放假 30 天，调休上班 6 天').waitFor();
      expect(await page.getByTestId('provisional-banner').count()).toBe(0);

      // the month view shows the loaded days: Spring Festival off from Tue 25 Jan, Sat 22 Jan worked
      await page.getByTestId('calendar-month').locator('..').click();
      await page.getByRole('option', { name: '1 月', exact: true }).click();
      await page.locator(`[data-testid="day-${YEAR}-01-25"][data-category="holiday"][data-override="false"]`).waitFor();
      await page.locator(`[data-testid="day-${YEAR}-02-01"][data-category="holiday"]`).waitFor();
      await page.locator(`[data-testid="day-${YEAR}-01-22"][data-category="makeup"]`).waitFor();
      await page.getByTestId(`day-${YEAR}-01-25`).getByText('春节').waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'admin-calendar-schedule-loaded');

      const api = await ApiClient.login('admin');
      expect((await api.get(`/calendar?year=${YEAR}`)).body).toMatchObject({ published: true, status: 'loaded' });
      expect((await api.get(`/calendar/years/${YEAR}/schedule`)).body).toMatchObject({ source: SOURCE });

      // unpublished again: provisional, the make-up Saturday an ordinary weekend
      await page.getByTestId(`schedule-unpublish-${YEAR}`).click();
      await page.getByRole('dialog').getByRole('button', { name: '确认' }).click();
      await page.locator(`[data-testid="schedule-year-${YEAR}"][data-status="provisional"]`).waitFor();
      await page
        .getByTestId('provisional-banner')
        .getByText(`${YEAR} 年的国务院节假日安排尚未发布`, { exact: false })
        .waitFor();
      await page.locator(`[data-testid="day-${YEAR}-01-22"][data-category="weekend"]`).waitFor();
      expect((await api.get(`/calendar?year=${YEAR}`)).body).toMatchObject({ published: false, status: 'provisional' });
    },
  );
});
