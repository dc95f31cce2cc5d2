import { readFileSync } from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import type pg from 'pg';
import type { ProcedurePlan, Role } from '../../bpmn/plan';
import type { Actor, MatterFacts } from '../../workflows/procedure-contract';
import { makeValidIdNumber } from '../../domain/testing/id-numbers';
import type { ApiSession } from './api-session';

export const BENCH_ITEM = 'BENCH-3';
export const BENCH_PROCEDURE = 'bench-three-tasks';
const LEAD = 'MINZHENG';

export interface Fixtures {
  itemId: string;
  procedureVersionId: string;
  plan: ProcedurePlan;
  actors: Record<'clerk' | 'minzheng', Actor>;
  /** matter facts for a workflow started without the API (raw baselines) */
  rawFacts(matterId: string, receiptNo: string): MatterFacts;
  /** an intake body that accepts a matter of the bench item */
  intakeBody(seed: number): Record<string, unknown>;
}

async function actor(pool: pg.Pool, username: string): Promise<Actor> {
  const { rows } = await pool.query<{ id: string; displayName: string; roles: string; code: string }>(
    'SELECT u.id, u."displayName", u.roles::text AS roles, d.code FROM "User" u JOIN "Department" d ON d.id = u."departmentId" WHERE u.username = $1',
    [username],
  );
  const u = rows[0];
  if (!u) throw new Error(`no user ${username}`);
  return {
    userId: u.id,
    displayName: u.displayName,
    departmentCode: u.code,
    roles: u.roles.replace(/[{}]/g, '').split(',') as Role[],
  };
}

/**
 * The bench procedure (three user tasks: 受理 at the window, 审查 and 审批 at the lead department) published
 * through the API as the designer would, and a catalogue item pointing at it written straight to the database.
 */
export async function prepareFixtures(pool: pg.Pool, designer: ApiSession): Promise<Fixtures> {
  const xml = readFileSync(path.join(__dirname, '..', 'bpmn', 'three-tasks.bpmn'), 'utf8');
  const created = await designer.expect<{ id: string }>(201, 'POST', '/procedures', {
    key: BENCH_PROCEDURE,
    name: '基准测试：三个人工环节',
    draftXml: xml,
  });
  await designer.expect(201, 'POST', `/procedures/${created.id}/publish`);
  const version = await pool.query<{ id: string; plan: ProcedurePlan }>(
    'SELECT v.id, v.plan FROM "ProcedureVersion" v JOIN "Procedure" p ON p.id = v."procedureId" WHERE p.key = $1 ORDER BY v.version DESC LIMIT 1',
    [BENCH_PROCEDURE],
  );
  const itemId = randomUUID();
  await pool.query(
    `INSERT INTO "ServiceItem" (id, code, name, kind, "leadDepartmentCode", "coDepartmentCodes", "legalBasis", conditions, "promisedDays",
       "statutoryDays", "deliveryMethods", "procedureKey", "updatedAt")
     VALUES ($1, $2, '基准测试事项', 'PROMISED', $3, '{}', '基准测试', '无', 10, 20, '{ONSITE}', $4, now())`,
    [itemId, BENCH_ITEM, LEAD, BENCH_PROCEDURE],
  );
  await pool.query(
    `INSERT INTO "Material" (id, "itemId", code, name, required) VALUES ($1, $2, 'ID_CARD', '申请人居民身份证', true)`,
    [randomUUID(), itemId],
  );
  const actors = { clerk: await actor(pool, 'clerk'), minzheng: await actor(pool, 'minzheng') };
  return {
    itemId,
    procedureVersionId: version.rows[0].id,
    plan: version.rows[0].plan,
    actors,
    rawFacts: (matterId, receiptNo) => ({
      matterId,
      receiptNo,
      kind: 'PROMISED',
      itemCode: BENCH_ITEM,
      viaAgent: false,
      acceptedDepartmentCode: 'WINDOW',
      leadDepartmentCode: LEAD,
      coDepartmentCodes: [],
      promisedDays: 10,
    }),
    // as the console sends it: the clerk's window too
    intakeBody: (seed) => ({
      idempotencyKey: randomUUID(),
      itemCode: BENCH_ITEM,
      windowCode: 'W01',
      decision: 'ACCEPT',
      providedMaterials: ['ID_CARD'],
      applicant: {
        name: '张三',
        idNumber: makeValidIdNumber(seed),
        phone: `139${String(seed).padStart(8, '0').slice(-8)}`,
      },
    }),
  };
}
