import type { CurrentUser } from '../../../api/auth/auth.types';
import { matterScope, matterScopeSql } from '../../../api/matters/matter-scope';
import { Prisma } from '../../../generated/prisma/client';
import type { Role } from '../../../generated/prisma/enums';
import { runSql, type Db } from '../../../platform/db';
import { testDb } from '../../support/db';
import { insertMatter } from '../admin-fixtures/matter-rows';

/**
 * The matter scope has two renderings, a Prisma filter (lists) and SQL (the one-matter check): on the same rows
 * both must let every kind of user see exactly the same matters, and those must be the ones the rule names.
 */
let db: Db;
beforeAll(() => {
  db = testDb();
});
afterAll(() => db.$disconnect());

const userOf = (id: string, departmentCode: string, roles: Role[]): CurrentUser => ({
  id,
  username: id,
  displayName: id,
  roles,
  departmentId: 'x',
  departmentCode,
  sessionId: 'x',
  csrfToken: 'x',
});

test('Prisma and SQL scopes agree for every role, and follow the rule', async () => {
  const [clerk, agent] = await Promise.all(
    ['clerk', 'agent'].map((username) => db.user.findUniqueOrThrow({ where: { username } })),
  );
  const matters = {
    accepted: await insertMatter(db, 'MZ-005', {
      acceptedById: clerk.id,
      acceptedDepartmentCode: 'WINDOW',
      departmentCodes: ['MINZHENG'],
    }),
    joint: await insertMatter(db, 'MZ-005', {
      acceptedById: agent.id,
      acceptedDepartmentCode: 'STATION',
      departmentCodes: ['MINZHENG', 'CANLIAN'],
    }),
    byAgent: await insertMatter(db, 'MZ-005', {
      acceptedById: agent.id,
      acceptedDepartmentCode: 'STATION',
      agentId: agent.id,
      departmentCodes: ['WEIJIAN'],
    }),
  };
  const ids = Object.values(matters).map((m) => m.id);
  const nameOf = (id: string) => Object.entries(matters).find(([, m]) => m.id === id)![0];
  const viaPrisma = async (u: CurrentUser) =>
    (await db.matter.findMany({ where: { AND: [{ id: { in: ids } }, matterScope(u)] }, select: { id: true } }))
      .map((m) => nameOf(m.id))
      .sort();
  const viaSql = async (u: CurrentUser) =>
    (
      await runSql<{ id: string }>(
        db,
        Prisma.sql`SELECT m.id FROM "Matter" m WHERE m.id = ANY(${ids}) AND ${matterScopeSql(u)}`,
      )
    )
      .map((m) => nameOf(m.id))
      .sort();
  const cases: Array<[CurrentUser, string[]]> = [
    [userOf('someone', 'CENTRE', ['MANAGER']), ['accepted', 'byAgent', 'joint']],
    [userOf('someone', 'CENTRE', ['ADMIN']), ['accepted', 'byAgent', 'joint']],
    [userOf(clerk.id, 'WINDOW', ['CLERK']), ['accepted']],
    [userOf('another-clerk', 'WINDOW', ['CLERK']), ['accepted']],
    [userOf('another-clerk', 'STATION', ['CLERK']), ['byAgent', 'joint']],
    [userOf('someone', 'CANLIAN', ['APPROVER']), ['joint']],
    [userOf('someone', 'MINZHENG', ['APPROVER']), ['accepted', 'joint']],
    [userOf(agent.id, 'STATION', ['AGENT']), ['byAgent']],
    [userOf('someone', 'WEIJIAN', ['CLERK', 'APPROVER']), ['byAgent']],
    [userOf('someone', 'CENTRE', ['DESIGNER']), []],
  ];
  for (const [user, expected] of cases) {
    const label = `${user.roles.join('+')} of ${user.departmentCode}`;
    expect({ label, prisma: await viaPrisma(user), sql: await viaSql(user) }).toEqual({
      label,
      prisma: expected,
      sql: expected,
    });
  }
});
