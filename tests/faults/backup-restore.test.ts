/**
 * The restore drill (issue 30): a stack run by `npm start` on its own data folder, 50 matters in every state (open
 * tasks, 补正 pause, a timer coming due, finished) with staff working and clerks accepting while `npm run backup`
 * runs; then the stack stops, its data folder is wiped, `npm run restore` puts the archive back and `npm start` runs
 * again. Nothing accepted before the backup may be lost, every open task must be there, the timer must fire, and
 * reconcile must repair exactly the matters that moved between the two snapshots. A tampered archive is refused.
 */
import { randomUUID } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import path from 'node:path';
import { Client, Connection } from '@temporalio/client';
import type pg from 'pg';
import { readArchive } from '../../platform/backup/archive-reader';
import type { Manifest } from '../../platform/backup/manifest';
import type { ReconcileReport } from '../../platform/reconcile/reconcile-types';
import { formFor, waitFor, workerFor } from '../support/matters';
import {
  driveThroughFaults,
  inParallel,
  intakeBody,
  staffOf,
  type DriveStats,
  type FaultClient,
} from './support/client';
import {
  DRILL,
  drillDb,
  drillEnv,
  runCommand,
  secretOf,
  startDrillStack,
  type DrillStack,
} from './support/drill-stack';
import { duplicatesOf, NO_DUPLICATES } from './support/integrity';
import { requiredMaterials } from './support/load';
import { recordFindings } from './support/report';

jest.setTimeout(45 * 60_000);

const ITEM = 'MZ-005'; // the promised procedure: five user tasks
const PER_STATE = 10;
/** the drill's boundary timer on 受理: due this long after a matter is accepted */
const TIMER_HOURS = 3 / 60;

let stack: DrillStack | undefined;
let db: pg.Pool | undefined;

afterAll(async () => {
  await db?.end();
  await stack?.stop();
});

const pause = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface Step {
  matterId: string;
  what: string;
  sent: number;
  answered: number;
  status: number;
}

/** The promised procedure's latest plan, again as a new version with a non-interrupting timer on 受理 due soon. */
async function publishTimedProcedure(pool: pg.Pool): Promise<void> {
  const { rows } = await pool.query<{ procedureId: string; version: number; xml: string; plan: any }>(
    `SELECT v."procedureId", v.version, v.xml, v.plan FROM "ProcedureVersion" v JOIN "Procedure" p ON p.id = v."procedureId"
      WHERE p.key = 'promised' ORDER BY v.version DESC LIMIT 1`,
  );
  const { procedureId, version, xml, plan } = rows[0];
  plan.nodes.Boundary_Drill = {
    id: 'Boundary_Drill',
    type: 'boundaryTimer',
    name: '演练计时器',
    attachedToId: 'Task_Receive',
    interrupting: false,
    timer: { kind: 'duration', hours: TIMER_HOURS },
    incoming: [],
    outgoing: ['Flow_Drill'],
  };
  plan.nodes.End_Drill = {
    id: 'End_Drill',
    type: 'endEvent',
    outcome: 'COMPLETED',
    terminate: false,
    incoming: ['Flow_Drill'],
    outgoing: [],
  };
  plan.flows.Flow_Drill = { id: 'Flow_Drill', sourceId: 'Boundary_Drill', targetId: 'End_Drill' };
  plan.nodes.Task_Receive.boundaryTimerIds = [...plan.nodes.Task_Receive.boundaryTimerIds, 'Boundary_Drill'];
  await pool.query(
    `INSERT INTO "ProcedureVersion" (id, "procedureId", version, xml, plan, "publishedAt") VALUES ($1, $2, $3, $4, $5, now())`,
    [randomUUID(), procedureId, version + 1, xml, plan],
  );
}

