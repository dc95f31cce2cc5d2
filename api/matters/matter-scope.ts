import type { Prisma } from '../../generated/prisma/client';
import type { CurrentUser } from '../auth/auth.types';

const CENTRE_WIDE = ['ADMIN', 'MANAGER'] as const;

/**
 * Object-level access (OWASP API1): which matters a user may see. Centre-wide roles see all; clerks see what
 * their window department accepted; approvers see matters their department leads or co-handles (joint cases);
 * agents see the matters they submitted. Everyone else sees none.
 */
export function matterScope(user: CurrentUser): Prisma.MatterWhereInput {
  if (user.roles.some((r) => (CENTRE_WIDE as readonly string[]).includes(r))) return {};
  const any: Prisma.MatterWhereInput[] = [];
  if (user.roles.includes('CLERK')) any.push({ acceptedById: user.id }, { acceptedDepartmentCode: user.departmentCode });
  if (user.roles.includes('APPROVER')) any.push({ departmentCodes: { has: user.departmentCode } });
  if (user.roles.includes('AGENT')) any.push({ agentId: user.id });
  return any.length ? { OR: any } : { id: { in: [] } };
}
