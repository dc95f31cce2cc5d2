import { rmSync } from 'node:fs';
import path from 'node:path';
import { clusterControl } from '../../../scripts/lib/temporal-cluster';
import { ensureTemporalCli, startTemporalDevServer, type RunningTemporal } from '../../../scripts/lib/temporal-server';
import { FAULT_PORTS, logDir } from './services';

/** A Temporal server a fault test may stop and start again, its data kept. */
export interface RestartableTemporal {
  /** what was restarted, for the findings */
  kind: 'dev server (SQLite file)' | 'cluster (PostgreSQL)';
  address: string;
  stop(): Promise<void>;
  /** resolves once it serves again */
  start(): Promise<void>;
}

/**
 * On a cluster stack, the stack's own cluster: every process stopped and started again (its data is in PostgreSQL).
 * On the dev-server stack, whose Temporal lives in memory, a dev server of the test's own on a SQLite file, as
 * `npm start` runs it.
 */
export async function restartableTemporal(): Promise<RestartableTemporal> {
  const clusterDir = process.env.OW_TEMPORAL_CLUSTER_DIR;
  if (clusterDir) {
    const cluster = clusterControl(clusterDir);
    return {
      kind: 'cluster (PostgreSQL)',
      address: cluster.address,
      stop: () => cluster.stop(),
      start: () => cluster.start(),
    };
  }
  const dbFile = path.join(logDir(), '..', 'faults-temporal', 'temporal.db');
  rmSync(path.dirname(dbFile), { recursive: true, force: true });
  const startDev = () =>
    startTemporalDevServer({
      cli: ensureTemporalCli(process.env.TEMPORAL_CLI),
      port: FAULT_PORTS.temporal,
      dbFile,
      logFile: path.join(logDir(), 'temporal-sqlite.log'),
    });
  let server: RunningTemporal = await startDev();
  return {
    kind: 'dev server (SQLite file)',
    address: server.address,
    stop: () => server.stop(),
    start: async () => {
      server = await startDev();
    },
  };
}
