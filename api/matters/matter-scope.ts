import { Prisma } from '../../generated/prisma/client';
import { isCentreWide, type CurrentUser } from '../auth/auth.types';

type Clause =
  | { column: 'acceptedById' | 'acceptedDepartmentCode' | 'agentId'; equals: string }
  | { column: 'departmentCodes'; has: string };

/**
 * Object-level access (OWASP API1): which matters a user may see. Centre-wide roles see all (null); clerks see what
 * their window department accepted; approvers see matters their department leads or co-handles (joint cases);
 * agents see the matters they submitted; a matter is visible when any clause holds. Everyone else sees none.
 */
function scopeClauses(user: CurrentUser): Clause[] | null {
  if (isCentreWide(user)) return null;
  const any: Clause[] = [];
  if (user.roles.includes('CLERK'))
    any.push(
      { column: 'acceptedById', equals: user.id },
      { column: 'acceptedDepartmentCode', equals: user.departmentCode },
    );
  if (user.roles.includes('APPROVER')) any.push({ column: 'departmentCodes', has: user.departmentCode });
  if (user.roles.includes('AGENT')) any.push({ column: 'agentId', equals: user.id });
  return any;
}

/** The scope as a Prisma filter (lists). */
export function matterScope(user: CurrentUser): Prisma.MatterWhereInput {
  const clauses = scopeClauses(user);
  if (!clauses) return {};
  const any = clauses.map((c): Prisma.MatterWhereInput =>
    'has' in c ? { [c.column]: { has: c.has } } : { [c.column]: c.equals },
  );
  return any.length ? { OR: any } : { id: { in: [] } };
}

/** The same scope as an SQL condition on Matter `m` (the one-matter check every matter page makes). */
export function matterScopeSql(user: CurrentUser): Prisma.Sql {
  const clauses = scopeClauses(user);
  if (!clauses) return Prisma.sql`TRUE`;
  if (!clauses.length) return Prisma.sql`FALSE`;
  const column = (c: Clause) => Prisma.raw(`m."${c.column}"`);
  return Prisma.sql`(${Prisma.join(
    clauses.map((c) =>
      'has' in c ? Prisma.sql`${c.has} = ANY(${column(c)})` : Prisma.sql`${column(c)} = ${c.equals}`,
    ),
    ' OR ',
  )})`;
}
