/**
 * `npm start -- --temporal-cluster`: the product on the cluster-grade Temporal server instead of the dev server.
 *
 *   --temporal-cluster                 the four services in one process, on PostgreSQL
 *   --per-service                      one process per service (frontend, history, matching, worker)
 *   --history-shards N                 fixed when the cluster is first created (default 4)
 *   --temporal-database-url URL        the PostgreSQL server of Temporal's two databases (default: OneWindow's own)
 */
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  CLUSTER_CONNECTIONS,
  DEFAULT_HISTORY_SHARDS,
  connectionLimit,
  ensureClusterBinaries,
  persistenceFromUrl,
  startTemporalCluster,
  type ClusterControl,
  type ClusterLayout,
} from './index';
import { log } from '../log';

export interface ClusterStartOptions {
  layout: ClusterLayout;
  historyShards: number;
  /** the server of Temporal's databases; OneWindow's own when absent */
  databaseUrl?: string;
}

/** The cluster options of `npm start`'s command line, or undefined without --temporal-cluster. Bad ones throw. */
export function parseClusterOptions(argv: string[]): ClusterStartOptions | undefined {
  const options = {
    'temporal-cluster': { type: 'boolean' },
    'per-service': { type: 'boolean' },
    'history-shards': { type: 'string' },
    'temporal-database-url': { type: 'string' },
  } as const;
  // other options are other launchers' business; a misspelt one of these must not quietly start the dev server
  const misspelt = argv.find(
    (a) => /^--(temporal|per-|history)/.test(a) && !Object.keys(options).includes(a.slice(2).split('=')[0]),
  );
  if (misspelt) throw new Error(`unknown option ${misspelt} (known: ${Object.keys(options).map((o) => `--${o}`)})`);
  const { values } = parseArgs({ args: argv, options, strict: false, allowPositionals: true });
  const clusterOnly = ['per-service', 'history-shards', 'temporal-database-url'] as const;
  if (!values['temporal-cluster']) {
    const stray = clusterOnly.filter((o) => values[o] !== undefined);
    if (stray.length) throw new Error(`--${stray[0]} needs --temporal-cluster`);
    return undefined;
  }
  const given = values['history-shards']; // `true` when the option has no value
  const shards = given === undefined ? DEFAULT_HISTORY_SHARDS : typeof given === 'string' ? Number(given) : NaN;
  if (!Number.isInteger(shards) || shards < 1 || shards > 16_384)
    throw new Error(`--history-shards ${given === true ? '' : given}: a whole number from 1 to 16384`);
  const url = values['temporal-database-url'];
  if (url !== undefined && (typeof url !== 'string' || !/^postgres(ql)?:\/\//.test(url)))
    throw new Error(`--temporal-database-url ${url}: a postgresql://user:password@host:port URL`);
  return {
    layout: values['per-service'] ? 'per-service' : 'one-process',
    historyShards: shards,
    databaseUrl: url,
  };
}

/** Prometheus ports of the cluster's processes: 8000 (and on, one per process), Temporal's own default. */
const METRICS_PORT = 8000;

export async function startClusterForNpmStart(
  opts: ClusterStartOptions,
  ctx: { dataDir: string; productDatabaseUrl: string; namespace: string },
): Promise<ClusterControl> {
  const serverUrl = opts.databaseUrl ?? ctx.productDatabaseUrl;
  const limit = await connectionLimit(serverUrl);
  if (limit < CLUSTER_CONNECTIONS)
    log.warn(
      `PostgreSQL allows ${limit} connections; the cluster and OneWindow may open up to ${CLUSTER_CONNECTIONS}: raise max_connections`,
    );
  const cluster = await startTemporalCluster({
    dir: path.join(ctx.dataDir, 'temporal-cluster'),
    ...ensureClusterBinaries({ server: process.env.TEMPORAL_SERVER_BIN, sql: process.env.TEMPORAL_SQL_BIN }),
    persistence: persistenceFromUrl(serverUrl),
    layout: opts.layout,
    historyShards: opts.historyShards,
    metricsPort: METRICS_PORT,
    namespace: ctx.namespace,
    log: log.info,
  });
  log.info(
    `metrics (Prometheus) on 127.0.0.1:${METRICS_PORT}${cluster.processes.length > 1 ? `–${METRICS_PORT + cluster.processes.length - 1}` : ''}; logs in data/temporal-cluster/*/server.log`,
  );
  return cluster;
}
