import { login, screenshot, useBrowser } from '../support/browser';
import { testDb } from '../support/db';
import { matterOnOldVersion } from '../support/migrations';
import { untranslatedKeys } from './pages';

const browserTest = useBrowser();
const db = testDb();
afterAll(() => db.$disconnect());

describe('版本迁移 in the console', () => {
  browserTest(
    'an admin maps the renamed step, sees the dry run refuse and then accept the matter, migrates it; the matter page says so',
    async ({ page }) => {
      const { procedureId, matter } = await matterOnOldVersion();
      // an admin migrates (as a designer may) and, centre-wide, also sees the matter's page
      await login(page, 'admin');
      await page.goto(`/#/procedures/${procedureId}/show`);
      const panel = page.getByTestId('migration-panel');
      await panel.getByText('v1 上有 1 件办理中的办件').waitFor();
      const mappingRow = panel.getByTestId('migration-mapping').locator('tr', { hasText: 'Task_Receive' });
      await mappingRow.getByText('（不映射：该环节的办件将被拒绝迁移）').waitFor();

      await panel.getByRole('button', { name: '预演迁移' }).click();
      const dryRun = panel.getByTestId('migration-dry-run');
      await dryRun.locator('tr', { hasText: matter.receiptNo }).getByText('拒绝迁移').waitFor();
      await dryRun.getByText('环节“受理”在目标版本中不存在，且未映射到其他环节').waitFor();
      expect(await panel.getByRole('button', { name: /开始迁移/ }).isDisabled()).toBe(true);

      await mappingRow.getByRole('combobox').click();
      await page.getByRole('option', { name: '收件受理 (Task_Intake)' }).click();
      await panel.getByRole('button', { name: '预演迁移' }).click();
      await dryRun.locator('tr', { hasText: matter.receiptNo }).getByText('可迁移').waitFor();
      await dryRun.getByText('待办“受理” → “收件受理”保留', { exact: false }).waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'migration-dry-run');

      await panel.getByRole('button', { name: '开始迁移（1 件可迁移）' }).click();
      const batch = panel.getByTestId('migration-batch').first();
      await batch.getByText('已完成', { exact: false }).waitFor();
      await batch.getByText('共 1 件，已处理 1 件：迁移 1，拒绝 0，失败 0').waitFor();
      await batch.getByRole('button', { name: '查看报告' }).click();
      await batch.getByTestId('migration-report').getByText(`${matter.receiptNo} · 已迁移`).waitFor();
      await screenshot(page, 'migration-batch');

      await page.goto(`/#/matters/${matter.id}`);
      await page
        .getByTestId('matter-migrated')
        .getByText(/v1 → v2 迁移于/)
        .waitFor();
      await page.getByText('迁移到新版本流程').first().waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);
      const row = await db.matter.findUniqueOrThrow({
        where: { id: matter.id },
        select: { migratedFromVersion: true },
      });
      expect(row.migratedFromVersion).toBe(1);
    },
  );
});
