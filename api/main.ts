import { loadConfig } from '../platform/config';
import { createDb } from '../platform/db';
import { createChangeNotices } from '../platform/change-notices';
import { checkTemporalNamespace, connectClient } from '../platform/temporal';
import { createLogger } from '../platform/logger';
import { createApp } from './app';

async function main() {
  const config = loadConfig();
  const logger = createLogger('api', config.LOG_LEVEL);
  const db = createDb(config.DATABASE_URL);
  const temporal = connectClient(config);
  await checkTemporalNamespace(config, temporal.connection, logger, {
    whenUnreachable: 'retry',
    onUnfit: (e) => {
      console.error(e.message);
      process.exit(1);
    },
  });
  const notices = createChangeNotices(config.DATABASE_URL);
  const { app, services } = createApp({ config, db, temporal, logger, notices });
  // Express 5 hands a failed listen (a port already taken) to this callback instead of throwing: stop loudly
  const server = app.listen(config.PORT, config.HOST, (err?: Error) => {
    if (!err) return logger.info('api listening', { port: config.PORT });
    console.error(`API cannot listen on ${config.HOST}:${config.PORT}: ${err.message}`);
    process.exit(1);
  });
  // idle keep-alive connections outlive every client's and balancer's (undici 4 s, common balancers 60 s): the client
  // closes first, so a request never goes out on a connection this server is closing at that instant
  server.keepAliveTimeout = 65_000;
  server.headersTimeout = 66_000;
  // nothing is lost: matters whose intake was cut off before their workflow started are started here
  const sweep = setInterval(() => {
    services.intake
      .startPending()
      .then((n) => n && logger.info('started pending matters', { count: n }))
      .catch((e) => logger.warn('pending-start sweep failed', { error: String(e) }));
  }, config.PENDING_START_SWEEP_SECONDS * 1000);
  sweep.unref();
  const shutdown = () => {
    clearInterval(sweep);
    server.close(
      () =>
        void services.intake
          .flush()
          .then(() => Promise.all([notices.close(), db.$disconnect(), temporal.connection.close()]))
          .finally(() => process.exit(0)),
    );
    setTimeout(() => process.exit(0), 5000).unref();
  };
  process.on('SIGTERM', shutdown);
  process.on('SIGINT', shutdown);
}

main().catch((err) => {
  console.error(err instanceof Error ? err.message : err);
  process.exit(1);
});