type Staff = (username: string) => FaultClient;
async function openTasksOf(staff: Staff, matterId: string) {
  const res = await staff('manager').get(`/matters/${matterId}`);
  if (res.status !== 200) return undefined;
  return {
    status: res.body.status as string,
    tasks: (
      res.body.tasks as Array<{
        id: string;
        status: string;
        candidateRole: string | null;
        candidateDepartmentCode: string | null;
        stepKind: string;
      }>
    ).filter((t) => t.status === 'OPEN' || t.status === 'CLAIMED'),
  };
}

/** One step as staff take it, timed, for telling which steps fell between the two snapshots. */
async function timedStep(
  staff: Staff,
  steps: Step[],
  matterId: string,
  what: string,
  user: string,
  url: string,
  body: unknown = {},
) {
  const sent = Date.now();
  const res = await staff(user).post(url, body);
  steps.push({ matterId, what, sent, answered: Date.now(), status: res.status });
  return res;
}

/** Claims and completes the matter's open tasks (approving), `rounds` times or until `stop()`. */
async function work(
  staff: Staff,
  steps: Step[],
  matterId: string,
  opts: { rounds?: number; stop?: () => boolean } = {},
) {
  for (let round = 0; round < (opts.rounds ?? 1000) && !opts.stop?.(); round++) {
    const open = await openTasksOf(staff, matterId);
    if (!open || open.status !== 'IN_PROGRESS') return;
    for (const task of open.tasks) {
      const user = workerFor(task);
      const detail = await staff(user).get(`/tasks/${task.id}`);
      if (detail.status !== 200) continue;
      if (detail.body.status === 'OPEN')
        await timedStep(staff, steps, matterId, 'claim', user, `/tasks/${task.id}/claim`);
      await timedStep(staff, steps, matterId, 'complete', user, `/tasks/${task.id}/complete`, {
        decision: detail.body.allowedDecisions.includes('approve') ? 'approve' : detail.body.allowedDecisions[0],
        comment: '同意',
        formData: formFor(detail.body.formFields),
      });
    }
  }
}

async function accept(staff: Staff, materials: string[], steps?: Step[]): Promise<string> {
  const sent = Date.now();
  for (;;) {
    const res = await staff('clerk').post('/matters/intake', intakeBody(ITEM, materials));
    if (res.status === 201) {
      steps?.push({ matterId: res.body.matter.id, what: 'intake', sent, answered: Date.now(), status: 201 });
      return res.body.matter.id as string;
    }
    await pause(500);
  }
}

/** Each open matter's open task rows (key and status) and status, as the inbox shows them. */
async function openTaskRows(pool: pg.Pool, ids: string[]) {
  const { rows } = await pool.query<{ id: string; status: string; tasks: string[] | null }>(
    `SELECT m.id, m.status::text AS status,
            array_agg(t."taskKey" || ' ' || t.status::text || ' ' || t.suspended::text ORDER BY t."taskKey") FILTER (WHERE t.id IS NOT NULL) AS tasks
       FROM "Matter" m LEFT JOIN "Task" t ON t."matterId" = m.id AND t.status IN ('OPEN', 'CLAIMED')
      WHERE m.id = ANY($1) GROUP BY m.id`,
    [ids],
  );
  return Object.fromEntries(rows.map((r) => [r.id, { status: r.status, tasks: r.tasks ?? [] }]));
}

