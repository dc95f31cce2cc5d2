import { randomUUID } from 'node:crypto';
import type { Db } from '../../platform/db';

/**
 * A write the database refuses (a trigger raising check_violation on the rows of one table that meet the condition,
 * as a NUL or a broken constraint would): issue 25 item 2, and the service that fails on demand of the incident
 * tests, with nothing added to the product. Returns the cure.
 */
export async function poison(db: Db, table: string, condition: string): Promise<() => Promise<void>> {
  const name = `ow_poison_${randomUUID().replace(/-/g, '').slice(0, 16)}`;
  await db.$executeRawUnsafe(
    `CREATE FUNCTION ${name}() RETURNS trigger AS $$ BEGIN IF ${condition} THEN ` +
      `RAISE EXCEPTION 'poisoned write' USING ERRCODE = 'check_violation'; END IF; RETURN NEW; END $$ LANGUAGE plpgsql`,
  );
  await db.$executeRawUnsafe(
    `CREATE TRIGGER ${name} BEFORE INSERT OR UPDATE ON "${table}" FOR EACH ROW EXECUTE FUNCTION ${name}()`,
  );
  return async () => {
    await db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS ${name} ON "${table}"`);
    await db.$executeRawUnsafe(`DROP FUNCTION IF EXISTS ${name}()`);
  };
}
