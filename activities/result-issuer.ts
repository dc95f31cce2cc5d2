import { randomBytes } from 'node:crypto';
import { chinaDateOf, yearOf } from '../domain/china-time';
import { isResultType, parseValidYears, RESULT_TYPES, validUntil } from '../domain/result';
import type { Config } from '../platform/config';
import { notoSansSc } from '../platform/pdf/noto-sans-sc';
import { renderResultPdf, warmUpResultPdf } from '../platform/pdf/result-pdf';
import { publicBaseUrl } from '../platform/notices/notice-settings';
import { bpmnError } from './bpmn-error';
import type { ActivityDeps } from './deps';
import { recordResultIssued } from './result-issued';
import { takeResultNo } from './result-numbers';

/** The public verification address of a result: PUBLIC_BASE_URL, else the API's own address. */
export const verifyUrl = (config: Pick<Config, 'PUBLIC_BASE_URL' | 'PORT'>, code: string) =>
  `${publicBaseUrl(config)}/verify/${code}`;

/** 128 random bits, URL-safe: the code in a result's QR code can be neither guessed nor derived from its number. */
const newVerifyCode = () => randomBytes(16).toString('base64url');

/** Held the counter's lock for longer than this: the activity (30 s) is about to time out anyway. */
const TRANSACTION_TIMEOUT_MS = 25_000;

class AlreadyIssued extends Error {
  constructor(readonly resultNo: string) {
    super(resultNo);
  }
}

/**
 * 出证 (the issueResult service task): the result PDF, numbered, stored, and its row, all or nothing. The number is
 * taken first in the transaction (the document prints it), the PDF made and put in the file store, then the row and
 * its timeline entry written; a failure rolls the number back, is kept in ResultFailure for the matter page, and is
 * thrown, so Temporal retries. Idempotent by the service task's key: a retry, or a second run racing the first,
 * returns the first one's number.
 */
export function resultIssuer({ db, files, config, logger, now }: ActivityDeps) {
  warmUpResultPdf().catch((e: unknown) => logger.warn('result PDF not warmed up', { error: String(e) }));

  async function issue(matterId: string, eventKey: string, params: Record<string, string>): Promise<string> {
    const done = await db.matterResult.findUnique({ where: { eventKey }, select: { resultNo: true } });
    if (done) return done.resultNo;
    const resultType = params.resultType ?? '';
    if (!isResultType(resultType))
      throw bpmnError(
        'RESULT_TYPE_INVALID',
        `出证类型无效：${resultType}（可选 ${RESULT_TYPES.join('、')}）`,
        `unknown resultType ${JSON.stringify(resultType)} (one of ${RESULT_TYPES.join(', ')})`,
      );
    let validYears: number | undefined;
    try {
      validYears = parseValidYears(params.validYears);
    } catch (e) {
      throw bpmnError('VALID_YEARS_INVALID', '有效期年数无效', (e as Error).message);
    }
    const matter = await db.matter.findUniqueOrThrow({
      where: { id: matterId },
      select: { applicantName: true, itemCode: true, itemName: true, receiptNo: true },
    });
    await notoSansSc(); // read the font before holding the counter's lock

    return db.$transaction(
      async (tx) => {
        const issuedAt = now();
        const issuedOn = chinaDateOf(issuedAt);
        const resultNo = await takeResultNo(tx, config.CENTRE_CODE, yearOf(issuedOn));
        // a second run of this task that got the lock first has issued it meanwhile: give its number back
        const raced = await tx.matterResult.findUnique({ where: { eventKey }, select: { resultNo: true } });
        if (raced) throw new AlreadyIssued(raced.resultNo);
        const verifyCode = newVerifyCode();
        const fields = {
          resultNo,
          resultType,
          centreName: config.CENTRE_NAME,
          holderName: matter.applicantName,
          itemCode: matter.itemCode,
          itemName: matter.itemName,
          issuedOn,
          validUntil: validUntil(issuedOn, validYears),
        };
        const pdf = await renderResultPdf({
          ...fields,
          receiptNo: matter.receiptNo,
          issuedAt,
          verifyUrl: verifyUrl(config, verifyCode),
        });
        const stored = await files.put(Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength));
        const result = await tx.matterResult.create({
          data: {
            ...fields,
            validUntil: fields.validUntil ?? null,
            matterId,
            eventKey,
            verifyCode,
            centreCode: config.CENTRE_CODE,
            issuedAt,
            fileKey: stored.key,
            fileSha256: stored.sha256,
            fileSize: stored.size,
          },
        });
        await recordResultIssued(tx, result, issuedAt);
        await tx.resultFailure.deleteMany({ where: { eventKey } });
        return resultNo;
      },
      { timeout: TRANSACTION_TIMEOUT_MS },
    );
  }

  /** Keeps the last failure where the matter page shows it; the number it had taken went back with the rollback. */
  async function noteFailure(matterId: string, eventKey: string, error: unknown) {
    const message = (error instanceof Error ? error.message : String(error)).slice(0, 500);
    logger.warn('result not issued, will retry', { matterId, eventKey, error: message });
    await db.resultFailure.upsert({
      where: { eventKey },
      create: { eventKey, matterId, error: message },
      update: { error: message, attempts: { increment: 1 }, lastAt: now() },
    });
  }

  return async function issueResult(matterId: string, eventKey: string, params: Record<string, string>) {
    const started = Date.now();
    try {
      const resultNo = await issue(matterId, eventKey, params);
      logger.info('result issued', { matterId, resultNo, ms: Date.now() - started });
      return resultNo;
    } catch (error) {
      if (error instanceof AlreadyIssued) return error.resultNo;
      await noteFailure(matterId, eventKey, error).catch(() => undefined);
      throw error;
    }
  };
}
