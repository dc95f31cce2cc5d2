import type { Db } from '../../platform/db';
import type { CurrentUser } from '../auth/auth.types';
import type { AuditService } from '../audit/audit.service';
import { AppError, notFound } from '../errors';
import type { TCreateStation, TUpdateStation } from './units.types';

const ROW = { code: true, name: true, village: true, active: true, _count: { select: { agents: true } } } as const;
const toRow = ({
  _count,
  ...s
}: {
  code: string;
  name: string;
  village: string;
  active: boolean;
  _count: { agents: number };
}) => ({
  ...s,
  agentCount: _count.agents,
});

/** 便民服务站 (village stations run by agents). An inactive one is no longer listed to the public. */
export function createStationsService({ db, audit }: { db: Db; audit: AuditService }) {
  async function get(code: string) {
    const station = await db.serviceStation.findUnique({ where: { code }, select: ROW });
    if (!station) throw notFound('便民服务站', 'Service station');
    return toRow(station);
  }

  return {
    list: async () => (await db.serviceStation.findMany({ select: ROW, orderBy: { code: 'asc' } })).map(toRow),

    get,

    async create(input: TCreateStation, actor: CurrentUser) {
      if (await db.serviceStation.findUnique({ where: { code: input.code }, select: { id: true } })) {
        throw new AppError('CONFLICT', `服务站编码 ${input.code} 已存在`, `Station code ${input.code} already exists`);
      }
      await db.$transaction(async (tx) => {
        const created = await tx.serviceStation.create({ data: input });
        await audit.recordIn(tx, {
          actorId: actor.id,
          actorName: actor.username,
          action: 'station.create',
          objectType: 'ServiceStation',
          objectId: created.id,
          detail: { ...input },
        });
      });
      return get(input.code);
    },

    async update(code: string, input: TUpdateStation, actor: CurrentUser) {
      const existing = await db.serviceStation.findUnique({ where: { code }, select: { id: true, active: true } });
      if (!existing) throw notFound('便民服务站', 'Service station');
      await db.$transaction(async (tx) => {
        await tx.serviceStation.update({ where: { code }, data: input });
        await audit.recordIn(tx, {
          actorId: actor.id,
          actorName: actor.username,
          action: input.active === false && existing.active ? 'station.deactivate' : 'station.update',
          objectType: 'ServiceStation',
          objectId: existing.id,
          detail: { code, ...input },
        });
      });
      return get(code);
    },
  };
}
export type StationsService = ReturnType<typeof createStationsService>;
