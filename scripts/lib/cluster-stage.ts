/**
 * `npm test`'s cluster stage, after the dev-server stages: the same product on the cluster-grade Temporal server
 * (PostgreSQL persistence, one process per service) with two worker and two API processes behind a balancer
 * (tests/support/stack-cluster.ts). What runs there: the integration tests of the matter lifecycle (the five case
 * kinds, intake cut off and resumed), the inbox, pauses and deadlines (the clock), and of the platform (health, the
 * namespace check); then the fault tests a cluster changes —
 * worker kills, a restart of the whole server, a PostgreSQL outage that now takes Temporal's persistence with it —
 * and the one only a distributed layout has: the history service killed under load.
 */
export const CLUSTER_INTEGRATION_TESTS = [
  'tests/integration/matters/(lifecycle|case-kinds|pending-start|inbox|inbox-filters|pauses-and-agency)\\.test',
  'tests/integration/clock/clock\\.test',
  'tests/integration/platform/(health|temporal-namespace)\\.test',
];
export const CLUSTER_FAULT_TESTS = [
  'tests/faults/worker-kill.test.ts',
  'tests/faults/temporal-restart.test.ts',
  'tests/faults/postgres-outage.test.ts',
  'tests/faults/cluster',
];

/** The jest stages' environment: each starts its own cluster stack (global setup), on the fault tests' slot. */
export const clusterStageEnv = (env: NodeJS.ProcessEnv, faults: boolean): NodeJS.ProcessEnv => ({
  ...env,
  OW_TEST_TEMPORAL: 'cluster-per-service',
  OW_SKIP_CONSOLE_BUILD: '1',
  OW_TEST_SLOT: env.OW_TEST_SLOT ?? '9',
  ...(faults ? { OW_FAULTS: '1' } : {}),
  // fewer matters under the worker kills than the dev-server stage's 40: the same faults, in the stage's budget
  FAULT_MATTERS: env.FAULT_MATTERS ?? '25',
});
