import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import { createFileStore } from '../../platform/file-store';
import type { Logger } from '../../platform/logger';
import type { AuditService } from '../audit/audit.service';
import type { IntakeGuides } from '../catalogue/intake-guides';
import type { MattersService } from '../matters/matters.service';
import type { Route } from '../openapi/route';
import { detectFileType } from './detect-type';
import { materialLimits } from './material-limits';
import { createMaterialUploads } from './material-uploads.service';
import { materialsRoutes } from './materials.router';
import { createMaterialsService } from './materials.service';

export interface MaterialsDeps {
  route: Route;
  db: Db;
  audit: AuditService;
  config: Config;
  logger: Logger;
  matters: Pick<MattersService, 'inScope'>;
  guides: IntakeGuides;
}

/** 电子材料: the file store, uploads, the matter's materials and the files' preview and download. */
export function mountMaterials({ route, db, audit, config, logger, matters, guides }: MaterialsDeps) {
  const store = createFileStore(config, config.PII_KEY);
  const limits = materialLimits(config);
  const uploads = createMaterialUploads({ db, store, audit, matters, guides, detectType: detectFileType, limits });
  const materials = createMaterialsService({ db, store, audit, matters, limits, logger });
  materialsRoutes(route, materials, uploads, limits);
  return { store, limits, materials, uploads };
}
