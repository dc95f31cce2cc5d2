import type { Client } from '@temporalio/client';
import type { Db } from '../../platform/db';
import type { FileStore } from '../../platform/file-store';
import type { Logger } from '../../platform/logger';
import type { AuditService } from '../audit/audit.service';
import type { RunUpdate } from '../engine/update-runner';
import { detectFileType } from '../materials/detect-type';
import type { MaterialLimits } from '../materials/material-limits';
import type { MattersService } from '../matters/matters.service';
import type { Route } from '../openapi/route';
import { createPublicMatterFinder } from '../public/public-matter';
import { withdrawalRoutes } from './withdrawal.router';
import { createWithdrawalService } from './withdrawal.service';

export interface WithdrawalDeps {
  route: Route;
  publicRoute: Route;
  db: Db;
  temporal: Client;
  runUpdate: RunUpdate;
  audit: AuditService;
  logger: Logger;
  matters: Pick<MattersService, 'inScope'>;
  /** the materials' file store and limits: the signed request is kept and checked like them */
  store: FileStore;
  limits: MaterialLimits;
}

/** 撤件: at the window with the signed request, or by the applicant on the public page. */
export function mountWithdrawal(deps: WithdrawalDeps) {
  const { db, audit } = deps;
  const withdrawals = createWithdrawalService({
    ...deps,
    findPublicMatter: createPublicMatterFinder({ db, audit }),
    detectType: detectFileType,
  });
  withdrawalRoutes(deps.route, deps.publicRoute, withdrawals);
  return withdrawals;
}
