import type { Readable } from 'node:stream';
import { chinaDateOf } from '../../domain/china-time';
import { maskName } from '../../domain/identity';
import { RESULT_TYPE_LABELS, type ResultType } from '../../domain/result';
import type { Config } from '../../platform/config';
import type { Db } from '../../platform/db';
import type { FileStore } from '../../platform/file-store';
import { verifyUrl } from '../../activities/result-issuer';
import type { AuditService } from '../audit/audit.service';
import type { CurrentUser } from '../auth/auth.types';
import { AppError, forbidden, notFound } from '../errors';
import type { MattersService } from '../matters/matters.service';
import { recordResultRevoked } from './result-revoked';
import type { TRevoke } from './results.types';

interface Deps {
  db: Db;
  files: FileStore;
  audit: AuditService;
  config: Pick<Config, 'PUBLIC_BASE_URL' | 'PORT'>;
  /** the matter page's own scope check (403 audited, 404 unknown) */
  inScope: MattersService['inScope'];
  now?: () => Date;
}

const PUBLIC = 'public';

const notIssued = () => notFound('出证记录', 'Result');
/** One answer for every code that finds nothing: codes cannot be probed. */
const noSuchResult = () =>
  new AppError('NOT_FOUND', '未找到该证照，请核对二维码或链接', 'No result with this code: check the QR code or link');

async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream as Readable) chunks.push(Buffer.from(chunk as Buffer));
  return Buffer.concat(chunks);
}

export function createResultsService({ db, files, audit, config, inScope, now = () => new Date() }: Deps) {
  const canRevoke = (user: CurrentUser) => user.roles.includes('MANAGER');

  return {
    /** The matter page's results and any failure of the issuing step (the same scope as the matter page). */
    async forMatter(user: CurrentUser, matterId: string, ip?: string) {
      await inScope(user, matterId, ip);
      const [results, failures] = await Promise.all([
        db.matterResult.findMany({ where: { matterId }, orderBy: { issuedAt: 'asc' } }),
        db.resultFailure.findMany({ where: { matterId }, orderBy: { firstAt: 'asc' } }),
      ]);
      const revokers = await db.user.findMany({
        where: { id: { in: results.map((r) => r.revokedById).filter((id): id is string => Boolean(id)) } },
        select: { id: true, displayName: true },
      });
      const names = new Map(revokers.map((u) => [u.id, u.displayName]));
      return {
        results: results.map((r) => ({
          ...r,
          resultType: r.resultType as ResultType,
          revokedByName: r.revokedById ? (names.get(r.revokedById) ?? null) : null,
          verifyUrl: verifyUrl(config, r.verifyCode),
        })),
        failures,
        canRevoke: canRevoke(user),
      };
    },

    /** The PDF, read whole (a few dozen KB) so a damaged file fails before any byte is sent; each read is audited. */
    async file(user: CurrentUser, id: string, ip?: string) {
      const result = await db.matterResult.findUnique({ where: { id } });
      if (!result) throw notIssued();
      await inScope(user, result.matterId, ip);
      const bytes = await readAll(await files.get(result.fileKey));
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'result.download',
        objectType: 'MatterResult',
        objectId: result.id,
        ip,
        detail: { matterId: result.matterId, resultNo: result.resultNo },
      });
      return { bytes, fileName: `${RESULT_TYPE_LABELS[result.resultType as ResultType].zh}-${result.resultNo}.pdf` };
    },

    /**
     * 撤销: a manager withdraws a result with a reason; the verification page says so from then on. Revoking again
     * with the same reason (a retried request) answers as the first time; another reason is refused.
     */
    async revoke(user: CurrentUser, id: string, input: TRevoke, ip?: string) {
      if (!canRevoke(user)) throw forbidden();
      const result = await db.matterResult.findUnique({ where: { id } });
      if (!result) throw notIssued();
      await inScope(user, result.matterId, ip);
      const at = now();
      const revoked = await db.$transaction(async (tx) => {
        const { count } = await tx.matterResult.updateMany({
          where: { id, status: 'VALID' },
          data: { status: 'REVOKED', revokedAt: at, revokedById: user.id, revokeReason: input.reason },
        });
        if (count) await recordResultRevoked(tx, { ...result, reason: input.reason }, user, at);
        return count === 1;
      });
      if (!revoked) {
        const current = await db.matterResult.findUniqueOrThrow({ where: { id } });
        if (current.revokeReason === input.reason) return { ok: true as const };
        throw new AppError('CONFLICT', '该证照已撤销', 'This result has already been revoked');
      }
      await audit.record({
        actorId: user.id,
        actorName: user.username,
        action: 'result.revoke',
        objectType: 'MatterResult',
        objectId: id,
        ip,
        detail: { matterId: result.matterId, resultNo: result.resultNo, reason: input.reason },
      });
      return { ok: true as const };
    },

    /** The public verification page (/verify/<code>): number, kind, issuer and status; the holder masked. */
    async verify(code: string, ip: string | null) {
      const result = await db.matterResult.findUnique({ where: { verifyCode: code } });
      if (!result) {
        await audit.record({ actorName: PUBLIC, action: 'public.verify.failed', ip });
        throw noSuchResult();
      }
      await audit.record({
        actorName: PUBLIC,
        action: 'public.verify',
        objectType: 'MatterResult',
        objectId: result.id,
        ip,
      });
      const today = chinaDateOf(now());
      const expired = result.validUntil !== null && result.validUntil < today;
      return {
        resultNo: result.resultNo,
        resultType: result.resultType as ResultType,
        resultTypeName: RESULT_TYPE_LABELS[result.resultType as ResultType].zh,
        issuer: result.centreName,
        itemName: result.itemName,
        holderMasked: maskName(result.holderName),
        issuedOn: result.issuedOn,
        validUntil: result.validUntil,
        status:
          result.status === 'REVOKED' ? ('REVOKED' as const) : expired ? ('EXPIRED' as const) : ('VALID' as const),
        revokedOn: result.revokedAt ? chinaDateOf(result.revokedAt) : null,
        revokeReason: result.revokeReason,
      };
    },
  };
}
export type ResultsService = ReturnType<typeof createResultsService>;
