import { chinaDateOf } from '../../domain/china-time';
import { runSql, type Db } from '../../platform/db';
import type { FileStore } from '../../platform/file-store';
import type { Logger } from '../../platform/logger';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { AppError, forbidden, notFound } from '../errors';
import type { MattersService } from '../matters/matters.service';
import { StreamedFile, storedFileHeaders } from '../shared/streamed-file';
import { matterFilesSql, suppliedMarksSql, type MatterFileOwner } from './material-files.sql';
import { OPEN_FOR_FILES, type MaterialLimits } from './material-limits';
import { materialViews, type MaterialFileView, type RecordedMaterial, type SuppliedMark } from './material-status';

interface Deps {
  db: Db;
  store: FileStore;
  audit: AuditService;
  matters: Pick<MattersService, 'inScope'>;
  limits: MaterialLimits;
  logger: Logger;
}

const UPLOADERS = ['CLERK', 'AGENT'] as const;
const MARKERS = ['CLERK', 'AGENT', 'MANAGER'] as const;
const hasAny = (user: CurrentUser, roles: readonly string[]) => user.roles.some((r) => roles.includes(r));

/**
 * A matter's materials with their files and 容缺 state; the files' bytes for preview and download (each audited);
 * staff marking an owed material supplied. Whoever may see the matter (api/matters/matter-scope.ts) may see its files.
 */
export function createMaterialsService({ db, store, audit, matters, limits, logger }: Deps) {
  const filesOf = (m: MatterFileOwner) => runSql<MaterialFileView>(db, matterFilesSql(m), { prepare: true });

  /** A file's matter (staged files belong to the matter their intake made, once made) and the check that the user may see it. */
  async function fileInScope(user: CurrentUser, fileId: string, ip?: string) {
    const file = await db.materialFile.findUnique({ where: { id: fileId } });
    if (!file) throw notFound('文件', 'File');
    const matterId =
      file.matterId ??
      (
        await db.matter.findFirst({
          where: { idempotencyKey: file.intakeKey!, acceptedById: file.uploadedById },
          select: { id: true },
        })
      )?.id;
    if (matterId) await matters.inScope(user, matterId, ip);
    else if (file.uploadedById !== user.id) throw forbidden(); // staged: only its uploader until the intake is made
    return { file, matterId: matterId ?? null };
  }

  return {
    async list(user: CurrentUser, matterId: string, ip?: string) {
      const m = await matters.inScope(user, matterId, ip);
      const [files, marks] = await Promise.all([
        filesOf(m),
        runSql<SuppliedMark>(db, suppliedMarksSql(m.id), { prepare: true }),
      ]);
      const open = OPEN_FOR_FILES.has(m.status);
      return {
        matterId: m.id,
        canUpload: open && hasAny(user, UPLOADERS),
        canMarkSupplied: open && hasAny(user, MARKERS),
        limits: { ...limits, usedBytes: files.reduce((sum, f) => sum + f.size, 0) },
        materials: materialViews(m.materials as unknown as RecordedMaterial[], files, marks, chinaDateOf(new Date())),
      };
    },

    /** Preview (inline) or download (attachment): the plaintext streamed, the access on the audit trail first. */
    async content(user: CurrentUser, fileId: string, download: boolean, ip?: string) {
      const { file, matterId } = await fileInScope(user, fileId, ip);
      const body = await store.get(file.fileKey);
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: download ? 'material.download' : 'material.view',
        objectType: 'MaterialFile',
        objectId: file.id,
        ip,
        detail: { matterId, materialCode: file.materialCode, sha256: file.sha256 },
      });
      body.on('error', (error: Error) =>
        logger.error('a stored file failed to decrypt while being sent', { fileId: file.id, error: error.message }),
      );
      return new StreamedFile(storedFileHeaders({ mime: file.mime, size: file.size, name: file.name, download }), body);
    },

    /** 容缺: an owed material brought on paper (or otherwise) and accepted by staff; once per material. */
    async markSupplied(user: CurrentUser, matterId: string, code: string, note: string | undefined, ip?: string) {
      const m = await matters.inScope(user, matterId, ip);
      if (!OPEN_FOR_FILES.has(m.status)) throw new AppError('ILLEGAL_TRANSITION', '办件已结束', 'The matter is closed');
      const material = (m.materials as unknown as RecordedMaterial[]).find((x) => x.code === code);
      if (!material?.owed)
        throw new AppError(
          'ILLEGAL_TRANSITION',
          '该材料不是容缺待补材料',
          'This material was not owed under acceptance with deficiency',
        );
      await db.$transaction(async (tx) => {
        const { count } = await tx.materialSupplied.createMany({
          data: [{ matterId: m.id, materialCode: code, note: note ?? null, byId: user.id }],
          skipDuplicates: true,
        });
        if (!count) return; // marked already: a retry, or a colleague got there first
        await tx.matterEvent.create({
          data: {
            matterId: m.id,
            eventKey: `${m.id}:material-supplied:${code}`,
            type: 'material.supplied',
            actorId: user.id,
            actorName: user.displayName,
            data: { note: note ? `${material.name}：${note}` : material.name },
          },
        });
        await audit.recordIn(tx, {
          actorId: user.id,
          actorName: user.username,
          action: 'material.markSupplied',
          objectType: 'Matter',
          objectId: m.id,
          ip,
          detail: { materialCode: code },
        });
      });
      return { ok: true as const };
    },
  };
}
export type MaterialsService = ReturnType<typeof createMaterialsService>;
