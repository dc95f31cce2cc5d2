import type { Db } from '../platform/db';
import { AGENT_CARDS, CENTRE_PROFILE, STAFF_DUTIES } from './seed-data/disclosure';

/** The centre's public particulars, the agents' cards and the staff's duties, created once; admins' edits are kept. */
export async function seedDisclosure(db: Db): Promise<void> {
  await db.centreProfile.upsert({ where: { id: 1 }, update: {}, create: { id: 1, ...CENTRE_PROFILE } });
  for (const card of AGENT_CARDS) {
    const user = await db.user.findUnique({ where: { username: card.username }, select: { id: true } });
    if (!user) continue;
    await db.agentProfile.upsert({
      where: { userId: user.id },
      update: {},
      create: { userId: user.id, phone: card.phone, note: card.note },
    });
  }
  for (const duty of STAFF_DUTIES) {
    const user = await db.user.findUnique({ where: { username: duty.username }, select: { id: true } });
    if (!user) continue;
    await db.staffDuty.upsert({
      where: { userId: user.id },
      update: {},
      create: { userId: user.id, post: duty.post, duties: duty.duties },
    });
  }
}
