import { execFile } from 'node:child_process';
import path from 'node:path';
import pg from 'pg';
import { ApiClient } from '../../support/api-client';
import { acceptMatter } from '../../support/matters';

const root = path.resolve(__dirname, '../../..');
/**
 * `npm run audit:verify` in its own process. Not spawnSync: a blocked event loop keeps the HTTP client from
 * dropping the keep-alive connections the API closes meanwhile, and the next request then fails on a closed socket.
 */
const verify = () =>
  new Promise<{ stdout: string; status: number }>((resolve) => {
    execFile(
      process.execPath,
      [path.join(root, 'node_modules/tsx/dist/cli.mjs'), path.join(root, 'scripts/audit-verify.ts')],
      { env: process.env, encoding: 'utf8' },
      (error, stdout) => resolve({ stdout, status: error ? Number(error.code ?? 1) : 0 }),
    );
  });

describe('audit trail', () => {
  let client: pg.Client;
  beforeAll(async () => {
    client = new pg.Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
  });
  afterAll(() => client.end());

  it('records logins and refuses UPDATE and DELETE for the application role', async () => {
    await ApiClient.login('manager');
    const { rows } = await client.query(
      `SELECT seq FROM "AuditLog" WHERE action = 'auth.login' AND "actorName" = 'manager' ORDER BY seq DESC LIMIT 1`,
    );
    expect(rows).toHaveLength(1);
    await expect(client.query(`UPDATE "AuditLog" SET action = 'x' WHERE seq = $1`, [rows[0].seq])).rejects.toThrow(
      /append-only/,
    );
    await expect(client.query(`DELETE FROM "AuditLog" WHERE seq = $1`, [rows[0].seq])).rejects.toThrow(/append-only/);
  });

  it('keeps one unbroken chain while intakes (each audited in its own insert) and logins write at once', async () => {
    const matters = await Promise.all([
      ...Array.from({ length: 24 }, (_, i) => acceptMatter('MZ-001', { by: i % 2 ? 'clerk' : 'clerk2' })),
      ...['manager', 'admin', 'designer'].map(async (u) => void (await ApiClient.login(u))),
    ]).then((all) => all.filter((m) => m !== undefined));
    const { rows } = await client.query(
      `SELECT "objectId", count(*)::int AS n, bool_and(ip IS NOT NULL) AS "withIp" FROM "AuditLog" WHERE action = 'matter.accept' AND "objectId" = ANY($1) GROUP BY "objectId"`,
      [matters.map((m) => m.id)],
    );
    expect(rows).toHaveLength(24);
    expect(rows.every((r) => r.n === 1 && r.withIp)).toBe(true);
    const check = await verify();
    expect(check.stdout).toContain('intact');
    expect(check.status).toBe(0);
  });

  it('npm run audit:verify passes on the intact chain and detects an edited row', async () => {
    await ApiClient.login('clerk');
    const intact = await verify();
    expect(intact.stdout).toContain('intact');
    expect(intact.status).toBe(0);

    // Tamper as the database owner would: switch the trigger off, edit, switch it back on.
    const { rows } = await client.query(`SELECT seq FROM "AuditLog" ORDER BY seq ASC LIMIT 1`);
    await client.query('ALTER TABLE "AuditLog" DISABLE TRIGGER audit_log_no_update');
    await client.query(`UPDATE "AuditLog" SET "actorName" = 'someone-else' WHERE seq = $1`, [rows[0].seq]);
    await client.query('ALTER TABLE "AuditLog" ENABLE TRIGGER audit_log_no_update');

    const tampered = await verify();
    expect(tampered.status).toBe(1);
    expect(tampered.stdout).toContain(`TAMPERED at seq ${rows[0].seq}`);
  });
});
