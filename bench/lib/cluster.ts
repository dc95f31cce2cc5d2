import path from 'node:path';
import { recreateDatabase, withDatabase } from '../../scripts/lib/postgres';
import {
  DEFAULT_HISTORY_SHARDS,
  ensureClusterBinaries,
  persistenceFromUrl,
  startTemporalCluster,
  type ClusterControl,
} from '../../scripts/lib/temporal-cluster';
import { clusterTestPorts } from '../../tests/support/stack-cluster';

/**
 * The cluster-grade Temporal server for a bench (`--temporal-db=cluster`): as `npm start -- --temporal-cluster`
 * runs it (one process, 4 history shards), on the bench's PostgreSQL with fresh databases, on the slot's ports.
 */
export async function startBenchCluster(databaseUrl: string, dataDir: string, slot: number): Promise<ClusterControl> {
  const databases = { temporal: 'temporal_bench', visibility: 'temporal_bench_visibility' };
  for (const name of Object.values(databases)) await recreateDatabase(withDatabase(databaseUrl, name));
  return startTemporalCluster({
    dir: path.join(dataDir, 'temporal-cluster'),
    ...ensureClusterBinaries({ server: process.env.TEMPORAL_SERVER_BIN, sql: process.env.TEMPORAL_SQL_BIN }),
    persistence: persistenceFromUrl(databaseUrl, databases),
    layout: 'one-process',
    historyShards: DEFAULT_HISTORY_SHARDS,
    ports: clusterTestPorts(slot),
    namespace: 'default',
  });
}
