/**
 * `--servers=both`: after the stack benches on the first server (the dev server, or what --temporal-db names), the
 * same benches on a cluster-grade stack, then the intake and lifecycle again on a cluster-grade stack with two worker
 * processes. Each figure says which of these passes measured it; the first pass's figures carry none, as every
 * figure did before (an older results file reads as measured on the first server alone).
 */
export type ServerPass = 'cluster' | 'cluster-2-workers';

export const SERVER_PASSES: Record<ServerPass, { label: string; workers: number }> = {
  cluster: { label: 'cluster-grade server', workers: 1 },
  'cluster-2-workers': { label: 'cluster-grade server, two worker processes', workers: 2 },
};

/**
 * Stack benches the cluster-grade passes leave out: the backup copies the dev server's SQLite file (on a cluster
 * Temporal's state is in PostgreSQL, backed up with it), and the Flowable peer runs no Temporal at all.
 */
export const FIRST_SERVER_ONLY: readonly string[] = ['backup', 'flowable'];

/** What the two-worker pass measures: the figures a second worker process could raise. */
export const TWO_WORKER_BENCHES: readonly string[] = ['lifecycle', 'intake'];

/** The key a bench's time and duration are kept under for a pass: "intake", "intake (cluster-grade server)". */
export const passKey = (bench: string, server?: ServerPass) =>
  server ? `${bench} (${SERVER_PASSES[server].label})` : bench;
