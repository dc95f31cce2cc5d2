import type { Page } from 'playwright-core';
import { ApiClient } from '../support/api-client';
import { login, screenshot, useBrowser } from '../support/browser';
import { selectShape, ui, untranslatedKeys } from './pages';

const browserTest = useBrowser();

/** The standard procedure's id and its first user task (with the department it is assigned to), if it exists. */
async function standardProcedure(): Promise<{ id: string; taskId: string; department: string } | null> {
  const api = await ApiClient.login('designer');
  const list = await api.get<{ data: Array<{ id: string; key: string }> }>('/procedures');
  const standard = list.body.data.find((p) => p.key === 'standard');
  if (!standard) return null;
  const detail = await api.get<{ draftXml: string }>(`/procedures/${standard.id}`);
  const task = /<(?:bpmn:)?userTask\b[^>]*?\bid="([^"]+)"[\s\S]*?<\/(?:bpmn:)?userTask>/.exec(detail.body.draftXml);
  if (!task) throw new Error('the standard procedure has no user task');
  const department = /department="([A-Z]+)"/.exec(task[0])?.[1] ?? 'MINZHENG';
  return { id: standard.id, taskId: task[1], department };
}

/** From the procedures list: open the standard procedure's designer, creating it from the template if not seeded. */
async function openStandardDesigner(page: Page) {
  await page.getByRole('columnheader', { name: '流程名称' }).or(page.getByTestId('empty-state')).first().waitFor();
  if (!(await standardProcedure())) {
    await page.getByRole('link', { name: '新建流程' }).first().click();
    await page.locator('input[name="name"]').fill('标准流程');
    await page.locator('input[name="key"]').fill('standard');
    await page.getByRole('button', { name: '保存' }).click();
    await page.waitForURL('**/#/procedures/*/design');
  } else {
    await page.locator('[data-testid="design-standard"]').click();
  }
  const seeded = (await standardProcedure())!;
  await page.waitForURL(`**/#/procedures/${seeded.id}/design`);
  return seeded;
}

