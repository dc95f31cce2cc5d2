import path from 'node:path';
import { existsSync } from 'node:fs';
import expressStaticGzip from 'express-static-gzip';
import express, { Router } from 'express';
import helmet from 'helmet';
import cookieParser from 'cookie-parser';
import type { Client } from '@temporalio/client';
import type { Config } from '../platform/config';
import type { Db } from '../platform/db';
import type { Logger } from '../platform/logger';
import { AppError } from './errors';
import { errorHandler } from './middleware/error-handler';
import { createHealthService } from './health/health.service';
import { healthRouter } from './health/health.router';
import { createAuditService } from './audit/audit.service';
import { createAuthService } from './auth/auth.service';
import { authRoutes } from './auth/auth.router';
import { authenticate } from './middleware/authenticate';
import { createProceduresService } from './procedures/procedures.service';
import { proceduresRoutes } from './procedures/procedures.router';
import { createRoute } from './openapi/route';
import { OPENAPI_PAGE, OPENAPI_PAGE_SCRIPT, buildDocument, createRegistry } from './openapi/document';
import { standardTemplate } from './procedures/standard-template';
import { createPiiCipher } from '../platform/pii';
import { createCalendarSource } from '../platform/calendar-source';
import type { ChangeNotices } from '../platform/change-notices';
import { createIntakeService } from './intake/intake.service';
import { intakeRoutes } from './intake/intake.router';
import { createUpdateRunner } from './engine/update-runner';
import { createIntakeGuides } from './catalogue/intake-guides';
import { createWindowDirectory } from './organisation/window-directory';
import { createMattersService } from './matters/matters.service';
import { mattersRoutes } from './matters/matters.router';
import { ZMatterDetail } from './matters/matters.types';
import { createTasksService } from './tasks/tasks.service';
import { tasksRoutes } from './tasks/tasks.router';
import { createNoticesService } from './notices/notices.service';
import { noticesRoutes } from './notices/notices.router';
import { mountAdminModules } from './admin-modules';
import { createCaseRecordService } from './case-record/case-record.service';
import { caseRecordRoutes } from './case-record/case-record.router';
import { mountTenSystems } from './ten-systems';
import { perMinuteLimit } from './middleware/rate-limit';
import { mountMaterials } from './materials/materials.module';
import { mountClock } from './clock/clock.module';
import { mountWithdrawal } from './withdrawal/withdrawal.module';
import { incidentsRoutes } from './incidents/incidents.router';
import { migrationsRoutes } from './migrations/migrations.router';
import { createMigrationsService } from './migrations/migrations.service';
import { createIncidentsService } from './incidents/incidents.service';
import { createFileStore } from '../platform/file-store';
import { createResultsService } from './results/results.service';
import { resultsRoutes } from './results/results.router';
import { createDeliveryService } from './delivery/delivery.service';
import { deliveryRoutes } from './delivery/delivery.router';
import { createMessagesService } from './messages/messages.service';
import { messagesRoutes } from './messages/messages.router';
import { createSignalsService } from './signals/signals.service';
import { signalsRoutes } from './signals/signals.router';

export interface AppDeps {
  config: Config;
  db: Db;
  temporal: Client;
  logger: Logger;
  notices: ChangeNotices;
}

