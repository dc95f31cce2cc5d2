import { randomUUID } from 'node:crypto';
import type { BenchContext } from './context';

interface OwnProcedure {
  /** the procedure's key and its catalogue item's code */
  key: string;
  itemCode: string;
  /** the procedure's and the item's names */
  name: string;
  itemName: string;
  xml: string;
}

/**
 * A procedure of a bench's own, created and published through the API as the designer, and a catalogue item that
 * runs it (a copy of the bench's item, with its one required material): matters accepted for the item run it alone.
 */
export async function publishOwnProcedure(ctx: BenchContext, own: OwnProcedure) {
  const designer = await ctx.session('designer');
  const created = await designer.expect<{ id: string }>(201, 'POST', '/procedures', {
    key: own.key,
    name: own.name,
    draftXml: own.xml,
  });
  await designer.expect(201, 'POST', `/procedures/${created.id}/publish`);
  const itemId = randomUUID();
  await ctx.pool.query(
    `INSERT INTO "ServiceItem" (id, code, name, kind, "leadDepartmentCode", "coDepartmentCodes", "legalBasis", conditions, "promisedDays",
       "statutoryDays", "deliveryMethods", "procedureKey", "updatedAt")
     SELECT $1, $2, $3, kind, "leadDepartmentCode", "coDepartmentCodes", "legalBasis", conditions, "promisedDays",
       "statutoryDays", "deliveryMethods", $4, now() FROM "ServiceItem" WHERE id = $5`,
    [itemId, own.itemCode, own.itemName, own.key, ctx.fixtures.itemId],
  );
  await ctx.pool.query(
    `INSERT INTO "Material" (id, "itemId", code, name, required) VALUES ($1, $2, 'ID_CARD', '申请人居民身份证', true)`,
    [randomUUID(), itemId],
  );
  return { designer, procedureId: created.id, itemCode: own.itemCode };
}
