import type { Client } from '@temporalio/client';
import type { CalendarSource } from '../../platform/calendar-source';
import type { Db } from '../../platform/db';
import type { FileStore } from '../../platform/file-store';
import type { Logger } from '../../platform/logger';
import type { AuditService } from '../audit/audit.service';
import type { RunUpdate } from '../engine/update-runner';
import { detectFileType } from '../materials/detect-type';
import type { MaterialLimits } from '../materials/material-limits';
import type { MattersService } from '../matters/matters.service';
import type { Route } from '../openapi/route';
import { createAuthorityAnswersService } from './authority-answers.service';
import { clockRoutes } from './clock.router';
import { createClockService } from './clock.service';
import { createExtensionRequestsService } from './extension-requests.service';
import { createSuspensionsService } from './suspensions.service';

export interface ClockDeps {
  route: Route;
  db: Db;
  temporal: Client;
  runUpdate: RunUpdate;
  audit: AuditService;
  calendars: CalendarSource;
  logger: Logger;
  matters: Pick<MattersService, 'inScope'>;
  /** the materials' file store and limits: answer documents are kept and checked like them */
  store: FileStore;
  limits: MaterialLimits;
}

/** The clock: art. 45 suspensions, the one extension (asked, then decided by a manager), the higher authority's answer. */
export function mountClock(deps: ClockDeps) {
  const { route, db, temporal, runUpdate, audit, calendars, logger, matters, store, limits } = deps;
  const suspensions = createSuspensionsService({ temporal, runUpdate, audit, matters });
  const extensions = createExtensionRequestsService({ db, temporal, runUpdate, audit, matters });
  const answers = createAuthorityAnswersService({
    db,
    temporal,
    runUpdate,
    audit,
    matters,
    store,
    detectType: detectFileType,
    limits,
    logger,
  });
  const clock = createClockService({ db, calendars, matters, extensions, answers });
  clockRoutes(route, { clock, suspensions, extensions, answers });
  return { clock, suspensions, extensions, answers };
}
