import type { Page } from 'playwright-core';

/** Page steps shared by the browser tests (selectors in one place). */
export const ui = {
  menuItem: (page: Page, name: string) => page.getByRole('menuitem', { name }),
  canvasShape: (page: Page, elementId: string) =>
    page.locator(`[data-testid="bpmn-canvas"] .djs-element[data-element-id="${elementId}"]`),
  panelField: (page: Page, entryId: string) =>
    page.locator(`[data-testid="properties-panel"] #bio-properties-panel-${entryId}`),
  problem: (page: Page, elementId: string) =>
    page.locator(`[data-testid="problem-item"][data-element-id="${elementId}"]`),
};

/** Literal i18n keys (e.g. `resources.procedures.fields.name`, `ow.designer.title`) rendered instead of text. */
export async function untranslatedKeys(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  return text.match(/\b(?:resources|ow|ra)\.[a-zA-Z]+\.[\w.]+/g) ?? [];
}

/** Select a diagram element by clicking its shape (near its top-left corner, inside the shape, clear of labels). */
export async function selectShape(page: Page, elementId: string): Promise<void> {
  await ui
    .canvasShape(page, elementId)
    .locator('.djs-hit')
    .first()
    .click({ position: { x: 8, y: 8 }, force: true });
}
