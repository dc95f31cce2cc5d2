import { hostname } from 'node:os';
import { randomUUID } from 'node:crypto';
import { addCalendarDays, chinaDateOf } from '../../domain/china-time';
import { maskPhone } from '../../domain/identity';
import { isApplicantNoticeKind, maskEmail, placeholdersOf } from '../../domain/notices';
import type { Config } from '../config';
import { runSql, type Db } from '../db';
import type { Logger } from '../logger';
import type { PiiCipher } from '../pii';
import type { Mailer } from '../mail/smtp-mailer';
import type { SmsProvider } from '../sms/sms-provider';
import { retryDelayMs } from './backoff';
import { deficiencyRemindersSql } from './deficiency-reminders.sql';
import { escalateFollowUpsSql } from './follow-up-escalation.sql';
import { createDispatchStore, type Delivered, type LeasedNotice } from './dispatch-store';
import { placeholderValues, renderNotice } from './notice-render';
import { publicBaseUrl } from './notice-settings';
import { SendFailure } from './send-failure';

export interface DispatcherDeps {
  db: Db;
  config: Config;
  logger: Logger;
  pii: PiiCipher;
  /** absent: no SMTP server configured, e-mail notices wait */
  mailer?: Mailer;
  sms: SmsProvider;
  now?: () => Date;
  random?: () => number;
}

/** A lease with less than this left is not used to start a send (the send's own timeouts fit in it). */
const LEASE_MARGIN_MS = 30_000;

type Matter = Awaited<ReturnType<ReturnType<typeof createDispatchStore>['matters']>>[number];
type Template = Awaited<ReturnType<ReturnType<typeof createDispatchStore>['templates']>>[number];

/** Runs `work` over `items`, at most `limit` at a time. */
async function inParallel<T>(items: T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lane = async () => {
    while (next < items.length) await work(items[next++]);
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, lane));
}

/**
 * Drains the outbox: leases due notices (SKIP LOCKED, so any number of dispatchers may run), renders each from its
 * template and its matter, decrypts the recipient (only here), sends it and records the outcome, one notice at a
 * time. A failure is tried again with exponential backoff up to NOTICE_MAX_ATTEMPTS; a refusal that cannot pass
 * fails at once. A dispatcher that dies mid-send leaves its notices leased: they are taken again when the lease
 * runs out, and sent with the same idempotency key (docs/notices.md: what that guarantees).
 */
