import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { log } from '../log';

/** The server release the Temporal CLI v1.5.1 of the dev server embeds: the same engine on both. */
export const TEMPORAL_SERVER_VERSION = 'v1.29.1';
const root = path.resolve(__dirname, '..', '..', '..');
const toolsBin = path.join(root, '.tools', 'bin');

export interface ClusterBinaries {
  /** go.temporal.io/server/cmd/server: the four services */
  server: string;
  /** go.temporal.io/server/cmd/tools/sql: creates and upgrades the schemas (they are embedded in it) */
  sql: string;
}

const PACKAGES = {
  server: { pkg: 'go.temporal.io/server/cmd/server', binary: 'server', installedAs: 'temporal-server' },
  sql: { pkg: 'go.temporal.io/server/cmd/tools/sql', binary: 'sql', installedAs: 'temporal-sql' },
} as const;

/**
 * Builds one binary from the Go module proxy. Both are named generically (`server`, `sql`), so each is built into a
 * folder of its own and moved into .tools/bin under a name that says what it is.
 */
function build(which: keyof typeof PACKAGES): string {
  const { pkg, binary, installedAs } = PACKAGES[which];
  const target = path.join(toolsBin, installedAs);
  const gobin = mkdtempSync(path.join(os.tmpdir(), `onewindow-${installedAs}-`));
  try {
    log.info(`building ${pkg}@${TEMPORAL_SERVER_VERSION} from the Go module proxy`);
    const result = spawnSync('go', ['install', `${pkg}@${TEMPORAL_SERVER_VERSION}`], {
      env: { ...process.env, GOTOOLCHAIN: 'local', GOBIN: gobin },
      stdio: 'inherit',
    });
    const built = path.join(gobin, binary);
    if (result.status !== 0 || !existsSync(built))
      throw new Error(`go install of ${pkg}@${TEMPORAL_SERVER_VERSION} failed (exit ${result.status})`);
    mkdirSync(toolsBin, { recursive: true });
    // copied beside the target first: a rename within one folder is atomic, so no half-written binary is ever found
    copyFileSync(built, `${target}.partial`);
    renameSync(`${target}.partial`, target);
    return target;
  } finally {
    rmSync(gobin, { recursive: true, force: true });
  }
}

/**
 * Finds or builds the cluster-grade Temporal server and its sql tool in .tools/bin (cached after the first build,
 * about 3 minutes on 2 cores). TEMPORAL_SERVER_BIN / TEMPORAL_SQL_BIN use existing binaries instead.
 */
export function ensureClusterBinaries(overrides: { server?: string; sql?: string } = {}): ClusterBinaries {
  const found = (which: keyof typeof PACKAGES, override?: string): string => {
    if (override) {
      if (!existsSync(override)) throw new Error(`${override} (the Temporal ${which} binary) does not exist`);
      return override;
    }
    const installed = path.join(toolsBin, PACKAGES[which].installedAs);
    if (existsSync(installed)) return installed;
    if (spawnSync('go', ['version']).status !== 0)
      throw new Error(
        `The Temporal ${which} binary is missing and Go is not installed to build it: install Go 1.24+, or set TEMPORAL_${which.toUpperCase()}_BIN`,
      );
    log.info('the first build of the cluster-grade Temporal server takes several minutes on 2 cores');
    return build(which);
  };
  return { server: found('server', overrides.server), sql: found('sql', overrides.sql) };
}
