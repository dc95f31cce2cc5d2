import { callProblems, callsOfPlan, type PublishedCalls } from '../../bpmn/check-calls';
import { compileBpmn } from '../../bpmn/compiler';
import { readPlan } from '../../bpmn/stored-plan';
import { diffDiagrams } from '../../bpmn/diagram-diff';
import type { Db } from '../../platform/db';
import type { CurrentUser } from '../auth/auth.types';
import type { AuditService } from '../audit/audit.service';
import type { ChangeNotices } from '../../platform/change-notices';
import { AppError, notFound } from '../errors';
import { activeDepartmentCodes } from '../organisation/active-department';
import type { TCreateProcedure, TPublish, TSaveDraft } from './procedures.types';

/** What the draft is compared with before the first version: a document with no elements, so all are added. */
const NO_VERSION_XML = '<definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"/>';

interface Deps {
  db: Db;
  audit: AuditService;
  standardTemplate: () => string;
  notices: Pick<ChangeNotices, 'wrote'>;
}

/** Every procedure's published versions with the calls each makes, for publishing's call checks (bpmn/check-calls.ts). */
async function publishedCalls(db: Pick<Db, 'procedure'>): Promise<PublishedCalls> {
  const rows = await db.procedure.findMany({
    select: { key: true, versions: { select: { version: true, plan: true } } },
  });
  return new Map(
    rows.map((row) => [
      row.key,
      new Map(
        row.versions.map((v) => [
          v.version,
          callsOfPlan(readPlan(v.plan)).map(({ procedureKey, version }) => ({ procedureKey, version })),
        ]),
      ),
    ]),
  );
}

