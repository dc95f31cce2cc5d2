import type { Client } from '@temporalio/client';
import type { ChangeNotices } from '../platform/change-notices';
import type { Config } from '../platform/config';
import type { Db } from '../platform/db';
import type { FileStore } from '../platform/file-store';
import type { Logger } from '../platform/logger';

/** Everything activities may touch, injected so tests can pass their own. */
export interface ActivityDeps {
  db: Db;
  temporal: Client;
  config: Config;
  logger: Logger;
  now: () => Date;
  /** this process's change notices, for the rows it caches (the working calendar) */
  notices: ChangeNotices;
  /** where issued results (PDF) are kept */
  files: FileStore;
}
