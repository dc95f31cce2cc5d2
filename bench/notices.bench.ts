import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import nodemailer from 'nodemailer';
import { ensureMailpit, startMailpit } from '../scripts/lib/mailpit';
import { slotPorts } from '../scripts/lib/slot-ports';
import { parseConfig } from '../platform/config';
import { createDb } from '../platform/db';
import { createLogger } from '../platform/logger';
import { createPiiCipher } from '../platform/pii';
import { createSmtpMailer } from '../platform/mail/smtp-mailer';
import { createNoticeDispatcher } from '../platform/notices/dispatcher';
import { recordOnlySms } from '../platform/sms/sms-provider';
import { NOTICE_TEMPLATES } from '../prisma/seed-data/notice-templates';
import type { BenchContext } from './lib/context';
import type { Figure, Run } from './lib/figures';
import { closedLoop } from './lib/measure';

const SECTION = '9. Notices (通知): outbox to SMTP';
const CONNECTIONS = 4;

/**
 * The notice dispatcher draining e-mail notices from the outbox (lease, render, decrypt the address, send, record
 * each outcome) against a bare nodemailer loop sending messages of the same size to the same Mailpit with the same
 * number of pooled connections: what the outbox's guarantees cost per message.
 */
export async function benchNotices(ctx: BenchContext): Promise<Figure[]> {
  const count = ctx.quick ? 200 : 1000;
  const { stack, pool } = ctx;
  const ports = slotPorts(stack.slot);
  const dir = path.join(stack.dataDir, 'notice-bench-mailpit');
  rmSync(dir, { recursive: true, force: true });
  const mailpit = await startMailpit({
    binary: ensureMailpit(process.env.MAILPIT),
    smtpPort: ports.api + 3,
    httpPort: ports.api + 4,
    dbFile: path.join(dir, 'mailpit.db'),
    logFile: path.join(stack.dataDir, 'logs', 'notice-bench-mailpit.log'),
    pidFile: path.join(dir, 'mailpit.pid'),
  });
  const config = parseConfig({
    ...stack.env,
    SMTP_HOST: mailpit.smtpHost,
    SMTP_PORT: String(mailpit.smtpPort),
    NOTICE_BATCH_SIZE: '50',
    NOTICE_CONCURRENCY: String(CONNECTIONS),
  });
  const db = createDb(stack.databaseUrl, 4);
  const pii = createPiiCipher(config.PII_KEY);
  const dispatcher = createNoticeDispatcher({
    db,
    config,
    logger: createLogger('bench-notices', 'warn'),
    pii,
    mailer: createSmtpMailer({
      host: mailpit.smtpHost,
      port: mailpit.smtpPort,
      secure: false,
      from: config.SMTP_FROM,
      connections: CONNECTIONS,
    }),
    sms: recordOnlySms,
  });
  const bare = nodemailer.createTransport({
    host: mailpit.smtpHost,
    port: mailpit.smtpPort,
    pool: true,
    maxConnections: CONNECTIONS,
  });
  try {
    // one matter with an e-mail address to address the notices to; the stack's own worker sends no e-mail (it has
    // no SMTP server), so only this dispatcher takes them
    const clerk = await ctx.session('clerk');
    const body = ctx.fixtures.intakeBody(900_001) as { applicant: Record<string, string> };
    const accepted = (await clerk.expect(201, 'POST', '/matters/intake', {
      ...body,
      applicant: { ...body.applicant, email: 'bench@example.cn' },
    })) as { matter: { id: string; receiptNo: string } };
    const matterId = accepted.matter.id;
    const sample = NOTICE_TEMPLATES.ACCEPTED;

    const enqueue = async (n: number) => {
      const batch = randomUUID();
      await pool.query(
        `INSERT INTO "Notice" ("id", "key", "matterId", "kind", "channel", "data", "nextAttemptAt", "createdAt")
         SELECT gen_random_uuid()::text, $1 || ':' || i, $2, 'ACCEPTED', 'EMAIL', '{}'::jsonb, now() AT TIME ZONE 'UTC' - interval '1 minute', now() AT TIME ZONE 'UTC'
         FROM generate_series(1, $3::int) i`,
        [`bench:${batch}`, matterId, n],
      );
    };
    const viaOutbox = async (n: number) => {
      await enqueue(n);
      const t0 = performance.now();
      while ((await dispatcher.runOnce()) > 0);
      return (n / (performance.now() - t0)) * 1000;
    };
    const viaBare = async (n: number) => {
      const load = await closedLoop(n, CONNECTIONS, async () => {
        await bare.sendMail({
          from: config.SMTP_FROM,
          to: 'bench@example.cn',
          subject: sample.emailSubject,
          text: sample.emailBody,
          messageId: `<${randomUUID()}@onewindow.local>`,
        });
      });
      return load.perSecond;
    };

    await viaOutbox(50);
    await viaBare(50);
    const runs: Run[] = [];
    for (let run = 1; run <= ctx.runs; run++) {
      // alternate which goes first, so neither always meets the other's leftovers (Mailpit's indexing)
      const pair: Run = { value: 0, baseline: 0 };
      if (run % 2) {
        pair.value = await viaOutbox(count);
        pair.baseline = await viaBare(count);
      } else {
        pair.baseline = await viaBare(count);
        pair.value = await viaOutbox(count);
      }
      const { value, baseline } = pair;
      runs.push(pair);
      ctx.log(`notices run ${run}: outbox ${value.toFixed(0)}/s, bare nodemailer ${baseline.toFixed(0)}/s`);
    }
    ctx.notes.push(
      `Notices: ${count} e-mails a run through the outbox and the same number through a bare loop, ${CONNECTIONS} pooled SMTP connections each, to a Mailpit of the bench's own.`,
    );
    return [
      {
        section: SECTION,
        name: `e-mail notices sent, ${CONNECTIONS} connections`,
        unit: 'notices/s',
        baselineName: `bare nodemailer loop (pooled, ${CONNECTIONS} connections) to the same Mailpit`,
        runs,
        goal: { kind: 'atLeast', ratio: 0.8 },
        note: `${count} a run; each notice leased, rendered, its address decrypted, sent and recorded`,
      },
    ];
  } finally {
    bare.close();
    await dispatcher.stop();
    await db.$disconnect();
    await mailpit.stop();
  }
}
