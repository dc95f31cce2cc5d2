import { loadConfig } from '../platform/config';
import { createDb } from '../platform/db';
import { connectClient } from '../platform/temporal';
import { createLogger } from '../platform/logger';
import { createApp } from './app';

async function main() {
  const config = loadConfig();
  const logger = createLogger('api', config.LOG_LEVEL);
  const db = createDb(config.DATABASE_URL);
  const temporal = connectClient(config);
  const { app } = createApp({ config, db, temporal, logger });
  const server = app.listen(config.PORT, config.HOST, () => logger.info('api listening', { port: config.PORT }));
  const shutdown = () => {
    server.close(() => void Promise.all([db.$disconnect(), temporal.connection.close()]).finally(() => process.exit(0)));
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