export function createProceduresService(deps: Deps) {
  const { db, audit, notices } = deps;

  async function get(id: string) {
    const procedure = await db.procedure.findUnique({
      where: { id },
      include: {
        versions: {
          orderBy: { version: 'desc' },
          select: { id: true, version: true, publishedAt: true, publishedById: true, changeNote: true },
        },
      },
    });
    if (!procedure) throw notFound('流程', 'Procedure');
    return procedure;
  }

  async function getVersion(id: string, version: number) {
    const row = await db.procedureVersion.findUnique({
      where: { procedureId_version: { procedureId: id, version } },
    });
    if (!row) throw notFound('流程版本', 'Procedure version');
    return row;
  }

  return {
    /** Compiled as publishing will: against the centre's active departments. */
    validate: async (xml: string) => compileBpmn(xml, { departments: await activeDepartmentCodes(db) }),

    async list() {
      const rows = await db.procedure.findMany({
        orderBy: { key: 'asc' },
        include: { versions: { orderBy: { version: 'desc' }, take: 1, select: { version: true, publishedAt: true } } },
      });
      return rows.map(({ draftXml: _x, versions, ...p }) => ({
        ...p,
        latestVersion: versions[0]?.version ?? null,
        publishedAt: versions[0]?.publishedAt ?? null,
      }));
    },

    get,

    async create(input: TCreateProcedure, user: CurrentUser) {
      if (await db.procedure.findUnique({ where: { key: input.key } })) {
        throw new AppError('CONFLICT', `流程标识 ${input.key} 已存在`, `Procedure key ${input.key} already exists`);
      }
      const created = await db.procedure.create({
        data: {
          key: input.key,
          name: input.name,
          draftXml: input.draftXml ?? deps.standardTemplate(),
          updatedById: user.id,
        },
      });
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'procedure.create',
        objectType: 'Procedure',
        objectId: created.id,
      });
      return created;
    },

    /** Saving never fails on model problems: a draft may be incomplete. The problems come back for the designer. */
    async saveDraft(id: string, input: TSaveDraft, user: CurrentUser) {
      await get(id);
      const saved = await db.procedure.update({
        where: { id },
        data: { draftXml: input.draftXml, name: input.name, updatedById: user.id },
      });
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'procedure.saveDraft',
        objectType: 'Procedure',
        objectId: id,
      });
      const result = compileBpmn(input.draftXml, { departments: await activeDepartmentCodes(db) });
      return {
        procedure: saved,
        problems: result.ok ? [] : result.problems,
        warnings: result.ok ? result.warnings : [],
      };
    },

    /**
     * Publishing compiles the draft and stores an immutable version; running matters keep theirs. A draft unchanged
     * since the latest version answers with that version.
     */
    async publish(id: string, input: TPublish, user: CurrentUser) {
      const procedure = await get(id);
      const { version, created, result } = await db.$transaction(async (tx) => {
        // publishes of one procedure queue here, so a second click waits for the first and finds its version
        await tx.$executeRaw`SELECT 1 FROM "Procedure" WHERE id = ${id} FOR UPDATE`;
        // the departments it names stay active until this commits: deactivating one waits, then sees this version
        await tx.$executeRaw`SELECT 1 FROM "Department" WHERE active FOR SHARE`;
        const compiled = compileBpmn(procedure.draftXml, { departments: await activeDepartmentCodes(tx) });
        const callsRefused = compiled.ok ? callProblems(procedure.key, compiled.plan, await publishedCalls(tx)) : [];
        const result = callsRefused.length > 0 ? { ok: false as const, problems: callsRefused } : compiled;
        if (!result.ok) {
          throw new AppError(
            'VALIDATION',
            `流程有 ${result.problems.length} 处问题，不能发布`,
            `The model has ${result.problems.length} problems and cannot be published`,
            result.problems,
          );
        }
        const last = await tx.procedureVersion.findFirst({ where: { procedureId: id }, orderBy: { version: 'desc' } });
        // the draft is the latest version already (a second click, a retry after a lost answer): no copy of it
        if (last?.xml === procedure.draftXml) return { version: last, created: false, result };
        return {
          result,
          version: await tx.procedureVersion.create({
            data: {
              procedureId: id,
              version: (last?.version ?? 0) + 1,
              xml: procedure.draftXml,
              plan: result.plan as object,
              publishedById: user.id,
              changeNote: input.changeNote ?? null,
            },
          }),
          created: true,
        };
      });
      if (created) {
        notices.wrote(['ProcedureVersion']);
        await audit.record({
          actorId: user.id,
          actorName: user.username,
          action: 'procedure.publish',
          objectType: 'Procedure',
          objectId: id,
          detail: { version: version.version, changeNote: version.changeNote },
        });
      }
      return {
        id: version.id,
        version: version.version,
        publishedAt: version.publishedAt,
        unchanged: !created,
        warnings: result.warnings,
      };
    },

    /** The draft against the latest version: the elements publishing it would add, remove and change. */
    async draftChanges(id: string) {
      const procedure = await get(id);
      const last = await db.procedureVersion.findFirst({ where: { procedureId: id }, orderBy: { version: 'desc' } });
      const diff = diffDiagrams(last?.xml ?? NO_VERSION_XML, procedure.draftXml);
      if (!diff) {
        throw new AppError(
          'VALIDATION',
          '草稿不是有效的 BPMN XML，无法比较：请先恢复一个已发布的版本',
          'The draft is not well-formed BPMN XML and cannot be compared: restore a published version first',
        );
      }
      return { baseVersion: last?.version ?? null, unchanged: last?.xml === procedure.draftXml, ...diff };
    },

    /** A published version's diagram becomes the draft again (the draft it replaces is gone; versions stay). */
    async restoreVersion(id: string, version: number, user: CurrentUser) {
      const row = await getVersion(id, version);
      const saved = await db.procedure.update({ where: { id }, data: { draftXml: row.xml, updatedById: user.id } });
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'procedure.restoreVersion',
        objectType: 'Procedure',
        objectId: id,
        detail: { version },
      });
      return saved;
    },

    getVersion,
  };
}
export type ProceduresService = ReturnType<typeof createProceduresService>;
