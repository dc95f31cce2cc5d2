import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { login, screenshot, useBrowser } from '../support/browser';
import { testDb } from '../support/db';
import { insertMatter } from '../integration/admin-fixtures/matter-rows';
import { untranslatedKeys } from './pages';

const browserTest = useBrowser();
const db = testDb();
afterAll(() => db.$disconnect());

/** a matter of June 2022 (no other suite writes matters due then) that the 民政办 held eight days past its step limit */
async function lateMatter() {
  const matter = await insertMatter(db, 'MZ-001', {
    status: 'COMPLETED',
    acceptedAt: new Date('2022-06-01T01:00:00Z'),
    dueAt: new Date('2022-06-10T09:00:00Z'),
    completedAt: new Date('2022-06-14T09:00:00Z'),
  });
  const minzheng = await db.user.findUniqueOrThrow({ where: { username: 'minzheng' } });
  await db.task.create({
    data: {
      matterId: matter.id,
      taskKey: `fixture-${randomUUID()}`,
      nodeId: 'review',
      name: '民政办审查',
      stepKind: 'userTask',
      candidateDepartmentCode: 'MINZHENG',
      status: 'COMPLETED',
      createdAt: new Date('2022-06-02T01:00:00Z'),
      dueAt: new Date('2022-06-05T01:00:00Z'),
      completedAt: new Date('2022-06-13T01:00:00Z'),
      completedById: minzheng.id,
    },
  });
  return matter;
}

describe('责任追究 report', () => {
  browserTest('a manager traces an overdue matter to who held it, records the reason and exports', async ({ page }) => {
    const matter = await lateMatter();
    await login(page, 'manager');
    await page.goto('/#/accountability');
    await page.getByTestId('accountability-page').waitFor();
    await page.getByTestId('accountability-from').fill('2022-06-01');
    await page.getByTestId('accountability-bad-period').waitFor();
    await page.getByTestId('accountability-to').fill('2022-06-30');

    const card = page.getByTestId(`case-${matter.receiptNo}`);
    await card.getByText('超期 4 天').waitFor();
    const row = card.locator('tr').filter({ hasText: '民政办审查' });
    await row.getByText('张民政').waitFor();
    await row.getByText('11 天').waitFor();
    await row.getByText('8 天').waitFor();
    await page.getByTestId('accountability-by-person').getByText('张民政').waitFor();

    await card.getByTestId('record-reason').click();
    await page.getByTestId('reason-input').fill('审查人员外出培训，未按 AB 岗交接');
    await page.getByTestId('reason-dialog').getByRole('button', { name: '保存' }).click();
    await card.getByText(/审查人员外出培训，未按 AB 岗交接/).waitFor();
    expect(await untranslatedKeys(page)).toEqual([]);
    await screenshot(page, 'accountability-report');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-csv').click()]);
    expect(download.suggestedFilename()).toMatch(/^责任追究-2022-06-01-2022-06-30\.csv$/);
    const csv = readFileSync(await download.path(), 'utf8');
    expect(csv).toContain(matter.receiptNo);
    expect(csv).toContain('审查人员外出培训，未按 AB 岗交接');
  });
});