describe('procedure designer', () => {
  browserTest(
    'a designer edits, validates, saves and publishes the standard procedure, then views the old version',
    async ({ page }) => {
      await login(page, 'designer');
      await page.getByText('一窗通办').first().waitFor();

      // procedures list (zh-CN), then the designer of the standard procedure
      await ui.menuItem(page, '流程设计').click();
      const seeded = await openStandardDesigner(page);
      const { taskId, department } = seeded;
      const newName = `受理测试${Date.now() % 100000}`;
      await ui.canvasShape(page, taskId).waitFor();
      await page.getByText('模型校验通过，可以发布').waitFor();

      // rename the task through the properties panel
      await selectShape(page, taskId);
      const name = ui.panelField(page, 'name');
      await name.fill(newName);
      await ui.canvasShape(page, taskId).getByText(newName).waitFor();
      await page.locator('[data-testid="dirty-state"]').getByText('有未保存的修改').waitFor();

      // the task loses its candidates: live validation names it; the problem selects it
      await ui.panelField(page, 'ow-candidates-department').selectOption('');
      await ui.panelField(page, 'ow-candidates-role').selectOption('');
      await ui.problem(page, taskId).first().waitFor();
      await expectMarker(page, taskId, true);
      await ui.problem(page, taskId).first().click();
      await screenshot(page, 'designer-with-problem');

      // the panel's edits are commands: undo brings the candidates back, redo removes them again
      await page.getByTestId('undo').click();
      await page.getByTestId('undo').click();
      await page.getByText('模型校验通过，可以发布').waitFor();
      await page.getByTestId('redo').click();
      await page.getByTestId('redo').click();
      await ui.problem(page, taskId).first().click();

      // fix it
      await ui.panelField(page, 'ow-candidates-department').selectOption(department);
      await page.getByText('模型校验通过，可以发布').waitFor();
      await expectMarker(page, taskId, false);

      // save, publish, see the new version
      await page.locator('[data-testid="save-draft"]').click();
      await page.getByText('草稿已保存').waitFor();
      await page.locator('[data-testid="dirty-state"]').getByText('已保存').waitFor();
      await page.locator('[data-testid="publish"]').click();
      const published = await page.getByText(/已发布版本 v\d+/).innerText();
      const version = Number(/v(\d+)/.exec(published)![1]);
      expect(version).toBeGreaterThanOrEqual(2);
      await screenshot(page, 'designer-published');
      await page.locator('[data-testid="versions-button"]').getByText(`(${version})`).waitFor();
      // published again with nothing changed: no copy of the version, and the designer is told so
      await page.locator('[data-testid="publish"]').click();
      await page.getByText(`草稿与已发布的 v${version} 相同，未生成新版本`).waitFor();
      await page.locator('[data-testid="versions-button"]').getByText(`(${version})`).waitFor();
      await page.locator('[data-testid="versions-button"]').click();
      await page.locator(`[data-testid="version-${version}"]`).waitFor();

      // the old version, read-only: no palette, no properties panel, the old task name
      await page.locator(`[data-testid="version-${version - 1}"]`).click();
      await page.waitForURL(`**/#/procedures/${seeded.id}/versions/${version - 1}`);
      const viewer = page.locator('[data-testid="version-viewer"]');
      await viewer.locator(`.djs-element[data-element-id="${taskId}"]`).waitFor();
      expect(await viewer.getByText(newName).count()).toBe(0);
      expect(await page.locator('.djs-palette').count()).toBe(0);
      expect(await page.locator('[data-testid="properties-panel"]').count()).toBe(0);
      await page
        .locator('[data-testid="read-only-chip"]')
        .getByText(`v${version - 1}`)
        .waitFor();
      await viewer
        .locator(`.djs-element[data-element-id="${taskId}"] .djs-hit`)
        .first()
        .click({ position: { x: 8, y: 8 }, force: true });
      await page
        .getByTestId('element-details')
        .getByText(/办理部门|办理角色/)
        .first()
        .waitFor();
      await screenshot(page, 'version-viewer');
      expect(await untranslatedKeys(page)).toEqual([]);
    },
  );

  browserTest(
    'opening a draft with a lint problem marks the element, and the properties panel comes with it',
    async ({ page }) => {
      // given a draft whose first task has no candidates
      const api = await ApiClient.login('designer');
      const template = await api.get<string>('/procedure-template');
      const draftXml = template.body.replace(/<ow:Candidates department="\$accepting" role="CLERK" \/>/, '');
      expect(draftXml).not.toBe(template.body);
      const created = await api.post<{ id: string }>('/procedures', {
        key: `lint-${Date.now() % 1_000_000}`,
        name: '校验提示测试',
        draftXml,
      });
      expect(created.status).toBe(201);

      // when the designer opens it
      await login(page, 'designer');
      await page.getByText('一窗通办').first().waitFor();
      await page.goto(`/#/procedures/${created.body.id}/design`);

      // then bpmnlint marks the task with our rule's text, and the panel shows the process
      const overlay = page.locator(
        `[data-testid="bpmn-canvas"] .djs-overlays[data-container-id="Task_Receive"] .bjsl-overlay`,
      );
      await overlay.waitFor();
      expect(await overlay.textContent()).toContain('用户任务须指定办理部门或角色');
      await ui.panelField(page, 'id').waitFor();
      // (the lint overlay covers the task's corner that selectShape clicks; the problem list selects it too)
      await ui.problem(page, 'Task_Receive').first().click();
      expect(await ui.panelField(page, 'ow-candidates-department').inputValue()).toBe('');
      await screenshot(page, 'designer-lint-on-open');
    },
  );

  browserTest('the English locale switch translates every page visited, with no literal keys', async ({ page }) => {
    await login(page, 'designer');
    await ui.menuItem(page, '流程设计').click();
    const seeded = await openStandardDesigner(page);
    await page.locator('[data-testid="locale-switcher"]').click();
    await page.locator('[data-testid="locale-en"]').click();
    await page.getByText('The model is valid and can be published').waitFor();
    await page.getByText('Save draft').waitFor();
    expect(await untranslatedKeys(page)).toEqual([]);
    await screenshot(page, 'designer-english');

    await ui.menuItem(page, 'Procedure design').click();
    await page.getByRole('columnheader', { name: 'Name' }).waitFor();
    expect(await untranslatedKeys(page)).toEqual([]);

    await page.goto(`/#/procedures/${seeded.id}/show`);
    await page.getByText('Published versions').waitFor();
    expect(await untranslatedKeys(page)).toEqual([]);
    await page.getByText('View read-only').first().click();
    await page.locator('[data-testid="version-viewer"] .djs-shape').first().waitFor();
    expect(await untranslatedKeys(page)).toEqual([]);

    await page.goto('/#/procedures/create');
    await page.getByText('Key').first().waitFor();
    expect(await untranslatedKeys(page)).toEqual([]);

    // and back to Chinese
    await page.locator('[data-testid="locale-switcher"]').click();
    await page.locator('[data-testid="locale-zh-CN"]').click();
    await page.getByText('流程标识').first().waitFor();
  });
});

async function expectMarker(page: Page, elementId: string, present: boolean) {
  const marked = ui.canvasShape(page, elementId).and(page.locator('.ow-problem-error'));
  await (present ? marked.waitFor() : marked.waitFor({ state: 'detached' }));
}
