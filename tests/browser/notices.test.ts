import { login, takeRefusal, useBrowser } from '../support/browser';
import { acceptMatter, as, backOfficeTask, waitFor } from '../support/matters';
import { untranslatedKeys } from './pages';

const browserTest = useBrowser();

describe('notices in the console', () => {
  browserTest(
    'the bell shows a new task for the department; opening it marks it read and leads to the matter with its notices',
    async ({ page }) => {
      const minzheng = await as('minzheng');
      await minzheng.post('/my-notices/read-all');
      const matter = await acceptMatter('MZ-002');
      const task = await backOfficeTask(matter.id);
      await waitFor('the notice', async () => (await minzheng.get('/my-notices/unread-count')).body.unread > 0);

      await login(page, 'minzheng');
      const badge = page.getByTestId('notice-bell-badge');
      await waitFor('the unread count on the bell', async () => Number(await badge.getAttribute('data-count')) > 0);
      await page.getByTestId('notice-bell').click();
      const line = page.getByTestId('notice-line').filter({ hasText: matter.receiptNo });
      await line.filter({ hasText: `新待办：${task.name}` }).waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);

      // not filtered on unread: another suite's read-all as the same user may have read it meanwhile
      const [notice] = (await minzheng.get('/my-notices?perPage=100')).body.data.filter(
        (n: { kind: string; matterId: string }) => n.kind === 'TASK_NEW' && n.matterId === matter.id,
      ) as Array<{ id: string }>;
      await line.click();
      await page.waitForURL(`**/#/matters/${matter.id}`);
      // read now (other suites change the count meanwhile: the notice itself is checked)
      await waitFor('the notice read', async () =>
        (
          (await minzheng.get('/my-notices?perPage=100')).body.data as Array<{ id: string; readAt: string | null }>
        ).some((n) => n.id === notice.id && n.readAt),
      );
      // the applicant's notices: no SMS contract in the test stack, so the SMS text is recorded, not sent
      const sms = page.locator('[data-testid="matter-notice"][data-kind="ACCEPTED"][data-channel="SMS"]');
      await sms.waitFor();
      expect(await sms.getAttribute('data-status')).toBe('RECORDED');
      await sms.getByText('仅记录').waitFor();
      await sms.getByText(`受理编号 ${matter.receiptNo}`, { exact: false }).waitFor();
      expect(await untranslatedKeys(page)).toEqual([]);
    },
  );

  browserTest('an admin edits a notice template; an unknown placeholder is refused with its name', async (session) => {
    const { page, errors } = session;
    await login(page, 'admin');
    await page.goto('/#/notice-templates');
    await page.getByText('不予批准通知', { exact: true }).waitFor();
    await page.getByText('受理通知', { exact: true }).click();
    await page.getByTestId('template-placeholders').getByText('{receiptNo}', { exact: false }).waitFor();
    const sms = page.locator('textarea[name="smsText"]');
    const original = await sms.inputValue();
    await sms.fill(`${original} {applicantIdNumber}`);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByText('模板中有未知的占位符', { exact: false }).waitFor();
    await page.getByText('{applicantIdNumber}', { exact: false }).first().waitFor();
    takeRefusal(errors, 400, '/api/notice-templates/ACCEPTED');
    const stored = (await (await as('admin')).get('/notice-templates/ACCEPTED')).body as { smsText: string };
    expect(stored.smsText).toBe(original);
    expect(await untranslatedKeys(page)).toEqual([]);
  });
});
