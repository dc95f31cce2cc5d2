import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ApiClient } from '../support/api-client';
import { login, screenshot, takeRefusal, useBrowser } from '../support/browser';
import { selectShape, ui, untranslatedKeys } from './pages';

const browserTest = useBrowser();

const run = String(Date.now() % 1_000_000);
const code = `TYJR${run}`;
const name = `退役军人服务站${run}`;
const standardXml = readFileSync(path.resolve(__dirname, '../../bpmn/procedures/standard.bpmn'), 'utf8');
let procedureId = '';

describe('organisation as data in the console', () => {
  browserTest('an admin adds a department in the console, without touching code', async ({ page }) => {
    await login(page, 'admin');
    await ui.menuItem(page, '部门').click();
    await page.getByRole('cell', { name: 'MINZHENG' }).waitFor();
    await page.getByRole('link', { name: '新建' }).click();
    await page.locator('input[name="code"]').fill(code);
    await page.locator('input[name="name"]').fill(name);
    await page.locator('input[name="nameEn"]').fill('Veterans service station');
    expect(await untranslatedKeys(page)).toEqual([]);
    await page.getByRole('button', { name: '保存' }).click();
    await page.getByRole('cell', { name: code }).waitFor();
    await page
      .getByRole('row', { name: new RegExp(code) })
      .getByText('启用')
      .waitFor();
    await screenshot(page, 'admin-department-added');

    // and the windows and stations pages keep theirs the same way
    await ui.menuItem(page, '受理窗口').click();
    await page.getByRole('cell', { name: 'W01' }).waitFor();
    await ui.menuItem(page, '便民服务站').click();
    await page.getByRole('cell', { name: 'ST-DONGCUN' }).waitFor();
    expect(await untranslatedKeys(page)).toEqual([]);

    const api = await ApiClient.login('admin');
    expect((await api.get(`/departments/${code}`)).body).toEqual({
      code,
      name,
      nameEn: 'Veterans service station',
      active: true,
      headUserId: null,
    });
  });

  browserTest("the designer's candidate picker offers it; the draft names it and publishes", async ({ page }) => {
    const designer = await ApiClient.login('designer');
    const created = await designer.post<{ id: string }>('/procedures', {
      key: `tyjr-${run}`,
      name: '退役军人事务流程',
      draftXml: standardXml,
    });
    expect(created.status).toBe(201);
    procedureId = created.body.id;

    await login(page, 'designer');
    await page.goto(`/#/procedures/${procedureId}/design`);
    await ui.canvasShape(page, 'Task_Route').waitFor();
    await page.getByText('模型校验通过，可以发布').waitFor();
    await selectShape(page, 'Task_Route');
    const department = ui.panelField(page, 'ow-candidates-department');
    await department.selectOption({ label: name });
    await page.locator('[data-testid="dirty-state"]').getByText('有未保存的修改').waitFor();
    // the live check knows the department too: still publishable
    await page.getByText('模型校验通过，可以发布').waitFor();
    expect(await untranslatedKeys(page)).toEqual([]);
    await page.getByTestId('save-draft').click();
    await page.getByText('草稿已保存').waitFor();
    await screenshot(page, 'designer-new-department');

    const draft = (await designer.get<{ draftXml: string }>(`/procedures/${procedureId}`)).body.draftXml;
    expect(draft).toMatch(new RegExp(`id="Task_Route"[\\s\\S]*?department="${code}"`));
    expect((await designer.post(`/procedures/${procedureId}/publish`)).status).toBe(201);
  });

  browserTest(
    'deactivating it while a published version names it is refused with the list',
    async ({ page, errors }) => {
      expect(procedureId).not.toBe('');
      await login(page, 'admin');
      await page.goto(`/#/departments/${code}`);
      const active = page.locator('input[name="active"]');
      await active.waitFor();
      expect(await active.isChecked()).toBe(true);
      await active.uncheck();
      await page.getByRole('button', { name: '保存' }).click();
      await page.getByText(`部门 ${name}（${code}）仍在使用，不能停用`, { exact: false }).waitFor();
      await page.getByText(`tyjr-${run} v1`, { exact: false }).first().waitFor();
      takeRefusal(errors, 409, `/api/departments/${code}`);
      await screenshot(page, 'admin-department-deactivation-refused');
      expect((await (await ApiClient.login('admin')).get(`/departments/${code}`)).body.active).toBe(true);
    },
  );
});
