import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { generateProcedure } from './bpmn/generate';
import { DIAGRAM_SIZES } from './compiler.bench';
import type { Figure, Run } from './lib/figures';
import { median } from './lib/measure';

const SECTION = '6. Designer: import and render in chromium';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff': 'font/woff', '.woff2': 'font/woff2', '.ttf': 'font/ttf', '.eot': 'application/vnd.ms-fontobject' };

/** Builds bench/designer (the console's Modeler options and a bare Viewer in one page) with vite. */
async function buildPage(outDir: string): Promise<void> {
  await build({
    configFile: false,
    root: path.join(__dirname, 'designer'),
    base: './',
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, chunkSizeWarningLimit: 8000 },
  });
}

/** Module scripts do not load from file:// pages, so the built page is served over loopback. */
function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const file = path.join(dir, path.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '') || 'index.html');
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) => res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const importAndRender = (page: Page, kind: 'modeler' | 'viewer', xml: string) =>
  page.evaluate(([k, x]) => (window as unknown as { importAndRender(k: string, x: string): Promise<number> }).importAndRender(k, x), [kind, xml] as const);

/**
 * Time from creating the editor to a painted, fitted canvas: the console's Modeler with our modules against a bare
 * bpmn-js Viewer, alternating in the same page load, on the generated diagrams of the compiler bench.
 */
export async function benchDesigner(runs: number, quick: boolean, outDir: string, log: (m: string) => void): Promise<Figure[]> {
  await buildPage(outDir);
  const server = await serve(outDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  });
  const repeat = quick ? 3 : 5;
  const diagrams = DIAGRAM_SIZES.map((size) => generateProcedure(size));
  const results = diagrams.map(() => [] as Run[]);
  try {
    for (let run = 1; run <= runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`);
      await page.waitForFunction(() => document.title === 'ready');
      for (const [d, diagram] of diagrams.entries()) {
        await importAndRender(page, 'viewer', diagram.xml);
        await importAndRender(page, 'modeler', diagram.xml);
        const modeler: number[] = [];
        const viewer: number[] = [];
        for (let i = 0; i < repeat; i++) {
          viewer.push(await importAndRender(page, 'viewer', diagram.xml));
          modeler.push(await importAndRender(page, 'modeler', diagram.xml));
        }
        results[d].push({ value: median(modeler), baseline: median(viewer) });
        log(`designer ${diagram.elements} elements run ${run}: Modeler ${median(modeler).toFixed(0)} ms, Viewer ${median(viewer).toFixed(0)} ms`);
      }
      if (errors.length) throw new Error(`the bench page failed: ${errors.join('; ')}`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return diagrams.map((diagram, d) => ({
    section: SECTION, name: `import + render ${diagram.elements} elements`, unit: 'ms', runs: results[d],
    baselineName: 'bare bpmn-js Viewer, same page load', goal: { kind: 'atMost', ratio: 1.2 },
    note: `median of ${repeat} alternating imports per run`,
  }));
}
