import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import v8 from 'node:v8';
import type pg from 'pg';
import { Connection } from '@temporalio/client';
import type { WorkerOptions } from '@temporalio/worker';
import { ROOT } from './stack';
import { configSchema } from '../../platform/config';
import { workerTuning } from '../../platform/worker-tuning';
import { DEFAULT_POOL_SIZE } from '../../platform/db';
import { ACTIVITY_OPTIONS, STEP_LOCAL_ACTIVITY_OPTIONS } from '../../workflows/activity-options';

export type Facts = Array<[string, string]>;

const version = (pkg: string) => {
  try {
    return (
      JSON.parse(readFileSync(path.join(ROOT, 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string }
    ).version;
  } catch {
    return 'not installed';
  }
};

const run = (cmd: string, args: string[]) => {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return 'unavailable';
  }
};

export function machineFacts(): Facts {
  const release = existsSync('/etc/os-release')
    ? /PRETTY_NAME="([^"]+)"/.exec(readFileSync('/etc/os-release', 'utf8'))?.[1]
    : undefined;
  const cpus = os.cpus();
  return [
    ['CPU', `${cpus.length} × ${cpus[0]?.model ?? 'unknown'}`],
    ['Memory', `${(os.totalmem() / 2 ** 30).toFixed(1)} GiB`],
    ['OS', `${release ?? os.type()} (kernel ${os.release()})`],
    ['Node.js', process.version],
    // the machine is shared: what else ran shows in the load average
    [
      'Load average at start (1, 5, 15 min)',
      os
        .loadavg()
        .map((l) => l.toFixed(1))
        .join(', '),
    ],
  ];
}

export async function versionFacts(opts: {
  temporalCli?: string;
  temporalAddress?: string;
  pool?: pg.Pool;
}): Promise<Facts> {
  const facts: Facts = [];
  if (opts.temporalCli) facts.push(['Temporal CLI', run(opts.temporalCli, ['--version'])]);
  if (opts.temporalAddress) {
    const connection = await Connection.connect({ address: opts.temporalAddress });
    const info = await connection.workflowService.getSystemInfo({});
    facts.push(['Temporal server', info.serverVersion ?? 'unknown']);
    await connection.close();
  }
  facts.push(['Temporal TS SDK', version('@temporalio/worker')]);
  if (opts.pool)
    facts.push([
      'PostgreSQL',
      (await opts.pool.query<{ v: string }>('SELECT version() AS v')).rows[0].v.split(' on ')[0],
    ]);
  facts.push(
    [
      'Prisma',
      `${version('prisma')} (client ${version('@prisma/client')}, adapter-pg ${version('@prisma/adapter-pg')})`,
    ],
    ['bpmn-js', version('bpmn-js')],
    ['Chromium', run(process.env.CHROMIUM_PATH || '/usr/bin/chromium', ['--version'])],
  );
  return facts;
}

/** The worker options as every worker process gets them from the configuration, or the SDK defaults they fall back to. */
function workerOptionFacts(): Facts {
  // the two fields alone (the bench process has no whole product configuration; the schema's refinements forbid pick)
  const { shape } = configSchema;
  const config = {
    WORKER_MAX_CACHED_WORKFLOWS: shape.WORKER_MAX_CACHED_WORKFLOWS.parse(process.env.WORKER_MAX_CACHED_WORKFLOWS),
    WORKER_STICKY_TIMEOUT_SECONDS: shape.WORKER_STICKY_TIMEOUT_SECONDS.parse(process.env.WORKER_STICKY_TIMEOUT_SECONDS),
  };
  const tuning: Partial<WorkerOptions> = workerTuning(config);
  const option = (name: keyof WorkerOptions, sdkDefault: string): [string, string] => [
    `Worker ${name}`,
    tuning[name] === undefined
      ? `${sdkDefault} (SDK default; platform/worker-tuning.ts leaves it unset)`
      : `${String(tuning[name])} (platform/worker-tuning.ts)`,
  ];
  // the SDK sizes its workflow cache from the V8 heap limit; the worker runs on this same node with the same flags
  const heapMiB = v8.getHeapStatistics().heap_size_limit / 2 ** 20;
  const cache = Math.max(Math.floor((Math.max(heapMiB - 200, 0) * 600) / 1024), 10);
  return [
    option('maxConcurrentActivityTaskExecutions', '100'),
    option('maxConcurrentWorkflowTaskExecutions', '40'),
    [
      'Worker maxCachedWorkflows',
      tuning.maxCachedWorkflows === undefined
        ? `${cache} (SDK default from a ${Math.round(heapMiB)} MiB heap limit; WORKER_MAX_CACHED_WORKFLOWS unset)`
        : `${tuning.maxCachedWorkflows} (WORKER_MAX_CACHED_WORKFLOWS)`,
    ],
    [
      'Worker stickyQueueScheduleToStartTimeout',
      `${config.WORKER_STICKY_TIMEOUT_SECONDS} s (WORKER_STICKY_TIMEOUT_SECONDS${process.env.WORKER_STICKY_TIMEOUT_SECONDS ? '' : ' unset'}; the SDK's default is 10 s)`,
    ],
  ];
}

/** The options every activity of the procedure workflow runs with. */
function activityOptions(): string {
  const { startToCloseTimeout, retry = {} } = ACTIVITY_OPTIONS;
  const attempts = retry.maximumAttempts ? `${retry.maximumAttempts} attempts` : 'unlimited attempts';
  return (
    `startToClose ${startToCloseTimeout}, retry after ${retry.initialInterval} ×${retry.backoffCoefficient} up to ${retry.maximumInterval}, ` +
    `${attempts}, none for ${retry.nonRetryableErrorTypes?.join(', ')} (workflows/activity-options.ts)`
  );
}

export async function settingFacts(opts: {
  temporalDb?: string;
  pragmas?: string[];
  pool?: pg.Pool;
  workers?: number;
}): Promise<Facts> {
  const facts: Facts = [
    ...workerOptionFacts(),
    [
      'Worker processes',
      `${opts.workers ?? 1} (worker/main.ts); the deadline bench and the floor of a step (lifecycle) add their own, each on a separate task queue`,
    ],
    ['Activity options', activityOptions()],
    [
      "A person's step's writes",
      `local activities, startToClose ${STEP_LOCAL_ACTIVITY_OPTIONS.startToCloseTimeout}, retried as above, none also for WriteRefused (STEP_LOCAL_ACTIVITY_OPTIONS)`,
    ],
    ['Prisma pool (pg) per process', `${DEFAULT_POOL_SIZE} (platform/db.ts default), API and worker each`],
  ];
  if (opts.temporalDb) facts.push(['Temporal dev server persistence', opts.temporalDb]);
  if (opts.pragmas)
    facts.push([
      'Temporal SQLite pragmas (--sqlite-pragma)',
      opts.pragmas.length ? opts.pragmas.join(', ') : 'none (server defaults)',
    ]);
  if (opts.pool) {
    const { rows } = await opts.pool.query<{ name: string; setting: string; unit: string | null }>(
      `SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'max_connections', 'synchronous_commit', 'work_mem', 'effective_cache_size') ORDER BY name`,
    );
    facts.push([
      'PostgreSQL settings',
      rows.map((r) => `${r.name}=${r.setting}${r.unit ? ` ${r.unit}` : ''}`).join(', '),
    ]);
  }
  return facts;
}
