import { randomUUID } from 'node:crypto';
import type { Prisma } from '../../generated/prisma/client';
import { describeRepair } from '../../platform/reconcile/describe-repair';
import { login, screenshot, useBrowser } from '../support/browser';
import { testDb } from '../support/db';
import { ui, untranslatedKeys } from './pages';

const browserTest = useBrowser();
const db = testDb();
afterAll(() => db.$disconnect());

/** A night's backup and the reconcile after a restore, as the worker records them. */
async function recordRuns(receiptNo: string) {
  // an hour ahead: these stay the latest runs while other suites record backups of their own on the same stack
  const at = new Date(Date.now() + 3_600_000);
  await db.operationRun.create({
    data: {
      id: randomUUID(),
      kind: 'BACKUP',
      status: 'SUCCEEDED',
      trigger: 'schedule',
      startedAt: new Date(at.getTime() - 60_000),
      finishedAt: new Date(at.getTime() - 50_000),
      archive: '/srv/backups/onewindow-20261207T180000Z.owbackup',
      sizeBytes: BigInt(5_436_060),
      summary: {
        archiveId: 'a1',
        parts: [
          { name: 'temporal', takenAt: at.toISOString(), files: 1, size: 4_700_000 },
          { name: 'postgres', takenAt: at.toISOString(), files: 28, size: 630_000 },
          { name: 'files', takenAt: at.toISOString(), files: 0, size: 0 },
        ],
      },
    },
  });
  const repair = {
    kind: 'taskReopened',
    taskKey: `matter-${receiptNo}/t2`,
    from: 'COMPLETED',
    fields: { status: 'OPEN', assigneeId: null, suspended: false, candidateDepartmentCode: 'WINDOW', dueAt: null },
  } as const;
  const report = {
    startedAt: at.toISOString(),
    finishedAt: at.toISOString(),
    checkedMatters: 3,
    checkedWorkflows: 3,
    repaired: [
      {
        matterId: 'm1',
        receiptNo,
        workflowId: `matter-${receiptNo}`,
        repairs: [repair],
        described: [describeRepair(repair)],
      },
    ],
    restarted: [],
    findings: [
      {
        kind: 'WORKFLOW_WITHOUT_MATTER',
        workflowId: 'matter-X',
        zh: '流程 matter-X 没有对应的办件记录',
        en: 'Workflow matter-X has no matter row',
        actionZh: '请按申请人的受理回执在窗口重新受理',
        actionEn: "Accept it again at the window from the applicant's receipt",
      },
    ],
  };
  await db.operationRun.create({
    data: {
      id: randomUUID(),
      kind: 'RECONCILE',
      status: 'SUCCEEDED',
      trigger: 'restore',
      startedAt: at,
      finishedAt: at,
      summary: report as unknown as Prisma.InputJsonValue,
    },
  });
}

describe('backups page', () => {
  browserTest(
    'an admin sees the last backup, what the reconcile after a restore repaired, and what to do',
    async ({ page }) => {
      const receiptNo = `BR-${Date.now() % 100000}`;
      await recordRuns(receiptNo);
      await login(page, 'admin');
      await ui.menuItem(page, '备份与恢复').click();
      const overview = page.getByTestId('backups-overview');
      // (a failed backup of another suite may be the latest: its alert names it too)
      await overview.getByRole('heading', { name: '最近一次备份' }).waitFor();
      await overview.getByText('5.2 MiB').waitFor();
      await overview.getByText('核对 3 件办件：修复 1 件，重新启动 0 件，待处理 1 项').first().waitFor();
      // the test stack has no passphrase: the page says so and offers no backup
      await overview.getByText(/未设置备份口令/).waitFor();
      expect(await page.getByTestId('backup-now').isDisabled()).toBe(true);

      await page.getByRole('row').filter({ hasText: '恢复后自动' }).first().click();
      const detail = page.getByTestId('run-detail').first();
      await detail.getByText(receiptNo, { exact: true }).waitFor();
      await detail.getByText(/恢复为待办/).waitFor();
      await detail.getByText(/处理办法: 请按申请人的受理回执在窗口重新受理/).waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'admin-backups');
    },
  );
});
