/**
 * The configuration of the cluster-grade Temporal server (go.temporal.io/server's `server start`): PostgreSQL
 * persistence and SQL visibility, N history shards, the four services on loopback. Written as JSON, which is YAML
 * too, into a config folder per process.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const TEMPORAL_SERVICES = ['frontend', 'history', 'matching', 'worker'] as const;
export type TemporalService = (typeof TEMPORAL_SERVICES)[number];

/** gRPC and membership (ringpop) port of each service. */
export type ClusterPorts = Record<TemporalService, { grpc: number; membership: number }>;

/** Temporal's own defaults, as its docs and tools expect them: `npm start`'s cluster. */
export const DEFAULT_CLUSTER_PORTS: ClusterPorts = {
  frontend: { grpc: 7233, membership: 6933 },
  history: { grpc: 7234, membership: 6934 },
  matching: { grpc: 7235, membership: 6935 },
  worker: { grpc: 7239, membership: 6939 },
};

/** The PostgreSQL server of the two databases, reached over TCP. */
export interface PersistenceServer {
  host: string;
  port: number;
  user: string;
  password: string;
  /** the history store and the visibility store */
  databases: { temporal: string; visibility: string };
}

/**
 * Connections each process may open per service it runs, by store. The history service does most of the work; the
 * others are light. Idle pools shrink to `idle`, so the steady count stays well under a stock PostgreSQL's 100.
 */
const POOLS: Record<TemporalService, { main: [max: number, idle: number]; visibility: [max: number, idle: number] }> = {
  history: { main: [20, 5], visibility: [10, 2] },
  frontend: { main: [10, 2], visibility: [5, 2] },
  matching: { main: [10, 2], visibility: [2, 1] },
  worker: { main: [5, 1], visibility: [2, 1] },
};

export interface ProcessConfigOptions {
  /** the services this process runs (all four in the one-process layout) */
  services: readonly TemporalService[];
  ports: ClusterPorts;
  persistence: PersistenceServer;
  historyShards: number;
  dynamicConfigFile: string;
  /** Prometheus scrape port of this process, or none */
  metricsPort?: number;
  logLevel?: 'debug' | 'info' | 'warn' | 'error';
}

const datastore = (p: PersistenceServer, database: string, [maxConns, maxIdleConns]: [number, number]) => ({
  sql: {
    pluginName: 'postgres12',
    databaseName: database,
    connectAddr: `${p.host}:${p.port}`,
    connectProtocol: 'tcp',
    user: p.user,
    password: p.password,
    maxConns,
    maxIdleConns,
    maxConnLifetime: '1h',
  },
});

const largest = (services: readonly TemporalService[], store: 'main' | 'visibility'): [number, number] => [
  Math.max(...services.map((s) => POOLS[s][store][0])),
  Math.max(...services.map((s) => POOLS[s][store][1])),
];

/** One process's server configuration. Every process names all four services' ports: that is how they find each other. */
export function processConfig(o: ProcessConfigOptions) {
  return {
    log: { stdout: true, level: o.logLevel ?? 'warn' },
    persistence: {
      defaultStore: 'postgres-default',
      visibilityStore: 'postgres-visibility',
      numHistoryShards: o.historyShards,
      datastores: {
        'postgres-default': datastore(o.persistence, o.persistence.databases.temporal, largest(o.services, 'main')),
        'postgres-visibility': datastore(
          o.persistence,
          o.persistence.databases.visibility,
          largest(o.services, 'visibility'),
        ),
      },
    },
    global: {
      membership: { maxJoinDuration: '30s', broadcastAddress: '127.0.0.1' },
      ...(o.metricsPort
        ? {
            metrics: {
              prometheus: { framework: 'tally', timerType: 'histogram', listenAddress: `127.0.0.1:${o.metricsPort}` },
            },
          }
        : {}),
    },
    services: Object.fromEntries(
      TEMPORAL_SERVICES.map((s) => [
        s,
        { rpc: { grpcPort: o.ports[s].grpc, membershipPort: o.ports[s].membership, bindOnLocalHost: true } },
      ]),
    ),
    clusterMetadata: {
      enableGlobalNamespace: false,
      failoverVersionIncrement: 10,
      masterClusterName: 'active',
      currentClusterName: 'active',
      clusterInformation: {
        active: {
          enabled: true,
          initialFailoverVersion: 1,
          rpcName: 'frontend',
          rpcAddress: `127.0.0.1:${o.ports.frontend.grpc}`,
        },
      },
    },
    dcRedirectionPolicy: { policy: 'noop' },
    dynamicConfigClient: { filepath: o.dynamicConfigFile, pollInterval: '10s' },
  };
}

/**
 * Dynamic configuration shared by the processes (re-read every 10 s: the place to tune a running cluster).
 * limit.maxIDLength: the SQL schema's workflow_id columns hold 255 characters, Temporal's default allows 1,000.
 */
export const DYNAMIC_CONFIG = {
  'limit.maxIDLength': [{ value: 255, constraints: {} }],
  // 即办 is accepted by update-with-start (one ExecuteMultiOperation); steps are Updates
  'frontend.enableExecuteMultiOperation': [{ value: true, constraints: {} }],
  'frontend.enableUpdateWorkflowExecution': [{ value: true, constraints: {} }],
};

/** Writes `<root>/config/development.yaml` for `server --root <root> --env development start`. */
export function writeProcessConfig(root: string, options: ProcessConfigOptions): void {
  mkdirSync(path.join(root, 'config'), { recursive: true });
  writeFileSync(
    path.join(root, 'config', 'development.yaml'),
    `${JSON.stringify(processConfig(options), null, 2)}\n`,
    { mode: 0o600 }, // it holds the database password
  );
}

export function writeDynamicConfig(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(DYNAMIC_CONFIG, null, 2)}\n`);
}