export function createNoticeDispatcher(deps: DispatcherDeps) {
  const { db, config, logger, pii, mailer, sms } = deps;
  const now = deps.now ?? (() => new Date());
  const owner = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;
  const store = createDispatchStore(db, owner);
  const channels: Array<'EMAIL' | 'SMS'> = mailer ? ['SMS', 'EMAIL'] : ['SMS'];
  const lookupPage = `${publicBaseUrl(config)}/#/public/track`;
  const leaseMs = config.NOTICE_LEASE_SECONDS * 1000;
  let lastSweep = 0;
  let stopping = false;

  /** Owed materials falling due, and 督办 / 整改 gone unanswered past their date. */
  async function sweepDueDates(): Promise<void> {
    if (Date.now() - lastSweep < config.NOTICE_REMINDER_SWEEP_SECONDS * 1000) return;
    lastSweep = Date.now();
    const today = chinaDateOf(now());
    await runSql(db, deficiencyRemindersSql(today, addCalendarDays(today, config.DEFICIENCY_REMINDER_DAYS), now()));
    for (const sql of escalateFollowUpsSql(today, now())) await runSql(db, sql);
  }

  function recipientOf(notice: LeasedNotice, matter: Matter): { to: string; masked: string } {
    const cipher = notice.channel === 'SMS' ? matter.applicantPhoneCipher : matter.applicantEmailCipher;
    if (!cipher) throw new SendFailure('办件没有该渠道的联系方式 / the matter has no address for this channel', true);
    let to: string;
    try {
      to = pii.decrypt(cipher);
    } catch {
      throw new SendFailure('联系方式无法解密（密钥不符）/ the address cannot be decrypted (wrong PII_KEY)', true);
    }
    return { to, masked: notice.channel === 'SMS' ? maskPhone(to) : maskEmail(to) };
  }

  /** One notice: rendered, sent, recorded. Throws SendFailure for the caller to file. */
  async function send(notice: LeasedNotice, matter: Matter, template: Template | undefined): Promise<Delivered> {
    if (!template || !isApplicantNoticeKind(notice.kind))
      throw new SendFailure(`没有通知模板 ${notice.kind} / no template for ${notice.kind}`, true);
    const values = placeholderValues(matter, notice.data, lookupPage);
    const rendered = renderNotice(notice.channel, template, values);
    const recipient = recipientOf(notice, matter);
    if (notice.channel === 'EMAIL') {
      if (!mailer) throw new SendFailure('SMTP not configured', false);
      const { providerRef } = await mailer.send({
        to: recipient.to,
        subject: rendered.subject ?? '',
        text: rendered.text,
        idempotencyKey: notice.id,
      });
      return {
        status: 'SENT',
        provider: 'smtp',
        providerRef,
        recipientMasked: recipient.masked,
        subject: rendered.subject,
        body: rendered.text,
      };
    }
    const params = Object.fromEntries(placeholdersOf(notice.kind).map((p) => [p, values[p] ?? '']));
    const { providerRef } = await sms.send({
      phone: recipient.to,
      templateCode: template.smsTemplateCode ?? undefined,
      params,
      text: rendered.text,
      idempotencyKey: notice.id,
    });
    return {
      status: sms.recordOnly ? 'RECORDED' : 'SENT',
      provider: sms.name,
      providerRef,
      recipientMasked: recipient.masked,
      subject: null,
      body: `【${config.SMS_SIGN_NAME}】${rendered.text}`,
    };
  }

  async function deliver(notice: LeasedNotice, matter: Matter | undefined, template: Template | undefined) {
    // a lease about to run out, or a stop: leave the notice to the next lease rather than race another dispatcher
    if (stopping || notice.leasedUntil.getTime() - now().getTime() < Math.min(LEASE_MARGIN_MS, leaseMs / 2)) {
      await store.release(notice.id);
      return;
    }
    const provider = notice.channel === 'EMAIL' ? 'smtp' : sms.name;
    try {
      if (!matter) throw new SendFailure('办件不存在 / matter not found', true);
      const delivered = await send(notice, matter, template);
      if (!(await store.delivered(notice.id, delivered, now())))
        logger.warn('a notice was sent after its lease ran out', { noticeId: notice.id });
    } catch (e) {
      const failure = e instanceof SendFailure ? e : new SendFailure(e instanceof Error ? e.message : String(e), false);
      if (failure.permanent || notice.attempts >= config.NOTICE_MAX_ATTEMPTS) {
        await store.failed(notice.id, failure.message.slice(0, 1000), provider);
        logger.warn('notice failed', { noticeId: notice.id, kind: notice.kind, channel: notice.channel });
        return;
      }
      const delay = retryDelayMs(
        notice.attempts,
        config.NOTICE_RETRY_BASE_SECONDS * 1000,
        config.NOTICE_RETRY_MAX_SECONDS * 1000,
        deps.random,
      );
      await store.retryLater(notice.id, failure.message.slice(0, 1000), new Date(now().getTime() + delay));
    }
  }

  /** One round: the reminders when due, then one lease's worth of notices. How many were leased. */
  async function runOnce(): Promise<number> {
    await sweepDueDates();
    const batch = await store.lease(config.NOTICE_BATCH_SIZE, channels, now(), leaseMs);
    if (!batch.length) return 0;
    const [matters, templates] = await Promise.all([
      store.matters([...new Set(batch.map((n) => n.matterId))]),
      store.templates(),
    ]);
    const matterOf = new Map(matters.map((m) => [m.id, m]));
    const templateOf = new Map(templates.map((t) => [t.kind, t]));
    await inParallel(batch, config.NOTICE_CONCURRENCY, (n) =>
      deliver(n, matterOf.get(n.matterId), templateOf.get(n.kind)),
    );
    return batch.length;
  }

  let loop: Promise<void> | undefined;
  let wake: (() => void) | undefined;
  const pause = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(resolve, ms);
      wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });

  async function run(): Promise<void> {
    while (!stopping) {
      let leased = 0;
      try {
        leased = await runOnce();
      } catch (e) {
        // the database away: the notices wait in it, nothing is lost; try again after a pause
        logger.warn('notice dispatch round failed', { error: e instanceof Error ? e.message : String(e) });
      }
      if (leased < config.NOTICE_BATCH_SIZE && !stopping) await pause(config.NOTICE_POLL_MS);
    }
  }

  return {
    owner,
    runOnce,
    start(): void {
      loop ??= run();
      logger.info('notice dispatcher running', { channels, sms: sms.name });
    },
    /** Finishes the sends under way, frees what it leased and has not begun, and closes the SMTP connections. */
    async stop(): Promise<void> {
      stopping = true;
      wake?.();
      await loop;
      mailer?.close();
    },
  };
}
export type NoticeDispatcher = ReturnType<typeof createNoticeDispatcher>;
