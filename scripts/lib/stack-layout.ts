import path from 'node:path';

/** The embedded PostgreSQL's port under `npm start` (EMBEDDED_POSTGRES_PORT moves it, e.g. for a second stack). */
export const DEFAULT_EMBEDDED_POSTGRES_PORT = 5488;

/**
 * Where `npm start` keeps each store under the data folder: read by the launcher and by the backup, restore and
 * reconcile commands, so they find the same files.
 */
export function stackLayout(env: NodeJS.ProcessEnv) {
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  return {
    dataDir,
    postgresDir: path.join(dataDir, 'postgres'),
    postgresPort: Number(env.EMBEDDED_POSTGRES_PORT ?? DEFAULT_EMBEDDED_POSTGRES_PORT),
    postgresDatabase: 'onewindow',
    /** the dev server's ports (TEMPORAL_PORT, TEMPORAL_UI_PORT move them) */
    temporalPort: Number(env.TEMPORAL_PORT ?? 7233),
    temporalUiPort: Number(env.TEMPORAL_UI_PORT ?? 8233),
    temporalDb: path.join(dataDir, 'temporal', 'temporal.db'),
    filesDir: path.join(dataDir, 'files'),
    secretsDir: path.join(dataDir, 'secrets'),
  };
}
