/**
 * Fault: the worker, which drains the notice outbox, dies by SIGKILL while 100 acceptance e-mails are being sent,
 * several times, and is started again. Each e-mail must arrive in the SMTP server exactly once, and every notice
 * must end SENT.
 *
 * The test runs on a database of its own (the stack's worker drains the stack's outbox, and would take these
 * notices too) and a Mailpit of its own, started as the product's is (--ignore-duplicate-ids).
 */
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { migrate, seedDemoData } from '../../scripts/lib/database';
import { ensureMailpit, startMailpit, type RunningMailpit } from '../../scripts/lib/mailpit';
import { recreateDatabase, withDatabase } from '../../scripts/lib/postgres';
import { waitFor } from '../support/matters';
import { intakeBody, staffOf, type FaultClient } from './support/client';
import { recordFindings } from './support/report';
import { FAULT_PORTS, logDir, startFaultServices, type FaultServices } from './support/services';

jest.setTimeout(20 * 60_000);

const NOTICES = Number(process.env.FAULT_NOTICES ?? 100);
const ITEM = 'MZ-005';
/** kill when this many of the e-mails have arrived: each kill lands while the rest are being sent */
const KILL_AT = [0.15, 0.4, 0.7].map((share) => Math.round(NOTICES * share));

let services: FaultServices;
let mailpit: RunningMailpit;
let db: pg.Pool;
let staff: (username: string) => FaultClient;
const databaseUrl = withDatabase(process.env.DATABASE_URL!, 'onewindow_notice_faults');

beforeAll(async () => {
  await recreateDatabase(databaseUrl);
  await migrate(databaseUrl);
  await seedDemoData(databaseUrl);
  db = new pg.Pool({ connectionString: databaseUrl, max: 3 });
  // beside the logs, not among them (the personal-data scan reads every file there)
  const mailpitDir = path.join(logDir(), '..', '..', 'notice-faults-mailpit');
  rmSync(mailpitDir, { recursive: true, force: true });
  mailpit = await startMailpit({
    binary: ensureMailpit(process.env.MAILPIT),
    smtpPort: FAULT_PORTS.api + 1,
    httpPort: FAULT_PORTS.api + 2,
    dbFile: path.join(mailpitDir, 'mailpit.db'),
    logFile: path.join(logDir(), 'notice-faults-mailpit.log'),
    pidFile: path.join(mailpitDir, 'mailpit.pid'),
  });
  services = await startFaultServices('notices', {
    env: {
      DATABASE_URL: databaseUrl,
      SMTP_HOST: mailpit.smtpHost,
      SMTP_PORT: String(mailpit.smtpPort),
      // small leases and batches: a killed dispatcher's notices come back soon, and a kill finds a batch under way
      NOTICE_LEASE_SECONDS: '10',
      NOTICE_BATCH_SIZE: '10',
      NOTICE_CONCURRENCY: '2',
      NOTICE_POLL_MS: '100',
    },
  });
  staff = await staffOf(services.apiUrl);
});

afterAll(async () => {
  await services?.stop();
  await mailpit?.stop();
  await db?.end();
});

interface Arrived {
  MessageID: string;
  To: Array<{ Address: string }>;
}

async function arrived(domain: string): Promise<Arrived[]> {
  const res = await fetch(`${mailpit.httpUrl}/api/v1/search?limit=5000&query=${encodeURIComponent(`to:${domain}`)}`);
  return ((await res.json()) as { messages: Arrived[] }).messages;
}

const emailNotices = () =>
  db.query<{ id: string; status: string; attempts: number; leasedUntil: Date | null }>(
    `SELECT id, status, attempts, "leasedUntil" FROM "Notice" WHERE channel = 'EMAIL' AND kind = 'ACCEPTED'`,
  );

test(`SIGKILL of the dispatcher while ${NOTICES} e-mails are being sent: each arrives exactly once`, async () => {
  const domain = `faults-${randomUUID().slice(0, 6)}.example.cn`;
  const materials = (
    (await staff('clerk').get(`/items/${ITEM}`)).body.materials as Array<{ code: string; required: boolean }>
  )
    .filter((m) => m.required)
    .map((m) => m.code);

  // the notices pile up in the outbox while no dispatcher runs
  await services.killWorker();
  for (let i = 0; i < NOTICES; i++) {
    const body = intakeBody(ITEM, materials);
    const res = await staff('clerk').post('/matters/intake', {
      ...body,
      applicant: { ...body.applicant, email: `a${i}@${domain}` },
    });
    expect(res.status).toBe(201);
  }
  expect((await emailNotices()).rows.filter((n) => n.status === 'PENDING')).toHaveLength(NOTICES);

  const kills: Array<{ arrived: number; leased: number; sent: number }> = [];
  for (const threshold of KILL_AT) {
    const restarted = services.startWorker();
    await waitFor(`${threshold} e-mails`, async () => (await arrived(domain)).length >= threshold, 300_000);
    const rows = (await emailNotices()).rows;
    await services.killWorker();
    kills.push({
      arrived: (await arrived(domain)).length,
      leased: rows.filter((n) => n.status === 'PENDING' && n.leasedUntil && n.leasedUntil > new Date()).length,
      sent: rows.filter((n) => n.status === 'SENT').length,
    });
    await restarted.catch(() => undefined);
  }
  await services.startWorker();
  await waitFor(
    'every notice sent',
    async () => (await emailNotices()).rows.every((n) => n.status === 'SENT'),
    300_000,
  );

  const messages = await arrived(domain);
  const perMessageId = new Map<string, number>();
  for (const m of messages) perMessageId.set(m.MessageID, (perMessageId.get(m.MessageID) ?? 0) + 1);
  const rows = (await emailNotices()).rows;
  const findings = {
    notices: NOTICES,
    kills,
    arrived: messages.length,
    distinctMessageIds: perMessageId.size,
    recipients: new Set(messages.flatMap((m) => m.To.map((t) => t.Address))).size,
    // leased by a dispatcher that was killed before it recorded the outcome: taken again, sent again with the same
    // Message-ID (the ones Mailpit had already were dropped as duplicates)
    takenAgain: rows.filter((n) => n.attempts > 1).length,
    // in the SMTP server but not yet recorded SENT when the dispatcher died: the window the relay's dedupe closes
    arrivedUnrecordedAtKills: kills.reduce((n, k) => n + Math.max(0, k.arrived - k.sent), 0),
  };
  recordFindings('notice-dispatch', findings);

  expect(kills).toHaveLength(KILL_AT.length);
  expect(kills.some((k) => k.leased > 0)).toBe(true);
  expect(messages).toHaveLength(NOTICES);
  expect(findings.distinctMessageIds).toBe(NOTICES);
  expect(findings.recipients).toBe(NOTICES);
  expect(new Set(rows.map((n) => `${n.id}@onewindow.local`))).toEqual(new Set(perMessageId.keys()));
});
