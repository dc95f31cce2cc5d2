import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { log } from './log';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Debian's chromium drives the browser tests (playwright-core cannot download a browser here). */
export function ensureChromium(override?: string): string {
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH points at ${override}, which does not exist`);
    return override;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  if (process.getuid?.() !== 0) {
    throw new Error('chromium is not installed: run `sudo apt-get install -y chromium` or set CHROMIUM_PATH');
  }
  log.info('installing Debian chromium for the browser tests (apt-get)');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', 'chromium']]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed: chromium cannot be installed`);
  }
  const installed = CANDIDATES.find((p) => existsSync(p));
  if (!installed) throw new Error('chromium was installed but no binary was found in /usr/bin');
  return installed;
}
