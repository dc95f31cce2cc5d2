import { readFile } from 'node:fs/promises';
import { makeValidIdNumber } from '../../domain/testing/id-numbers';
import { login, screenshot, takeRefusal, useBrowser } from '../support/browser';
import { testDb } from '../support/db';
import { sha256 } from '../support/file-store-suite';
import { samplePdf, samplePng } from '../support/material-files';
import { switchUser, until } from './ops-steps';
import { untranslatedKeys } from './pages';

const browserTest = useBrowser();
const db = testDb();
afterAll(() => db.$disconnect());

const seed = Date.now() % 1_000_000;

describe('electronic materials', () => {
  browserTest(
    'the clerk uploads at the window; the 民政 approver previews the PDF on the matter page',
    async ({ page, errors }) => {
      const pdf = await samplePdf(`ID card ${seed}`);
      await login(page, 'clerk');
      await page.getByRole('menuitem', { name: '窗口受理' }).click();
      await page.getByTestId('item-search').fill('低保');
      await page.getByTestId('item-MZ-001').click();
      await page.getByText('申请材料（已收').waitFor();

      // uploading a material ticks it as received
      await page
        .getByTestId('stage-ID_CARD-input')
        .setInputFiles({ name: '身份证.pdf', mimeType: 'application/pdf', buffer: pdf });
      await page.getByTestId('file-ID_CARD').getByText('身份证.pdf').waitFor();
      await page.getByText('申请材料（已收 1 / 6）').waitFor();
      // a file that is not what it says is refused with the server's reason, and nothing is listed
      await page
        .getByTestId('stage-HUKOU-input')
        .setInputFiles({ name: '户口簿.pdf', mimeType: 'application/pdf', buffer: samplePng() });
      await page.getByText(/上传失败：文件内容是 PNG/).waitFor();
      expect(await page.getByTestId('file-HUKOU').count()).toBe(0);
      takeRefusal(errors, 415, '/api/materials/uploads');
      expect(await untranslatedKeys(page)).toEqual([]);
      await screenshot(page, 'materials-staged');

      await page.getByRole('button', { name: '全部已收' }).click();
      await page.getByTestId('intake-next').click();
      await page.locator('input[name="applicantName"]').fill(`赵材料${seed}`);
      await page.locator('input[name="idNumber"]').fill(makeValidIdNumber(seed));
      await page.getByText('校验位正确').waitFor();
      await page.locator('input[name="phone"]').fill(`1390000${String(seed).slice(-4)}`);
      await page.getByTestId('intake-next').click();
      await page.getByTestId('intake-submit').click();
      await page.waitForURL('**/#/print/receipt/*');
      const matterId = page.url().split('/').pop()!;

      await switchUser(page, 'minzheng');
      await page.goto(`/#/matters/${matterId}`);
      const chip = page.getByTestId('materials').getByTestId('file-ID_CARD');
      await chip.waitFor();
      const [response] = await Promise.all([
        page.waitForResponse((r) => r.url().includes('/api/materials/files/') && r.request().method() === 'GET'),
        chip.click(),
      ]);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toBe('application/pdf');
      expect(response.headers()['content-disposition']).toMatch(/^inline;/);
      await page.getByTestId('file-preview-pdf').waitFor();
      await screenshot(page, 'materials-preview');
      // the download button saves the same bytes the clerk uploaded
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByTestId('file-preview').getByRole('link', { name: '下载' }).click(),
      ]);
      expect(download.suggestedFilename()).toBe('身份证.pdf');
      expect(sha256(await readFile((await download.path())!))).toBe(sha256(pdf));

      const approver = await db.user.findUniqueOrThrow({ where: { username: 'minzheng' } });
      const file = await db.materialFile.findFirstOrThrow({ where: { sha256: sha256(pdf) } });
      const accesses = async () =>
        (
          await db.auditLog.findMany({ where: { objectId: file.id, actorId: approver.id }, select: { action: true } })
        ).map((a) => a.action);
      await until('the view and the download audited', async () => {
        const done = await accesses();
        return done.includes('material.view') && done.includes('material.download');
      });
      expect(await untranslatedKeys(page)).toEqual([]);
    },
  );
});
