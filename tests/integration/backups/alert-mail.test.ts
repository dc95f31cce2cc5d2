/**
 * A failed backup tells the admins: the maintenance workflow, run by a worker of its own on the test stack's
 * Temporal, takes a backup that cannot be written, and the mail reaches a real SMTP server (Mailpit).
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { DefaultLogger, NativeConnection, Runtime, Worker } from '@temporalio/worker';
import { createMaintenanceActivities } from '../../../activities/maintenance.activities';
import { parseConfig } from '../../../platform/config';
import { createLogger } from '../../../platform/logger';
import { slotPorts } from '../../../scripts/lib/slot-ports';
import { backupWorkflow } from '../../../workflows/maintenance';
import { testDb } from '../../support/db';
import { startMailServer, type MailServer } from '../../support/mail-server';
import { waitFor } from '../../support/matters';
import { useTemporalClient } from '../../support/temporal-client';
import { workflowCode } from '../../../worker/workflow-code';

jest.setTimeout(180_000);

const ports = slotPorts(Number(process.env.OW_TEST_SLOT ?? 0));

describe('backup alerts', () => {
  const temporal = useTemporalClient();
  const db = testDb();
  let mail: MailServer;
  let dir: string;
  beforeAll(async () => {
    mail = await startMailServer(ports.api + 7, ports.api + 8);
    dir = mkdtempSync(path.join(tmpdir(), 'ow-alert-'));
  });
  afterAll(async () => {
    await mail?.stop();
    await db.$disconnect();
    rmSync(dir, { recursive: true, force: true });
  });

  test('a backup that fails is mailed to every admin on the list, with the reason', async () => {
    try {
      Runtime.install({ logger: new DefaultLogger('WARN') });
    } catch {
      // installed already in this process
    }
    const notAFolder = path.join(dir, 'file');
    writeFileSync(notAFolder, 'x');
    const config = parseConfig({
      ...process.env,
      BACKUP_PASSPHRASE: 'alert-test-passphrase',
      BACKUP_DIR: path.join(notAFolder, 'backups'), // cannot be created: the backup fails
      BACKUP_ALERT_EMAILS: 'ops@centre.example, head@centre.example',
      SMTP_URL: mail.smtpUrl,
    });
    const taskQueue = `backup-alert-${randomUUID()}`;
    const connection = await NativeConnection.connect({ address: process.env.TEMPORAL_ADDRESS! });
    const worker = await Worker.create({
      connection,
      taskQueue,
      ...workflowCode(process.env.WORKFLOW_BUNDLE),
      activities: createMaintenanceActivities({
        db,
        temporal: temporal(),
        config,
        logger: createLogger('test', 'error'),
      }),
    });
    const outcome = await worker.runUntil(
      temporal().workflow.execute(backupWorkflow, {
        workflowId: `backup-alert-${randomUUID()}`,
        taskQueue,
        args: [{ trigger: 'console' }],
      }),
    );
    await connection.close();
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/ENOTDIR/) });
    const [message] = await waitFor('the alert mail', async () => {
      const messages = await mail.messages();
      return messages.length > 0 && messages;
    });
    expect(message.Subject).toBe('OneWindow 备份失败 / backup failed');
    expect(message.To.map((t) => t.Address).sort()).toEqual(['head@centre.example', 'ops@centre.example']);
    expect(message.Snippet).toContain('ENOTDIR');
    const run = await db.operationRun.findFirstOrThrow({
      where: { kind: 'BACKUP', trigger: 'console' },
      orderBy: { startedAt: 'desc' },
    });
    expect(run).toMatchObject({ status: 'FAILED' });
  });
});
