import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { API_URL, DEMO_PASSWORD } from './api-client';

/** Browser tests: Debian's chromium driven by playwright-core against the test stack's API (serving the built console). */
export const BASE_URL = API_URL;
export const BROWSER_TEST_TIMEOUT = 120_000;
const RESULTS_DIR = path.resolve(__dirname, '..', '..', 'test-results');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export interface Session {
  context: BrowserContext;
  page: Page;
  /** console errors and uncaught page errors seen so far */
  errors: string[];
}

/**
 * Before login the console asks /api/auth/me and gets 401; chromium logs that as a failed resource load.
 * That is the one expected error; everything else fails the test.
 */
function isExpected(text: string, url: string | undefined): boolean {
  return /status of 401/.test(text) && Boolean(url?.endsWith('/api/auth/me'));
}

/** Takes the one console error a test expects, a request the server refuses, out of `errors`; fails if it is missing. */
export function takeRefusal(errors: string[], status: number, path: string): void {
  const refused = errors.findIndex((e) => e.includes(`status of ${status}`) && e.includes(path));
  expect(refused).toBeGreaterThanOrEqual(0);
  errors.splice(refused, 1);
}

export async function openSession(browser: Browser): Promise<Session> {
  const context = await browser.newContext({
    baseURL: BASE_URL,
    viewport: { width: 1440, height: 900 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error' && !isExpected(msg.text(), msg.location().url))
      errors.push(`console: ${msg.text()} (${msg.location().url})`);
  });
  page.on('pageerror', (e) => errors.push(`page error: ${e.message}`));
  return { context, page, errors };
}

/** Sign in through the login page and wait for the app shell. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/#/login');
  await page.locator('input[name="username"]').fill(username);
  await page.locator('input[name="password"]').fill(password);
  await page.locator('button[type="submit"]').click();
  await page.locator('.RaLayout-appFrame, [class*="RaLayout"]').first().waitFor();
}

export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(RESULTS_DIR, { recursive: true });
  const file = path.join(RESULTS_DIR, `${name.replace(/[^\w-]+/g, '-').replace(/^-|-$/g, '')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * Registers beforeAll / afterAll for one browser and returns `browserTest`: each test gets a fresh context,
 * fails on any console or page error, and leaves test-results/<test>.png behind when it fails.
 */
export function useBrowser() {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return function browserTest(name: string, body: (s: Session) => Promise<void>, timeout = BROWSER_TEST_TIMEOUT) {
    test(
      name,
      async () => {
        const session = await openSession(browser);
        try {
          await body(session);
          expect(session.errors).toEqual([]);
        } catch (e) {
          const file = await screenshot(session.page, name).catch(() => undefined);
          if (file) (e as Error).message += `\nscreenshot: ${file}`;
          throw e;
        } finally {
          await session.context.close();
        }
      },
      timeout,
    );
  };
}
