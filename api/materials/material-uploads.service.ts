import type { Request } from 'express';
import { Prisma } from '../../generated/prisma/client';
import { runSql, type Db } from '../../platform/db';
import type { FileStore } from '../../platform/file-store';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import type { IntakeGuides } from '../catalogue/intake-guides';
import { AppError, forbidden, notFound } from '../errors';
import type { MattersService } from '../matters/matters.service';
import type { DetectType } from './file-types';
import { lockFilesOfSql, matterFilesTotalSql, stagedTotalSql } from './material-files.sql';
import { OPEN_FOR_FILES, maxBytesForNextFile, type MaterialLimits } from './material-limits';
import type { RecordedMaterial } from './material-status';
import { readUpload, type Upload } from './read-upload';
import { uploadErrors } from './upload-errors';
import type { TMaterialFile, TStageQuery } from './materials.types';

interface Deps {
  db: Db;
  store: FileStore;
  audit: AuditService;
  matters: Pick<MattersService, 'inScope'>;
  guides: IntakeGuides;
  detectType: DetectType;
  limits: MaterialLimits;
}

type Tx = Prisma.TransactionClient;
const total = async (tx: Tx, sql: Prisma.Sql) => Number((await tx.$queryRaw<Array<{ total: bigint }>>(sql))[0].total);

const unknownMaterial = (code: string) =>
  new AppError('VALIDATION', `材料 ${code} 不在该事项的材料清单中`, `Material ${code} is not in the item's list`);

/**
 * Uploads of materials: staged during an intake (before its matter exists) or added to a matter after acceptance
 * (补正, owed materials). Each file is streamed into the store, then its row, the per-matter total and the audit
 * entry are written in one transaction.
 */