test('a backup taken under load restores into an empty data folder, resumes every matter, and reconciles the gap', async () => {
  rmSync(DRILL.dataDir(), { recursive: true, force: true });
  rmSync(DRILL.backupDir(), { recursive: true, force: true });
  stack = await startDrillStack();
  db = drillDb();
  await publishTimedProcedure(db);
  let staff = await staffOf(stack.apiUrl);
  const materials = await requiredMaterials(staff('clerk'), ITEM);
  const steps: Step[] = [];

  // 50 matters in every state: finished, open tasks (some claimed), 补正 pause, a load worked during the backup, and
  // (accepted last) the ones whose 受理 timer comes due after the restore
  const finished = await inParallel(
    Array.from({ length: PER_STATE }, () => 0),
    4,
    () => accept(staff, materials),
  );
  await inParallel(finished, 4, (id) => work(staff, steps, id));
  const open = await inParallel(
    Array.from({ length: PER_STATE }, () => 0),
    4,
    () => accept(staff, materials),
  );
  await inParallel(open, 4, async (id, i) => {
    await work(staff, steps, id, { rounds: 1 });
    const next = await waitFor('the step after 受理', async () => (await openTasksOf(staff, id))?.tasks[0], 60_000);
    if (i % 2 === 0) await timedStep(staff, steps, id, 'claim', workerFor(next), `/tasks/${next.id}/claim`);
  });
  const paused = await inParallel(
    Array.from({ length: PER_STATE }, () => 0),
    4,
    () => accept(staff, materials),
  );
  await inParallel(paused, 4, async (id) => {
    const receive = await waitFor('受理', async () => (await openTasksOf(staff, id))?.tasks[0], 60_000);
    await timedStep(staff, steps, id, 'claim', 'clerk', `/tasks/${receive.id}/claim`);
    const res = await timedStep(staff, steps, id, 'supplement', 'clerk', `/tasks/${receive.id}/supplement`, {
      reason: '缺少户口簿原件',
      missing: ['户口簿原件'],
    });
    expect(res.status).toBe(200);
  });
  const loaded = await inParallel(
    Array.from({ length: PER_STATE }, () => 0),
    4,
    () => accept(staff, materials),
  );
  const timed = await inParallel(
    Array.from({ length: PER_STATE }, () => 0),
    4,
    () => accept(staff, materials),
  );
  // an intake answers once the workflow has started; its first task opens a moment later
  for (const id of timed) await waitFor('受理 to open', async () => (await openTasksOf(staff, id))?.tasks[0], 60_000);
  const allFifty = [...finished, ...open, ...paused, ...loaded, ...timed];
  const untouched = [...finished, ...open, ...paused, ...timed];
  const before = await openTaskRows(db, untouched);
  expect(Object.values(before).filter((m) => m.status === 'COMPLETED')).toHaveLength(PER_STATE);
  expect(Object.values(before).filter((m) => m.status === 'SUSPENDED')).toHaveLength(PER_STATE);

  // load: staff work the loaded matters and clerks keep accepting while the backup runs
  let stop = false;
  const duringBackup: string[] = [];
  // each loaded matter's 受理 is claimed and released again and again by a clerk (one Update each, so the steps are
  // many and short), and clerks keep accepting, until the backup ends
  const receiveOf = await Promise.all(
    loaded.map((id) => waitFor('受理', async () => (await openTasksOf(staff, id))?.tasks[0], 60_000)),
  );
  const load = Promise.all([
    ...loaded.map(async (id, i) => {
      while (!stop) {
        await timedStep(staff, steps, id, 'claim', 'clerk', `/tasks/${receiveOf[i].id}/claim`);
        await timedStep(staff, steps, id, 'unclaim', 'clerk', `/tasks/${receiveOf[i].id}/unclaim`);
      }
    }),
    (async () => {
      while (!stop) duringBackup.push(await accept(staff, materials, steps));
    })(),
  ]);
  await pause(3000);
  const backup = await runCommand('backup', 'scripts/backup/backup-command.ts', [], drillEnv());
  stop = true;
  await load;
  expect(backup.code).toBe(0);
  const archives = readdirSync(DRILL.backupDir()).filter((f) => f.endsWith('.owbackup'));
  expect(archives).toHaveLength(1);
  const archive = path.join(DRILL.backupDir(), archives[0]);

  // the admin keeps these off the machine; the disk then dies
  const admin = `${DRILL.dataDir()}-admin`;
  mkdirSync(admin, { recursive: true });
  writeFileSync(path.join(admin, 'pii.key'), secretOf('pii.key'));
  writeFileSync(path.join(admin, 'passphrase'), secretOf('backup-passphrase'));
  const passphrase = secretOf('backup-passphrase');
  const manifest: Manifest = await readArchive(archive, passphrase, async () => undefined);
  const instant = (part: string) => Date.parse(manifest.parts.find((p) => p.name === part)!.takenAt);
  const [temporalAt, postgresAt] = [instant('temporal'), instant('postgres')];
  await db.end();
  db = undefined;
  await stack.stop();
  stack = undefined;
  rmSync(DRILL.dataDir(), { recursive: true, force: true });

  // a tampered archive and a truncated one are refused, naming where, and leave no data folder behind
  const restoreArgs = (file: string) => [
    file,
    '--passphrase-file',
    path.join(admin, 'passphrase'),
    '--pii-key-file',
    path.join(admin, 'pii.key'),
  ];
  const tampered = path.join(admin, 'tampered.owbackup');
  copyFileSync(archive, tampered);
  const bytes = readFileSync(tampered);
  bytes[bytes.length - 100_000] ^= 0x20; // inside the part written last before the manifest (the file store's)
  writeFileSync(tampered, bytes);
  const refusedTampered = await runCommand(
    'restore-tampered',
    'scripts/backup/restore-command.ts',
    restoreArgs(tampered),
    drillEnv(),
  );
  expect(refusedTampered.code).toBe(2);
  expect(refusedTampered.output).toMatch(/tampered with in part \w+/);
  const truncated = path.join(admin, 'truncated.owbackup');
  copyFileSync(archive, truncated);
  truncateSync(truncated, Math.floor(statSync(truncated).size / 3));
  const refusedTruncated = await runCommand(
    'restore-truncated',
    'scripts/backup/restore-command.ts',
    restoreArgs(truncated),
    drillEnv(),
  );
  expect(refusedTruncated.code).toBe(2);
  expect(refusedTruncated.output).toMatch(/truncated in part \w+/);
  expect(existsSync(DRILL.dataDir())).toBe(false);

  const restore = await runCommand('restore', 'scripts/backup/restore-command.ts', restoreArgs(archive), drillEnv());
  expect(restore.code).toBe(0);
  const restoredAt = Date.now();
  // and a second restore into the now full folder is refused
  const again = await runCommand(
    'restore-again',
    'scripts/backup/restore-command.ts',
    restoreArgs(archive),
    drillEnv(),
  );
  expect(again.code).toBe(2);
  expect(again.output).toMatch(/is not empty/);

  stack = await startDrillStack();
  db = drillDb();
  staff = await staffOf(stack.apiUrl);
  const pool = db;
  const reconciled = await waitFor(
    'the reconcile the restore left due',
    async () =>
      (
        await pool.query<{ status: string; summary: ReconcileReport }>(
          `SELECT status::text, summary FROM "OperationRun" WHERE kind = 'RECONCILE' AND trigger = 'restore' AND status IN ('SUCCEEDED', 'FAILED')`,
        )
      ).rows[0],
    600_000,
  );
  expect(reconciled.status).toBe('SUCCEEDED');
  const report = reconciled.summary;

  // 0 matters lost: every matter accepted before the database's snapshot is there, and each has its workflow
  const acceptedBefore = steps.filter((s) => s.what === 'intake' && s.answered < postgresAt).map((s) => s.matterId);
  const ids = [...allFifty, ...acceptedBefore];
  const { rows: present } = await db.query<{ id: string; workflowId: string }>(
    `SELECT id, "workflowId" FROM "Matter" WHERE id = ANY($1)`,
    [ids],
  );
  expect(new Set(present.map((r) => r.id))).toEqual(new Set(ids));
  const connection = await Connection.connect({ address: `127.0.0.1:${DRILL.ports.temporal}` });
  try {
    const temporal = new Client({ connection });
    await waitFor(
      'every matter to have its workflow (restarted ones included)',
      async () => {
        for (const { workflowId } of present) {
          const described = await temporal.workflow
            .getHandle(workflowId)
            .describe()
            .catch(() => undefined);
          if (!described) return false;
        }
        return true;
      },
      300_000,
    );
  } finally {
    await connection.close();
  }

  // every open task of the matters nobody touched during the backup is there, as it was; the pauses still hold
  expect(await openTaskRows(db, untouched)).toEqual(before);

  // reconcile repaired the matters that moved between the two snapshots, and only those
  const inGap = (s: Step) => s.status < 300 && s.sent < postgresAt && s.answered > temporalAt;
  const movedInGap = new Set(steps.filter(inGap).map((s) => s.matterId));
  const repairedIds = report.repaired.map((m) => m.matterId);
  const restartedIds = report.restarted.map((m) => m.matterId);
  for (const id of [...repairedIds, ...restartedIds]) expect(movedInGap).toContain(id);
  expect(report.findings).toEqual([]);
  // a step sent once the workflows' snapshot had begun (its instant is taken just before the copy starts) and
  // answered before the database's is in the rows only: its matter must have been repaired
  const surelyInGap = steps.filter(
    (s) => s.status < 300 && s.what !== 'intake' && s.sent > temporalAt + 500 && s.answered < postgresAt,
  );
  for (const s of surelyInGap) expect(repairedIds).toContain(s.matterId);
  // with staff working all along, steps were under way between the two snapshots
  expect(steps.filter(inGap).length).toBeGreaterThan(0);

  // the 受理 timers armed before the backup fire after the restore
  const timerFired = await waitFor(
    'the drill timers to fire after the restore',
    async () => {
      const { rows } = await pool.query<{ matterId: string; at: Date }>(
        `SELECT "matterId", at FROM "MatterEvent" WHERE type = 'timer.fired' AND "matterId" = ANY($1)`,
        [timed],
      );
      return rows.length === timed.length && rows;
    },
    600_000,
  );
  expect(timerFired.every((r) => r.at.getTime() > restoredAt)).toBe(true);

  // running matters continue: every one is worked (the paused ones after their materials arrive) to its end
  const stats: DriveStats = { retried: 0, statuses: {} };
  for (const id of paused)
    expect((await staff('clerk').post(`/matters/${id}/supplied`, { note: '已补齐' })).status).toBe(200);
  const { rows: openNow } = await db.query<{ id: string }>(
    `SELECT id FROM "Matter" WHERE status IN ('IN_PROGRESS', 'PENDING_START') AND id = ANY($1)`,
    [ids],
  );
  const outcomes = await inParallel(
    openNow.map((r) => r.id),
    5,
    (id) => driveThroughFaults(staff, id, stats),
  );
  expect(outcomes.every((o) => o === 'COMPLETED')).toBe(true);

  // and a reconcile now finds nothing to do
  const settled = await runCommand('reconcile', 'scripts/backup/reconcile-command.ts', [], drillEnv());
  expect(settled.output).toMatch(/0 matters repaired, 0 restarted, 0 findings/);
  expect(settled.code).toBe(0);
  const duplicates = await duplicatesOf(db, ids);
  expect(duplicates).toEqual(NO_DUPLICATES);

  recordFindings('backup-restore', {
    matters: ids.length,
    acceptedDuringBackup: duringBackup.length,
    archiveBytes: statSync(archive).size,
    snapshotGapMs: postgresAt - temporalAt,
    stepsInGap: steps.filter(inGap).length,
    stepsSurelyInGap: surelyInGap.length,
    repairedMatters: repairedIds.length,
    repairs: report.repaired
      .flatMap((m) => m.repairs.map((r) => r.kind))
      .reduce<Record<string, number>>((n, k) => ({ ...n, [k]: (n[k] ?? 0) + 1 }), {}),
    restartedMatters: restartedIds.length,
    timersFiredAfterRestore: timerFired.length,
    drivenToEndAfterRestore: outcomes.length,
    driveAnswers: stats.statuses,
    duplicates,
  });
});
