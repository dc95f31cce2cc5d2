import { randomUUID } from 'node:crypto';
import { forwardedRequest } from '../support/api-client';
import { login, screenshot, useBrowser } from '../support/browser';
import { testDb } from '../support/db';
import { insertMatter } from '../integration/admin-fixtures/matter-rows';
import { untranslatedKeys } from './pages';

const browserTest = useBrowser();
const db = testDb();
afterAll(() => db.$disconnect());

// one person per test (a fresh browser context each), in order: the loop passes from hand to hand
describe('整改 in the console: a poor rating answered by the department and reviewed by the manager', () => {
  let id = '';
  beforeAll(async () => {
    const matter = await insertMatter(db, 'MZ-002', {
      status: 'COMPLETED',
      phoneLast4: '3344',
      completedAt: new Date(),
    });
    const rated = await forwardedRequest('203.0.113.71', 'POST', '/public/rating', {
      receiptNo: matter.receiptNo,
      phoneLast4: '3344',
      score: 1,
      comment: '排队太久没人管',
    });
    expect(rated.status).toBe(201);
    ({ id } = await db.rectification.findFirstOrThrow({ where: { matterId: matter.id } }));
  });

  const reply = async (page: Parameters<Parameters<typeof browserTest>[1]>[0]['page'], measures: string) => {
    await login(page, 'minzheng');
    await page.goto('/#/rectifications');
    const row = page.getByTestId(`rectification-${id}`);
    await row.getByTestId('rectification-status').getByText('待整改').waitFor();
    await row.getByTestId('rectification-reply').click();
    const dialog = page.getByTestId('rectification-reply-dialog');
    await dialog.getByTestId('dialog-text').fill(measures);
    await dialog.getByTestId('dialog-confirm').click();
    await row.getByTestId('rectification-status').getByText('待审核').waitFor();
  };

  browserTest('the department replies with measures', async ({ page }) => {
    await reply(page, '高峰时段增开窗口');
    await page.getByTestId(`rectification-${id}`).getByText('排队太久没人管').waitFor();
    expect(await untranslatedKeys(page)).toEqual([]);
  });

  browserTest('the manager sends them back with a reason', async ({ page }) => {
    await login(page, 'manager');
    await page.goto('/#/rectifications');
    const row = page.getByTestId(`rectification-${id}`);
    await row.getByText('高峰时段增开窗口').waitFor();
    await row.getByTestId('rectification-return').click();
    const dialog = page.getByTestId('rectification-return-dialog');
    expect(await dialog.getByTestId('dialog-confirm').isDisabled()).toBe(true); // a reason is required
    await dialog.getByTestId('dialog-text').fill('请写明责任人和时限');
    await dialog.getByTestId('dialog-confirm').click();
    await row.getByText('已退回 1 次').waitFor();
    await row.getByText('审核意见：请写明责任人和时限').waitFor();
  });

  browserTest('the department answers again', async ({ page }) => {
    await reply(page, '由张民政负责，本周起高峰时段增开 2 个窗口');
  });

  browserTest('the manager accepts, and the applicant is told', async ({ page }) => {
    await login(page, 'manager');
    await page.goto('/#/rectifications');
    const row = page.getByTestId(`rectification-${id}`);
    await row.getByTestId('rectification-accept').click();
    await page.getByTestId('rectification-accept-dialog').getByTestId('dialog-confirm').click();
    await row.getByTestId('rectification-status').getByText('已完成').waitFor();
    await screenshot(page, 'rectifications');
    const { matterId } = await db.rectification.findUniqueOrThrow({ where: { id } });
    expect(await db.notice.count({ where: { matterId, kind: 'RECTIFIED' } })).toBeGreaterThan(0);
  });
});

describe('督办 in the console: the holder replies, the manager closes it', () => {
  let matterId = '';
  beforeAll(async () => {
    const matter = await insertMatter(db, 'MZ-002');
    matterId = matter.id;
    const minzheng = await db.user.findUniqueOrThrow({ where: { username: 'minzheng' } });
    // 张民政 holds the matter's open step: the 督办 goes to them
    await db.task.create({
      data: {
        matterId,
        taskKey: `fixture-${randomUUID()}`,
        nodeId: 'review',
        name: '民政办审查',
        stepKind: 'userTask',
        candidateDepartmentCode: 'MINZHENG',
        status: 'CLAIMED',
        assigneeId: minzheng.id,
      },
    });
  });
  const row = async (page: Parameters<Parameters<typeof browserTest>[1]>[0]['page']) => {
    const s = await db.supervision.findFirstOrThrow({ where: { matterId } });
    return page.getByTestId(`supervision-${s.id}`);
  };

  browserTest('the manager supervises from the matter page', async ({ page }) => {
    await login(page, 'manager');
    await page.goto(`/#/matters/${matterId}`);
    await page.getByTestId('supervise').click();
    await page.getByTestId('supervise-dialog').locator('textarea[name="message"]').fill('群众反映进度慢，请说明');
    await page.getByTestId('supervise-dialog').getByTestId('dialog-confirm').click();
    await page.getByTestId('supervision').getByTestId('supervision-open-list').waitFor();
  });

  browserTest('the holder opens it from the bell and replies', async ({ page }) => {
    await login(page, 'minzheng');
    await page.getByTestId('notice-bell').click();
    await page.getByText('督办：群众反映进度慢，请说明').first().click();
    await page.getByTestId('supervisions-page').waitFor();
    const r = await row(page);
    await r.getByTestId('supervision-status').getByText('待回复').waitFor();
    expect(await untranslatedKeys(page)).toEqual([]);
    await r.getByTestId('supervision-reply').click();
    await page.getByTestId('supervision-reply-dialog').getByTestId('dialog-text').fill('已入户核实，明日报审批');
    await page.getByTestId('supervision-reply-dialog').getByTestId('dialog-confirm').click();
    await r.getByTestId('supervision-status').getByText('已回复').waitFor();
  });

  browserTest('the manager reads the reply and closes it', async ({ page }) => {
    await login(page, 'manager');
    await page.goto('/#/supervisions');
    const r = await row(page);
    await r.getByText('已入户核实，明日报审批').waitFor();
    await r.getByTestId('supervision-close').click();
    await page.getByTestId('supervision-close-dialog').getByTestId('dialog-confirm').click();
    await r.getByTestId('supervision-status').getByText('已办结').waitFor();
    await screenshot(page, 'supervisions');
  });
});
