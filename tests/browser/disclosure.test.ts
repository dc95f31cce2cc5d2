import { screenshot, useBrowser } from '../support/browser';
import { untranslatedKeys } from './pages';

const browserTest = useBrowser();

describe('办事公开 and the hall screen', () => {
  browserTest(
    'a citizen on a phone reads the guide, the fees with their basis, the agents and the results',
    async ({ page }) => {
      await page.setViewportSize({ width: 390, height: 844 });
      await page.goto('/#/open');
      await page.getByTestId('guide-item-MZ-001').waitFor();
      expect(await page.locator('input[name="username"]').count()).toBe(0);
      await page.locator('input[name="q"]').fill('低保');
      await page.getByTestId('guide-item-MZ-004').waitFor({ state: 'detached' });
      await page.getByTestId('guide-item-MZ-001').click();

      await page.getByTestId('guide-name').getByText('最低生活保障申请').waitFor();
      await page
        .getByTestId('guide-limits')
        .getByText(/^承诺时限 \d+ 个工作日（法定时限 30 个工作日）$/)
        .waitFor();
      await page.getByTestId('guide-fees').getByText('不收费').waitFor();
      await page.getByTestId('material-sample').first().click();
      await page.getByText(/申请人：张三/).waitFor();
      await page
        .getByTestId('complaint-phone')
        .getByText(/0731-8888/)
        .waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(page, 'open-guide-phone');

      await page.goto('/#/open/items/ZR-002');
      await page.getByTestId('guide-fees').getByText('不动产权属证书工本费：10.00 元/每本').waitFor();
      await page
        .getByTestId('guide-fees')
        .getByText(/发改价格规〔2016〕2559号/)
        .waitFor();

      await page.getByTestId('open-tab-agents').click();
      const agent = page.getByTestId('agent-card').filter({ hasText: '刘代办' });
      await agent.getByText('东村便民服务站').waitFor();
      expect(await agent.locator('a[href^="tel:"]').count()).toBe(1);
      expect((await agent.locator('a[href^="tel:"]').boundingBox())!.height).toBeGreaterThanOrEqual(44);

      await page.getByTestId('open-tab-results').click();
      await page.getByTestId('results-heading').waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await screenshot(page, 'open-results-phone');
    },
  );

  browserTest(
    'the hall screen shows the wall’s contents and keeps its figures while the API is away',
    async (session) => {
      const { page, errors } = session;
      await page.setViewportSize({ width: 1920, height: 1080 });
      await page.goto('/#/display?refresh=2');
      await page.getByTestId('display-centre').getByText('城关镇便民服务中心').waitFor();
      await page
        .getByTestId('display-commitments')
        .getByText(/当场办结/)
        .waitFor();
      await page.getByTestId('display-discipline').getByText('不推诿、不刁难、不吃拿卡要', { exact: false }).waitFor();
      await page.getByTestId('display-fees').getByText('不动产权属证书工本费：10.00 元/每本').waitFor();
      await page.getByTestId('display-staff').getByText('王窗口').waitFor();
      const accepted = await page.getByTestId('figure-accepted').textContent();
      expect(Number(accepted)).toBeGreaterThanOrEqual(0);
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'hall-display');

      // the API goes away: the screen keeps what it showed and says so
      await page.route('**/api/public/display', (route) => route.fulfill({ status: 503, body: '{}' }));
      await page.getByTestId('display-stale').waitFor();
      expect(await page.getByTestId('figure-accepted').textContent()).toBe(accepted);
      await page.getByTestId('display-fees').getByText('不动产权属证书工本费：10.00 元/每本').waitFor();
      await screenshot(page, 'hall-display-stale');

      // and it comes back by itself
      await page.unroute('**/api/public/display');
      await page.getByTestId('display-stale').waitFor({ state: 'detached' });
      const refused = errors.filter((e) => e.includes('status of 503') && e.includes('/api/public/display'));
      expect(refused.length).toBeGreaterThan(0);
      errors.splice(0, errors.length, ...errors.filter((e) => !refused.includes(e)));
    },
  );
});
