import type { Locator, Page } from 'playwright-core';
import { login } from '../support/browser';

/** Polls until `probe` holds (playwright-core has no web-first assertions). */
export async function until(what: string, probe: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await probe().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const checked = (l: Locator) => until('checked', () => l.isChecked());
export const disabled = (l: Locator) => until('disabled', () => l.isDisabled());

/** Another user in the same browser: leave the app first so nothing polls with the old session, then sign in. */
export async function switchUser(page: Page, username: string): Promise<void> {
  await page.goto('about:blank');
  await page.context().clearCookies();
  await login(page, username);
}

export interface FormFieldSpec {
  key: string;
  label: string;
  type: string;
  required: boolean;
  options?: string[];
}

/** Fills a task form the way a user does: by each field's name or label. */
export async function fillTaskForm(page: Page, fields: FormFieldSpec[]): Promise<void> {
  const form = page.getByTestId('task-form');
  for (const f of fields) {
    if (f.type === 'boolean') await form.locator(`input[name="${f.key}"]`).check();
    else if (f.type === 'enum') {
      await form.getByRole('combobox', { name: f.label }).click();
      await page.getByRole('option', { name: f.options?.[0] ?? '', exact: true }).click();
    } else if (f.type === 'date') await form.locator(`input[name="${f.key}"]`).fill('2026-11-24');
    else if (f.type === 'number') await form.locator(`input[name="${f.key}"]`).fill('1');
    else await form.locator(`[name="${f.key}"]`).first().fill(`${f.label}：经核查，符合要求`);
  }
}
