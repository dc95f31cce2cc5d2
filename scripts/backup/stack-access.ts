import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { BackupError } from '../../platform/backup/backup-error';
import { parseConfig, type Config } from '../../platform/config';
import { startEmbeddedPostgres } from '../lib/postgres';
import { stackLayout } from '../lib/stack-layout';

export interface StackAccess {
  config: Config;
  layout: ReturnType<typeof stackLayout>;
  /** stops the embedded PostgreSQL if this command started it */
  release(): Promise<void>;
}

const secret = (dir: string, name: string) => {
  const file = path.join(dir, name);
  return existsSync(file) ? readFileSync(file, 'utf8').trim() : undefined;
};

/**
 * The stack's configuration as `npm start` gives it to its services, for a command run beside it: DATABASE_URL or
 * the embedded server (started for the command when the stack is stopped), the secrets from the environment or
 * data/secrets, and Temporal's SQLite file when the launcher runs the dev server.
 */
export async function openStack(env: NodeJS.ProcessEnv = process.env): Promise<StackAccess> {
  const layout = stackLayout(env);
  let databaseUrl = env.DATABASE_URL;
  let release = async (): Promise<void> => undefined;
  if (!databaseUrl) {
    if (!existsSync(path.join(layout.postgresDir, 'pgdata', 'PG_VERSION')))
      throw new BackupError(
        'CONFIG',
        `${layout.dataDir} 中没有 OneWindow 的数据库（从未运行过 npm start？）`,
        `No OneWindow database in ${layout.dataDir} (has npm start ever run here?)`,
      );
    const pg = await startEmbeddedPostgres(layout.postgresDir, layout.postgresPort, layout.postgresDatabase);
    databaseUrl = pg.url;
    if (pg.startedHere) release = () => pg.stop();
  }
  const piiKey = env.PII_KEY ?? secret(layout.secretsDir, 'pii.key');
  if (!piiKey) {
    await release();
    throw new BackupError('PII_KEY', '找不到 PII_KEY', `No PII_KEY in the environment or in ${layout.secretsDir}`);
  }
  const temporalSqlite = env.TEMPORAL_SQLITE_FILE ?? (env.TEMPORAL_ADDRESS ? undefined : layout.temporalDb);
  const config = parseConfig({
    ...env,
    DATABASE_URL: databaseUrl,
    DATA_DIR: layout.dataDir,
    TEMPORAL_ADDRESS: env.TEMPORAL_ADDRESS ?? `127.0.0.1:${layout.temporalPort}`,
    PII_KEY: piiKey,
    PII_KEY_KEPT_IN: env.PII_KEY ? 'environment' : 'data-folder',
    BACKUP_PASSPHRASE: env.BACKUP_PASSPHRASE ?? secret(layout.secretsDir, 'backup-passphrase'),
    ...(temporalSqlite ? { TEMPORAL_SQLITE_FILE: temporalSqlite } : {}),
  });
  return { config, layout, release };
}

/** The Temporal server's version as it reports it; when it is not running, said so (the file is copied all the same). */
export async function temporalServerVersion(config: Config): Promise<string> {
  try {
    const connection = await Connection.connect({ address: config.TEMPORAL_ADDRESS, connectTimeout: 3000 });
    try {
      const info = await connection.workflowService.getSystemInfo({});
      return info.serverVersion ?? 'unknown';
    } finally {
      await connection.close();
    }
  } catch {
    return 'unknown (not running during the backup)';
  }
}
