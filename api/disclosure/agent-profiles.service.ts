import type { Db } from '../../platform/db';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { AppError, notFound } from '../errors';
import type { TAgentProfileInput } from './disclosure.types';
import { decodePhoto } from './photo';

/**
 * 代办员公示: each active village agent's name, station, work phone and photo, as the policy asks them posted. Admins
 * keep the phone, note and photo; the name and station come from the user record.
 */
export function createAgentProfilesService({ db, audit }: { db: Db; audit: AuditService }) {
  async function cards() {
    const agents = await db.user.findMany({
      where: { roles: { has: 'AGENT' }, active: true },
      select: { id: true, displayName: true, station: { select: { name: true, village: true } } },
      orderBy: [{ station: { village: 'asc' } }, { username: 'asc' }],
    });
    const profiles = await db.agentProfile.findMany({
      where: { userId: { in: agents.map((a) => a.id) } },
      select: { userId: true, phone: true, note: true, photoType: true },
    });
    const byUser = new Map(profiles.map((p) => [p.userId, p]));
    return agents.map((a) => {
      const profile = byUser.get(a.id);
      return {
        id: a.id,
        name: a.displayName,
        stationName: a.station?.name ?? null,
        village: a.station?.village ?? null,
        phone: profile?.phone ?? null,
        note: profile?.note ?? null,
        hasPhoto: Boolean(profile?.photoType),
      };
    });
  }

  return {
    cards,

    async photo(userId: string) {
      const profile = await db.agentProfile.findUnique({ where: { userId }, select: { photo: true, photoType: true } });
      const agent = await db.user.findFirst({ where: { id: userId, roles: { has: 'AGENT' }, active: true } });
      if (!agent || !profile?.photo || !profile.photoType) throw notFound('照片', 'Photo');
      return { bytes: Buffer.from(profile.photo), type: profile.photoType };
    },

    async update(userId: string, input: TAgentProfileInput, user: CurrentUser) {
      const agent = await db.user.findUnique({ where: { id: userId }, select: { roles: true } });
      if (!agent) throw notFound('用户', 'User');
      if (!agent.roles.includes('AGENT'))
        throw new AppError('VALIDATION', '只有代办员需要公示信息', 'Only village agents have a public card');
      // absent keeps the photo there is, null removes it
      const photo = input.photo ? decodePhoto(input.photo) : input.photo === null ? null : undefined;
      const photoFields =
        photo === undefined
          ? {}
          : { photo: photo ? new Uint8Array(photo.bytes) : null, photoType: photo ? photo.type : null };
      const data = { phone: input.phone, note: input.note ?? null, ...photoFields };
      await db.agentProfile.upsert({ where: { userId }, create: { userId, ...data }, update: data });
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'agent-profile.update',
        objectType: 'User',
        objectId: userId,
        detail: { photo: photo === undefined ? 'kept' : photo ? 'replaced' : 'removed' },
      });
      return (await cards()).find((c) => c.id === userId) ?? notFoundCard();
    },
  };
}
const notFoundCard = () => {
  throw new AppError('CONFLICT', '该代办员已停用，不再公示', 'The agent is inactive and no longer posted');
};
export type AgentProfilesService = ReturnType<typeof createAgentProfilesService>;
