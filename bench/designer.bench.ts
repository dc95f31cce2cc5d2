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
import type { Kind, Timing } from './designer/page';

const SECTION = '6. Designer: import and render in chromium';
const KINDS: Kind[] = ['viewer', 'modeler', 'bareModeler'];
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.eot': 'application/vnd.ms-fontobject',
};

/** Builds bench/designer (the console's Modeler options, a bare Modeler and a bare Viewer in one page) with vite. */
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
    const file = path.join(
      dir,
      path.normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(/^\/+/, '') ||
        'index.html',
    );
    if (!file.startsWith(dir)) return void res.writeHead(403).end();
    readFile(file).then(
      (body) =>
        res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

const importAndRender = (page: Page, kind: Kind, xml: string) =>
  page.evaluate(
    ([k, x]) => (window as unknown as { importAndRender(k: Kind, x: string): Promise<Timing> }).importAndRender(k, x),
    [kind, xml] as const,
  );

/**
 * Time from creating the editor to a painted, fitted canvas: the console's Modeler with our modules against a bare
 * bpmn-js Viewer, alternating in the same page load, on the generated diagrams of the compiler bench. Two figures
 * for information beside it: a bare bpmn-js Modeler (the floor any editor has) and the console's Modeler until what
 * it starts after the first paint (properties panel, lint) is in.
 */
export async function benchDesigner(
  runs: number,
  quick: boolean,
  outDir: string,
  log: (m: string) => void,
): Promise<Figure[]> {
  await buildPage(outDir);
  const server = await serve(outDir);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
  const repeat = quick ? 6 : 9; // multiples of three: every rotation equally often
  const diagrams = DIAGRAM_SIZES.map((size) => generateProcedure(size));
  const results = diagrams.map(() => ({ modeler: [] as Run[], bare: [] as Run[], complete: [] as Run[] }));
  try {
    for (let run = 1; run <= runs; run++) {
      const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/index.html`);
      await page.waitForFunction(() => document.title === 'ready');
      for (const [d, diagram] of diagrams.entries()) {
        for (const kind of KINDS) await importAndRender(page, kind, diagram.xml);
        const times = {
          viewer: [] as number[],
          modeler: [] as number[],
          bareModeler: [] as number[],
          complete: [] as number[],
        };
        for (let i = 0; i < repeat; i++) {
          // rotated, so that each editor follows each other one (and collects its garbage) equally often
          for (const kind of KINDS.map((_, k) => KINDS[(k + i) % KINDS.length])) {
            const { ms, completeMs } = await importAndRender(page, kind, diagram.xml);
            times[kind].push(ms);
            if (completeMs !== undefined) times.complete.push(completeMs);
          }
        }
        const viewer = median(times.viewer);
        results[d].modeler.push({ value: median(times.modeler), baseline: viewer });
        results[d].bare.push({ value: median(times.bareModeler), baseline: viewer });
        results[d].complete.push({ value: median(times.complete), baseline: viewer });
        log(
          `designer ${diagram.elements} elements run ${run}: Modeler ${median(times.modeler).toFixed(0)} ms (panel in at ${median(times.complete).toFixed(0)} ms), ` +
            `bare Modeler ${median(times.bareModeler).toFixed(0)} ms, Viewer ${viewer.toFixed(0)} ms`,
        );
      }
      if (errors.length) throw new Error(`the bench page failed: ${errors.join('; ')}`);
      await page.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  const baselineName = 'bare bpmn-js Viewer, same page load';
  const note = `median of ${repeat} alternating imports per run`;
  const figure = (name: string, runs: Run[], goal?: Figure['goal']): Figure => ({
    section: SECTION,
    name,
    unit: 'ms',
    runs,
    baselineName,
    goal,
    note,
  });
  return [
    ...diagrams.map((diagram, d) =>
      figure(`import + render ${diagram.elements} elements`, results[d].modeler, { kind: 'atMost', ratio: 1.2 }),
    ),
    ...diagrams.map((diagram, d) =>
      figure(`bare bpmn-js Modeler (floor), ${diagram.elements} elements`, results[d].bare),
    ),
    ...diagrams.map((diagram, d) =>
      figure(`until the properties panel is in, ${diagram.elements} elements`, results[d].complete),
    ),
  ];
}
