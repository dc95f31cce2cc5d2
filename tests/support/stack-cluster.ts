/**
 * The test stack on the cluster-grade Temporal server (OW_TEST_TEMPORAL=cluster or cluster-per-service): the server
 * on the stack's own PostgreSQL with fresh databases, and two worker and two API processes behind a round-robin
 * balancer, as a county runs it. `npm test`'s cluster stage uses it; the dev server stays the default.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { recreateDatabase, withDatabase } from '../../scripts/lib/postgres';
import {
  clusterControl,
  ensureClusterBinaries,
  persistenceFromUrl,
  startTemporalCluster,
  type ClusterControl,
  type ClusterLayout,
  type ClusterPorts,
} from '../../scripts/lib/temporal-cluster';
import { slotPorts } from '../../scripts/lib/slot-ports';

export type TestTemporalKind = 'dev' | 'cluster' | 'cluster-per-service';

export function testTemporalKind(): TestTemporalKind {
  const kind = process.env.OW_TEST_TEMPORAL ?? 'dev';
  if (kind !== 'dev' && kind !== 'cluster' && kind !== 'cluster-per-service')
    throw new Error(`OW_TEST_TEMPORAL=${kind}: use dev, cluster or cluster-per-service`);
  return kind;
}

/** Worker and API processes of the stack: two of each on a cluster. */
export const stackProcesses = (kind: TestTemporalKind) => (kind === 'dev' ? 1 : 2);

/**
 * A slot's Temporal ports: the frontend where the dev server would be, the rest in the slot's free +1…+9 (not +5:
 * the fault tests' own API and dev server use it).
 */
export function clusterTestPorts(slot: number): ClusterPorts {
  const base = slotPorts(slot).temporal;
  return {
    frontend: { grpc: base, membership: base + 1 },
    history: { grpc: base + 2, membership: base + 3 },
    matching: { grpc: base + 4, membership: base + 6 },
    worker: { grpc: base + 7, membership: base + 8 },
  };
}

/** The stack's APIs: on a cluster the balancer takes the slot's API port and the APIs +3 and +4 (Mailpit has +1 and +2). */
export const stackApiPorts = (slot: number, count: number) =>
  count === 1 ? [slotPorts(slot).api] : Array.from({ length: count }, (_, i) => slotPorts(slot).api + 3 + i);

export const clusterDir = (dataDir: string) => path.join(dataDir, 'temporal-cluster');

export async function startTestCluster(opts: {
  kind: Exclude<TestTemporalKind, 'dev'>;
  databaseUrl: string;
  dataDir: string;
  slot: number;
}): Promise<ClusterControl> {
  const databases = { temporal: 'temporal_test', visibility: 'temporal_test_visibility' };
  const dir = clusterDir(opts.dataDir);
  // a fresh cluster each time, as the dev server in memory is; first away with one an interrupted run left
  if (existsSync(path.join(dir, 'cluster.json'))) await clusterControl(dir).stop();
  for (const name of Object.values(databases)) await recreateDatabase(withDatabase(opts.databaseUrl, name));
  const layout: ClusterLayout = opts.kind === 'cluster' ? 'one-process' : 'per-service';
  return startTemporalCluster({
    dir,
    ...ensureClusterBinaries({ server: process.env.TEMPORAL_SERVER_BIN, sql: process.env.TEMPORAL_SQL_BIN }),
    persistence: persistenceFromUrl(opts.databaseUrl, databases),
    layout,
    historyShards: 4,
    ports: clusterTestPorts(opts.slot),
    namespace: 'default',
  });
}
