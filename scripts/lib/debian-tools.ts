import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { log } from './log';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

/** Installs one Debian package with apt-get when running as root (CI, a fresh machine); otherwise throws `whyNot`. */
function aptInstall(pkg: string, whyNot: string): void {
  if (process.getuid?.() !== 0) throw new Error(whyNot);
  log.info(`installing Debian ${pkg} for the tests (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', '--no-install-recommends', pkg]]) {
    const r = spawnSync('apt-get', args, { stdio: ['ignore', 'ignore', 'inherit'], env });
    if (r.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed: ${pkg} cannot be installed`);
  }
}

/** poppler's pdftoppm, which renders an issued result's PDF as a printer would in the results test. */
export function ensurePdfRenderer(): string {
  const binary = '/usr/bin/pdftoppm';
  if (!existsSync(binary))
    aptInstall('poppler-utils', 'pdftoppm is not installed: run `sudo apt-get install -y poppler-utils`');
  if (!existsSync(binary)) throw new Error('poppler-utils was installed but /usr/bin/pdftoppm was not found');
  return binary;
}

/** Debian's chromium drives the browser tests (playwright-core cannot download a browser here). */
export function ensureChromium(override?: string): string {
  if (override) {
    if (!existsSync(override)) throw new Error(`CHROMIUM_PATH points at ${override}, which does not exist`);
    return override;
  }
  const found = CANDIDATES.find((p) => existsSync(p));
  if (found) return found;
  aptInstall('chromium', 'chromium is not installed: run `sudo apt-get install -y chromium` or set CHROMIUM_PATH');
  const installed = CANDIDATES.find((p) => existsSync(p));
  if (!installed) throw new Error('chromium was installed but no binary was found in /usr/bin');
  return installed;
}
