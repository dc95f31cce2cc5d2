import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { login, screenshot, useBrowser } from '../support/browser';
import { testDb } from '../support/db';
import { insertMatter } from '../integration/admin-fixtures/matter-rows';
import { untranslatedKeys } from './pages';

const browserTest = useBrowser();
const db = testDb();
const DEFAULT_WEIGHTS = { efficiency: 40, quality: 40, performance: 20 };
afterAll(async () => {
  await db.assessmentWeights.update({ where: { id: 1 }, data: DEFAULT_WEIGHTS });
  await db.$disconnect();
});

/** 2017 (no other suite writes matters then): the 东村 agent brought one matter, finished a day early and rated 5 */
async function stationMatter() {
  await db.assessmentWeights.update({ where: { id: 1 }, data: DEFAULT_WEIGHTS });
  const agent = await db.user.findUniqueOrThrow({ where: { username: 'agent' } });
  const clerk = await db.user.findUniqueOrThrow({ where: { username: 'clerk' } });
  const matter = await insertMatter(db, 'MZ-001', {
    status: 'COMPLETED',
    agentId: agent.id,
    viaAgent: true,
    acceptedAt: new Date('2017-03-01T01:00:00Z'),
    dueAt: new Date('2017-03-10T09:00:00Z'),
    completedAt: new Date('2017-03-09T09:00:00Z'),
  });
  await db.rating.create({
    data: { matterId: matter.id, score: 5, staffId: clerk.id, at: new Date('2017-03-10T02:00:00Z') },
  });
}

describe('考核 and the service index', () => {
  browserTest('an admin reads a year’s assessment, sets the weights and exports it to Excel', async ({ page }) => {
    await stationMatter();
    await login(page, 'admin');
    await page.goto('/#/assessment');
    await page.getByTestId('assessment-page').waitFor();
    await page.getByTestId('assessment-from').fill('2017-12-31');
    await page.getByTestId('assessment-to').fill('2017-01-01');
    await page.getByTestId('assessment-bad-period').waitFor();
    await page.getByTestId('assessment-from').fill('2017-01-01');
    await page.getByTestId('assessment-to').fill('2017-12-31');

    const dongcun = page.getByTestId('assessment-stations-东村便民服务站');
    await dongcun.getByTestId('service-index').getByText('100', { exact: true }).waitFor();
    await dongcun.getByText('100%').waitFor();
    await page.getByTestId('assessment-people-刘代办').getByText('100%').waitFor();
    await page
      .getByTestId('complaints-source')
      .getByText(/来自投诉办件/)
      .waitFor();
    await page.getByTestId('assessment-index-chart').waitFor();
    await page.getByTestId('assessment-on-time-chart').waitFor();

    await page.getByTestId('edit-weights').click();
    const dialog = page.getByTestId('weights-dialog');
    await page.getByTestId('weight-efficiency').fill('50');
    await page.getByTestId('weight-quality').fill('30');
    await page.getByTestId('weight-performance').fill('10');
    await dialog.getByText('三项权重之和应为 100，现为 90').waitFor();
    expect(await dialog.getByRole('button', { name: '保存' }).isDisabled()).toBe(true);
    await page.getByTestId('weight-performance').fill('20');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByTestId('assessment-weights').getByText('权重：效率 50，质量 30，绩效 20').waitFor();
    expect(await untranslatedKeys(page)).toEqual([]);
    await screenshot(page, 'assessment');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByTestId('assessment-export-excel').getByRole('button').click(),
    ]);
    expect(download.suggestedFilename()).toBe('考核-2017-01-01-2017-12-31.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(readFileSync(await download.path()) as never);
    const stations = book.getWorksheet('便民服务站')!;
    const header = stations.getRow(1).values as unknown[];
    expect(header).toContain('效率（权重 50）');
    const row = stations.getRows(2, stations.rowCount - 1)!.find((r) => r.getCell(1).value === 'ST-DONGCUN')!;
    expect(row.getCell(5).value).toBe(1);
    expect(row.getCell(stations.columnCount).value).toBe(100);
    expect(book.getWorksheet('说明')!.getRow(3).getCell(2).value).toBe('效率 50，质量 30，绩效 20');
  });
});
