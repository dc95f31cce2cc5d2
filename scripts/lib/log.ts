/** Launcher progress lines: a stage marker a new user can follow while the first install takes minutes. */
const started = Date.now();
const stamp = () => `${((Date.now() - started) / 1000).toFixed(1).padStart(6)}s`;

export const log = {
  stage: (msg: string) => console.log(`\n\x1b[1m[${stamp()}] ▶ ${msg}\x1b[0m`),
  info: (msg: string) => console.log(`[${stamp()}]   ${msg}`),
  ok: (msg: string) => console.log(`[${stamp()}] \x1b[32m✔\x1b[0m ${msg}`),
  warn: (msg: string) => console.log(`[${stamp()}] \x1b[33m!\x1b[0m ${msg}`),
  fail: (msg: string) => console.error(`[${stamp()}] \x1b[31m✘ ${msg}\x1b[0m`),
};