export function createMaterialUploads({ db, store, audit, matters, guides, detectType, limits }: Deps) {
  /** Refuses a file that would take the owner past its total now that the lock is held (a concurrent upload got in first). */
  async function checkTotal(tx: Tx, ownerKey: string, totalSql: Prisma.Sql, size: number) {
    await tx.$executeRaw(lockFilesOfSql(ownerKey));
    if ((await total(tx, totalSql)) + size > limits.matterBytes) throw uploadErrors.matterTotal(limits.matterBytes);
  }

  const asView = (
    row: {
      id: string;
      materialCode: string;
      name: string;
      mime: string;
      size: number;
      sha256: string;
      uploadedAt: Date;
    },
    stage: 'INTAKE' | 'SUPPLEMENT',
    user: CurrentUser,
  ): TMaterialFile => ({ ...row, stage, uploadedByName: user.displayName });

  const rowOf = (upload: Upload, itemCode: string, materialCode: string, user: CurrentUser) => ({
    itemCode,
    materialCode,
    fileKey: upload.stored.key,
    name: upload.name,
    mime: upload.mime,
    size: upload.stored.size,
    sha256: upload.stored.sha256,
    uploadedById: user.id,
  });

  return {
    /** What the user has staged under an intake key (the wizard shows it again after a step back). */
    async staged(user: CurrentUser, intakeKey: string): Promise<TMaterialFile[]> {
      const rows = await db.materialFile.findMany({
        where: { intakeKey, uploadedById: user.id },
        orderBy: [{ uploadedAt: 'asc' }, { id: 'asc' }],
      });
      return rows.map((r) => asView(r, 'INTAKE', user));
    },

    /** At the window or by a village agent, before the intake: the file waits under the intake's key. */
    async stage(user: CurrentUser, q: TStageQuery, req: Request, ip?: string): Promise<TMaterialFile> {
      const guide = await guides.get(q.itemCode);
      if (!guide?.item.active) throw notFound('事项', 'Service item');
      const material = guide.item.materials.find((m) => m.code === q.materialCode);
      if (!material) throw unknownMaterial(q.materialCode);
      const accepted = await db.matter.findUnique({ where: { idempotencyKey: q.intakeKey }, select: { id: true } });
      if (accepted)
        throw new AppError(
          'CONFLICT',
          '该受理已提交，请在办件页面补充材料',
          'This intake was already submitted: add files on the matter page',
        );
      const totalSql = stagedTotalSql(q.intakeKey, user.id);
      const used = Number((await runSql<{ total: string }>(db, totalSql))[0].total);
      const upload = await readUpload(req, {
        store,
        detectType,
        maxBytes: maxBytesForNextFile(limits, used),
        fallbackName: material.name,
      });
      const row = await db.$transaction(async (tx) => {
        await checkTotal(tx, `intake:${q.intakeKey}`, totalSql, upload.stored.size);
        const created = await tx.materialFile.create({
          data: { ...rowOf(upload, q.itemCode, q.materialCode, user), intakeKey: q.intakeKey, stage: 'INTAKE' },
        });
        await audit.recordIn(tx, {
          actorId: user.id,
          actorName: user.username,
          action: 'material.upload',
          objectType: 'MaterialFile',
          objectId: created.id,
          ip,
          detail: { intakeKey: q.intakeKey, materialCode: q.materialCode, sha256: created.sha256, size: created.size },
        });
        return created;
      });
      return asView(row, 'INTAKE', user);
    },

    /** After acceptance (补正, an owed material): the file joins the matter at once, with a timeline entry. */
    async attach(user: CurrentUser, matterId: string, code: string, req: Request, ip?: string): Promise<TMaterialFile> {
      const m = await matters.inScope(user, matterId, ip);
      if (!OPEN_FOR_FILES.has(m.status))
        throw new AppError(
          'ILLEGAL_TRANSITION',
          '办件已结束，不能再添加材料',
          'The matter is closed: no more files can be added',
        );
      const material = (m.materials as unknown as RecordedMaterial[]).find((x) => x.code === code);
      if (!material) throw unknownMaterial(code);
      const totalSql = matterFilesTotalSql(m);
      const used = Number((await runSql<{ total: string }>(db, totalSql))[0].total);
      const upload = await readUpload(req, {
        store,
        detectType,
        maxBytes: maxBytesForNextFile(limits, used),
        fallbackName: material.name,
      });
      const row = await db.$transaction(async (tx) => {
        await checkTotal(tx, `matter:${m.id}`, totalSql, upload.stored.size);
        const created = await tx.materialFile.create({
          data: { ...rowOf(upload, m.itemCode, code, user), matterId: m.id, stage: 'SUPPLEMENT' },
        });
        await tx.matterEvent.create({
          data: {
            matterId: m.id,
            eventKey: `${m.id}:material:${created.id}`,
            type: 'material.uploaded',
            actorId: user.id,
            actorName: user.displayName,
            data: { note: material.name },
          },
        });
        await audit.recordIn(tx, {
          actorId: user.id,
          actorName: user.username,
          action: 'material.upload',
          objectType: 'MaterialFile',
          objectId: created.id,
          ip,
          detail: { matterId: m.id, materialCode: code, sha256: created.sha256, size: created.size },
        });
        return created;
      });
      return asView(row, 'SUPPLEMENT', user);
    },

    /** A staged file taken back before the intake is submitted (the wrong page scanned); once accepted, it is the record. */
    async unstage(user: CurrentUser, fileId: string, ip?: string) {
      const file = await db.materialFile.findUnique({ where: { id: fileId } });
      if (!file) throw notFound('文件', 'File');
      if (file.uploadedById !== user.id || !file.intakeKey) throw forbidden();
      const accepted = await db.matter.findUnique({ where: { idempotencyKey: file.intakeKey }, select: { id: true } });
      if (file.matterId || accepted)
        throw new AppError(
          'ILLEGAL_TRANSITION',
          '受理已提交，材料已归入办件，不能删除',
          'The intake was submitted: the file is part of the matter and cannot be removed',
        );
      await db.$transaction(async (tx) => {
        await tx.materialFile.delete({ where: { id: fileId } });
        await audit.recordIn(tx, {
          actorId: user.id,
          actorName: user.username,
          action: 'material.unstage',
          objectType: 'MaterialFile',
          objectId: fileId,
          ip,
          detail: { intakeKey: file.intakeKey, materialCode: file.materialCode },
        });
      });
      return { ok: true as const };
    },
  };
}
export type MaterialUploads = ReturnType<typeof createMaterialUploads>;
