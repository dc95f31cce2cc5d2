import { createDb, type Db } from '../../platform/db';

/** Direct database access for integration tests (set-up and checks the API does not expose). */
export function testDb(): Db {
  if (!process.env.DATABASE_URL)
    throw new Error('DATABASE_URL is not set: run integration tests through npm test or jest globalSetup');
  return createDb(process.env.DATABASE_URL, 2);
}
