/**
 * Builds or installs ahead of need what `npm test` uses, each cached under .tools after its first time: group `jest`
 * (the Temporal CLI, Mailpit, the S3 test server: the first stage starts them) and group `later` (the cluster-grade
 * server and its sql tool, schemathesis: the fuzz and cluster stages use them). scripts/test.ts runs the first while
 * lint and type-check run and the second, at low priority, under the jest stage, so a fresh machine's Go builds
 * overlap other work instead of adding to it. A tool that fails here is tried again, with its own error, where it
 * is used.
 */
import { ensureTemporalCli } from './lib/temporal-server';
import { ensureMailpit } from './lib/mailpit';
import { ensureS3TestServer } from './lib/s3-server';
import { ensureClusterBinaries } from './lib/temporal-cluster/install';
import { ensureSchemathesis } from './lib/schemathesis';
import { log } from './lib/log';

export const TOOL_GROUPS = {
  jest: [
    () => ensureTemporalCli(process.env.TEMPORAL_CLI),
    () => ensureMailpit(process.env.MAILPIT),
    () => ensureS3TestServer(process.env.S3_TEST_SERVER),
  ],
  later: [
    () => ensureClusterBinaries({ server: process.env.TEMPORAL_SERVER_BIN, sql: process.env.TEMPORAL_SQL_BIN }),
    () => ensureSchemathesis(process.env.SCHEMATHESIS),
  ],
};

if (require.main === module) {
  const group = process.argv[2] as keyof typeof TOOL_GROUPS;
  let failed = 0;
  for (const ensure of TOOL_GROUPS[group] ?? []) {
    try {
      ensure();
    } catch (err) {
      failed += 1;
      log.warn(err instanceof Error ? err.message : String(err));
    }
  }
  process.exit(failed > 0 ? 1 : 0);
}
