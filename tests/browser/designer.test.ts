import type { Page } from 'playwright-core';
import { ApiClient } from '../support/api-client';
import { login, screenshot, useBrowser } from '../support/browser';
import { selectShape, ui, untranslatedKeys } from './pages';
import { SUPPORTED_ELEMENT_KINDS } from '../../bpmn/supported-elements';

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
      // publishing asks for a change note and shows what changed: the renamed task, by name and id
      await page.locator('[data-testid="publish"]').click();
      const dialog = page.getByTestId('publish-dialog');
      await dialog.getByText(/相对已发布的 v\d+ 的变更/).waitFor();
      await dialog.getByTestId('changes-changed').getByText(`${newName} · ${taskId}`).waitFor();
      expect(await dialog.getByTestId('changes-removed').count()).toBe(0);
      expect(await dialog.getByTestId('confirm-publish').isDisabled()).toBe(true);
      await screenshot(page, 'designer-publish-dialog');
      const note = `更名为${newName}`;
      await dialog.getByTestId('change-note').fill(note);
      await dialog.getByTestId('confirm-publish').click();
      const published = await page.getByText(/已发布版本 v\d+/).innerText();
      const version = Number(/v(\d+)/.exec(published)![1]);
      expect(version).toBeGreaterThanOrEqual(2);
      await screenshot(page, 'designer-published');
      await page.locator('[data-testid="versions-button"]').getByText(`(${version})`).waitFor();
      // published again with nothing changed: the dialog says so, no copy of the version is made
      await page.locator('[data-testid="publish"]').click();
      await dialog.getByText(`草稿与 v${version} 完全相同，发布不会生成新版本。`).waitFor();
      await dialog.getByTestId('change-note').fill('再次发布');
      await dialog.getByTestId('confirm-publish').click();
      await page.getByText(`草稿与已发布的 v${version} 相同，未生成新版本`).waitFor();
      await page.locator('[data-testid="versions-button"]').getByText(`(${version})`).waitFor();
      await page.locator('[data-testid="versions-button"]').click();
      // the version lists its change note
      await page.locator(`[data-testid="version-${version}"]`).getByText(note).waitFor();

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
    'opening a draft with a problem marks the element; the one badge and the panel agree, and the badge selects it',
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

      // then the compiler's problem marks the task, the badge counts it as the panel does, and selects it
      await expectMarker(page, 'Task_Receive', true);
      const badge = page.getByTestId('problem-badge');
      await badge.and(page.locator('[data-state="error"]')).waitFor();
      expect(await badge.innerText()).toBe('1 个错误，0 个警告');
      expect(await page.getByTestId('problems-count').innerText()).toBe('1 个错误，0 个警告');
      expect(await page.getByText('模型校验通过，可以发布').count()).toBe(0);
      // one badge only: no second checker on the canvas
      expect(await page.locator('.bjsl-button, .bjsl-overlay').count()).toBe(0);
      await ui.panelField(page, 'id').waitFor();
      await badge.click();
      await ui.panelField(page, 'ow-candidates-department').waitFor();
      expect(await ui.panelField(page, 'ow-candidates-department').inputValue()).toBe('');
      await screenshot(page, 'designer-problem-on-open');
    },
  );

  browserTest(
    'a task no flow reaches: the live check refuses it as publishing does, before anyone clicks publish',
    async ({ page }) => {
      const api = await ApiClient.login('designer');
      const template = await api.get<string>('/procedure-template');
      const island =
        '<bpmn:userTask id="Task_Island" name="孤立环节"><bpmn:extensionElements>' +
        '<ow:Candidates department="$lead" role="APPROVER" /></bpmn:extensionElements></bpmn:userTask>';
      const draftXml = template.body.replace(/<\/bpmn:process>/, `${island}</bpmn:process>`);
      const created = await api.post<{ id: string }>('/procedures', {
        key: `island-${Date.now() % 1_000_000}`,
        name: '不可达环节测试',
        draftXml,
      });
      expect(created.status).toBe(201);
      // what publishing says
      const refused = await api.post<{ error: { details: Array<{ elementId: string; code: string }> } }>(
        `/procedures/${created.body.id}/publish`,
        { changeNote: '试发布' },
      );
      expect(refused.status).toBe(400);
      const refusedCodes = refused.body.error.details.map((p) => `${p.elementId}:${p.code}`).sort();
      expect(refusedCodes).toContain('Task_Island:UNREACHABLE');

      await login(page, 'designer');
      await page.getByText('一窗通办').first().waitFor();
      await page.goto(`/#/procedures/${created.body.id}/design`);
      await ui.problem(page, 'Task_Island').first().waitFor();
      await page.getByTestId('problem-badge').and(page.locator('[data-state="error"]')).waitFor();
      const listed = await page
        .getByTestId('problem-item')
        .evaluateAll((items) =>
          items.map((i) => `${i.getAttribute('data-element-id')}:${(i.textContent ?? '').split('·').pop()?.trim()}`),
        );
      expect(listed.sort()).toEqual(refusedCodes);
      expect(await page.getByText('模型校验通过，可以发布').count()).toBe(0);
    },
  );

  browserTest(
    'the palette and the replace menu offer exactly the supported element kinds, in Chinese',
    async ({ page }) => {
      await login(page, 'designer');
      await ui.menuItem(page, '流程设计').click();
      const { taskId } = await openStandardDesigner(page);
      await ui.canvasShape(page, taskId).waitFor();
      const palette = await page
        .locator('.djs-palette .entry[data-action^="create."]')
        .evaluateAll((entries) => entries.map((e) => [e.getAttribute('data-action'), e.getAttribute('aria-label')]));
      expect(palette).toEqual(
        SUPPORTED_ELEMENT_KINDS.filter((k) => k.palette).map((k) => [`create.${k.id}`, k.label.zh]),
      );

      await selectShape(page, taskId);
      // the context pad appends no untyped task nor a throw event: the supported tasks instead
      await page.locator('.djs-context-pad .entry[data-action="append.user-task"]').waitFor();
      const pad = await page
        .locator('.djs-context-pad .entry[data-action^="append."]')
        .evaluateAll((entries) => entries.map((e) => e.getAttribute('data-action')));
      expect(pad).not.toContain('append.append-task');
      expect(pad).not.toContain('append.intermediate-event');
      expect(pad).toContain('append.service-task');
      await page.locator('.djs-context-pad .entry[data-action="replace"]').click();
      const menu = page.locator('.djs-popup');
      await menu.locator('.entry').first().waitFor();
      const offered = await menu
        .locator('.djs-popup-results .entry')
        .evaluateAll((entries) => entries.map((e) => [e.getAttribute('data-id'), (e.textContent ?? '').trim()]));
      const ids = offered.map(([id]) => id);
      expect(ids).not.toContain('replace-with-script-task');
      for (const offeredTask of [
        'service-task',
        'send-task',
        'receive-task',
        'manual-task',
        'task',
        'rule-task',
        'call-activity',
      ])
        expect(ids).toContain(`replace-with-${offeredTask}`);
      for (const [, label] of offered) expect(label).toMatch(/^\p{Script=Han}/u);
      // multi-instance (会签) toggles, no standard loop: the engine runs the one, refuses the other
      const toggles = await menu
        .locator('.djs-popup-header .entry')
        .evaluateAll((entries) => entries.map((e) => e.getAttribute('data-id')));
      expect(toggles.sort()).toEqual(['toggle-parallel-mi', 'toggle-sequential-mi']);
      await screenshot(page, 'designer-replace-menu');
    },
  );

  browserTest(
    'a draft that does not parse opens with a Chinese message, and one click restores the published version',
    async ({ page }) => {
      const api = await ApiClient.login('designer');
      const template = await api.get<string>('/procedure-template');
      const created = await api.post<{ id: string }>('/procedures', {
        key: `broken-${Date.now() % 1_000_000}`,
        name: '损坏草稿测试',
        draftXml: template.body,
      });
      expect(created.status).toBe(201);
      const id = created.body.id;
      expect((await api.post(`/procedures/${id}/publish`, { changeNote: '第一版' })).status).toBe(201);
      expect((await api.put(`/procedures/${id}`, { draftXml: '<bpmn:definitions><oops' })).status).toBe(200);

      await login(page, 'designer');
      await page.getByText('一窗通办').first().waitFor();
      await page.goto(`/#/procedures/${id}/design`);
      const notice = page.getByTestId('broken-draft');
      await notice.getByText('草稿无法打开：它不是有效的 BPMN 流程图').waitFor();
      await screenshot(page, 'designer-broken-draft');
      await notice.getByTestId('restore-version-1').click();
      await page.getByRole('button', { name: '确认', exact: true }).click();
      await page.getByText('已把 v1 恢复为草稿').waitFor();
      await ui.canvasShape(page, 'Task_Receive').waitFor();
      expect(await notice.count()).toBe(0);
      await page.getByTestId('problem-badge').and(page.locator('[data-state="ok"]')).waitFor();
      expect((await api.get<{ draftXml: string }>(`/procedures/${id}`)).body.draftXml).toBe(template.body.trim());
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
