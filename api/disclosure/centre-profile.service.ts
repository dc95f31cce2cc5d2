import type { Db } from '../../platform/db';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import type { TCentreProfileInput } from './disclosure.types';

/** Until an admin fills it in (the seed does for the demo), the centre shows a name and nothing else. */
const UNSET: TCentreProfileInput & { updatedAt: Date | null } = {
  name: '便民服务中心',
  address: '',
  hours: '',
  phone: '',
  complaintPhone: '',
  discipline: [],
  commitments: [],
  updatedAt: null,
};

/** 办事公开: the centre's address, hours, phones, service discipline and commitments (one row). */
export function createCentreProfileService({ db, audit }: { db: Db; audit: AuditService }) {
  async function get() {
    const row = await db.centreProfile.findUnique({ where: { id: 1 } });
    return row ?? UNSET;
  }
  return {
    get,
    async update(input: TCentreProfileInput, user: CurrentUser) {
      const data = { ...input, updatedById: user.id };
      await db.centreProfile.upsert({ where: { id: 1 }, create: { id: 1, ...data }, update: data });
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'centre-profile.update',
        objectType: 'CentreProfile',
        objectId: '1',
      });
      return get();
    },
  };
}
export type CentreProfileService = ReturnType<typeof createCentreProfileService>;