export function createApp(deps: AppDeps) {
  const { config, db, temporal, logger, notices } = deps;
  const audit = createAuditService(db);
  const auth = createAuthService({ db, config, audit, notices });
  const procedures = createProceduresService({ db, audit, standardTemplate, notices });
  const pii = createPiiCipher(config.PII_KEY);
  const calendars = createCalendarSource(db, notices);
  const guides = createIntakeGuides({ db, notices });
  const runUpdate = createUpdateRunner(temporal, config.TEMPORAL_UPDATE_WAIT_SECONDS);
  const windows = createWindowDirectory({ db, notices });
  const intake = createIntakeService({
    db,
    temporal,
    config,
    audit,
    pii,
    calendars,
    guides,
    windows,
    logger,
  });
  const matters = createMattersService({ db, temporal, runUpdate, config, audit, pii, calendars });
  const tasks = createTasksService({ db, temporal, runUpdate, audit, matterReader: matters.detailOf });
  const files = createFileStore(config, config.PII_KEY);
  const results = createResultsService({ db, files, audit, config, inScope: matters.inScope });
  const health = createHealthService({
    db,
    temporal,
    namespace: config.TEMPORAL_NAMESPACE,
    taskQueue: config.TEMPORAL_TASK_QUEUE,
  });

  const app = express();
  app.disable('x-powered-by');
  // answers are built per request and per user: hashing each body for an ETag costs every request and spares none
  app.set('etag', false);
  // the client's address (rate limits, audit) comes from X-Forwarded-For only when it was set by a trusted proxy
  app.set('trust proxy', config.TRUST_PROXY);
  app.use(
    helmet({
      contentSecurityPolicy: {
        // bpmn-js renders SVG with inline styles.
        directives: {
          'style-src': ["'self'", "'unsafe-inline'"],
          'img-src': ["'self'", 'data:', 'blob:'],
          // a result PDF printed at the window: fetched, then shown in a hidden frame from a blob: address
          'frame-src': ["'self'", 'blob:'],
        },
      },
    }),
  );

  const api = Router();
  api.use(express.json({ limit: '2mb' }));
  api.use(cookieParser());
  api.use(healthRouter(health));
  const registry = createRegistry();
  let openApiDocument: unknown;
  api.get('/openapi.json', (_req, res) => void res.json((openApiDocument ??= buildDocument(registry))));
  api.get('/docs', (_req, res) => void res.type('html').send(OPENAPI_PAGE));
  api.get('/docs/app.js', (_req, res) => void res.type('application/javascript').send(OPENAPI_PAGE_SCRIPT));
  api.use('/auth/login', perMinuteLimit(config.LOGIN_RATE_LIMIT));
  // the applicants' page: no login, its own rate limit
  const open = Router();
  api.use('/public', perMinuteLimit(config.PUBLIC_RATE_LIMIT));
  api.use(open);
  const publicRoute = createRoute(open, registry);
  // Everything below needs a session (and the CSRF token on writes).
  api.use(authenticate(auth));
  const secured = Router();
  api.use(secured);
  const route = createRoute(secured, registry);
  authRoutes(publicRoute, route, auth, config.NODE_ENV === 'production');
  proceduresRoutes(route, procedures, standardTemplate);
  intakeRoutes(route, intake);
  mattersRoutes(route, matters);
  messagesRoutes(route, createMessagesService({ temporal, runUpdate, audit, matters }));
  signalsRoutes(route, createSignalsService({ temporal, audit, matters }));
  tasksRoutes(route, tasks, ZMatterDetail.omit({ events: true }));
  const materialFiles = mountMaterials({ route, db, audit, config, logger, matters, guides });
  mountClock({ route, db, temporal, runUpdate, audit, calendars, logger, matters, ...materialFiles });
  mountWithdrawal({ route, publicRoute, db, temporal, runUpdate, audit, logger, matters, ...materialFiles });
  incidentsRoutes(route, createIncidentsService({ db, temporal, runUpdate, audit }));
  migrationsRoutes(
    route,
    createMigrationsService({ db, temporal, runUpdate, audit, taskQueue: config.TEMPORAL_TASK_QUEUE }),
  );
  resultsRoutes(route, publicRoute, results);
  deliveryRoutes(route, createDeliveryService({ db, audit, inScope: matters.inScope }));
  noticesRoutes(route, createNoticesService({ db, audit, inScope: matters.inScope }));
  caseRecordRoutes(route, createCaseRecordService({ db, inScope: matters.inScope }));
  mountAdminModules({ route, publicRoute, db, audit, config, temporal, logger, calendars, notices });
  mountTenSystems({
    route,
    publicRoute,
    db,
    audit,
    config,
    temporal,
    logger,
    calendars,
    notices,
    matters,
    pii,
    runUpdate,
  });
  api.use((req) => {
    throw new AppError(
      'NOT_FOUND',
      `接口不存在：${req.method} ${req.path}`,
      `No such endpoint: ${req.method} ${req.path}`,
    );
  });
  app.use('/api', api);

  const consoleDir = path.resolve(config.CONSOLE_DIR);
  if (existsSync(path.join(consoleDir, 'index.html'))) {
    app.use(
      expressStaticGzip(consoleDir, {
        enableBrotli: true,
        orderPreference: ['br', 'gzip'],
        index: false,
        serveStatic: {
          // vite names each asset by its content hash: a changed asset is a new name, so it may be kept for good
          setHeaders: (res, file) =>
            res.setHeader(
              'Cache-Control',
              file.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
            ),
        },
      }),
    );
    // browsers ask for /favicon.ico whatever the page links; answer with the console's icon, not the SPA page
    app.get('/favicon.ico', (_req, res) => res.redirect(301, '/favicon.svg'));
    app.get(/^\/(?!api\/).*/, (_req, res) =>
      res.sendFile(path.join(consoleDir, 'index.html'), { headers: { 'Cache-Control': 'no-cache' } }),
    );
  }
  app.use(
    errorHandler(logger, async (req, error) => {
      // the console asks who is logged in before its login page: that probe is not an access attempt
      if (error.status === 401 && req.originalUrl.startsWith('/api/auth/me')) return;
      await audit.record({
        actorId: req.user?.id ?? null,
        actorName: req.user?.username ?? null,
        action: error.status === 401 ? 'access.unauthenticated' : 'access.denied',
        objectType: 'Route',
        objectId: `${req.method} ${req.originalUrl.split('?')[0]}`.slice(0, 300),
        ip: req.ip,
        detail: { code: error.code },
      });
    }),
  );
  return { app, services: { audit, auth, health, procedures, intake, matters, tasks } };
}
