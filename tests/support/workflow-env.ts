/**
 * The interpreter workflow on its own local Temporal dev server (the CLI in .tools/bin; it cannot be downloaded
 * here), with the search attributes registered and a worker whose activities are recording stubs.
 */
import { randomUUID } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { WorkflowHandle } from '@temporalio/client';
import type { SearchAttributeType } from '@temporalio/common';
import type { SearchAttributeKey } from '@temporalio/common/lib/search-attributes';
import { temporal } from '@temporalio/proto';
import { TestWorkflowEnvironment } from '@temporalio/testing';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import type { ProcedureActivities } from '../../activities/activity-types';
import { bpmnError } from '../../activities/bpmn-error';
import type { ProcedurePlan } from '../../bpmn/plan';
import { resolveTimer } from '../../domain/deadline';
import { ensureTemporalCli } from '../../scripts/lib/temporal-server';
import {
  CaseKindKey,
  DepartmentCodesKey,
  DueAtKey,
  MatterStatusKey,
  OverdueKey,
  ReceiptNoKey,
  ServiceItemCodeKey,
  SignalWaitsKey,
} from '../../workflows/search-attributes';
import { workflowCode } from '../../worker/workflow-code';

export const SEARCH_ATTRIBUTE_KEYS: SearchAttributeKey<SearchAttributeType>[] = [
  MatterStatusKey,
  ReceiptNoKey,
  CaseKindKey,
  ServiceItemCodeKey,
  DepartmentCodesKey,
  DueAtKey,
  OverdueKey,
  SignalWaitsKey,
];

export type ActivityName = keyof ProcedureActivities;
export interface ActivityCall {
  name: ActivityName;
  input: Record<string, any>;
  at: number;
}

/** Per-matter replacements for stub behaviour, e.g. a refreshDeadline that answers a new due time. */
export type Behaviour = { [K in ActivityName]?: ProcedureActivities[K] };

const SECOND = 1000;
const DAY = 24 * 3600 * SECOND;

/**
 * Stub activities that record every call. Timers are shrunk: a timer of N hours (or N working days) fires N
 * seconds after it was asked for, an ISO timer 3,600 times sooner, so tests run on real time in seconds.
 */
export class ActivityRecorder {
  readonly calls: ActivityCall[] = [];
  private readonly behaviours = new Map<string, Behaviour>();
  /** what call activities find: the plans published under each key, version 1 first */
  private readonly published = new Map<string, ProcedurePlan[]>();

  publish(procedureKey: string, plan: ProcedurePlan): void {
    this.published.set(procedureKey, [...(this.published.get(procedureKey) ?? []), plan]);
  }

  behave(matterId: string, behaviour: Behaviour): void {
    this.behaviours.set(matterId, { ...this.behaviours.get(matterId), ...behaviour });
  }

  /** Calls about one matter (closeTask is matched by its task key, which starts with the workflow id). */
  of(matterId: string, name?: ActivityName): ActivityCall[] {
    return this.calls.filter(
      (call) =>
        (call.input.matterId === matterId || String(call.input.taskKey ?? '').startsWith(`matter-${matterId}/`)) &&
        (!name || call.name === name),
    );
  }

  /** The timeline events recorded: by recordEvent, or with a warning level by setWarning. */
  eventTypes(matterId: string): string[] {
    const event = (call: ActivityCall) =>
      (call.name === 'setWarning' ? call.input.event : call.input) as { type: string } | undefined;
    return this.of(matterId)
      .filter((call) => call.name === 'recordEvent' || call.name === 'setWarning')
      .flatMap((call) => event(call)?.type ?? []);
  }

  activities(): ProcedureActivities {
    const defaults: ProcedureActivities = {
      refreshDeadline: async () => ({
        dueAt: new Date(Date.now() + DAY).toISOString(),
        dueDate: '2099-01-01',
        provisional: false,
        warnAt: new Date(Date.now() + DAY / 2).toISOString(),
      }),
      resolveTimer: async ({ timer, fromIso }) => {
        const from = new Date(fromIso);
        // ISO timers keep their real instant, shrunk the same way: an hour of it is a second
        if (timer.kind === 'isoDuration' || timer.kind === 'isoCycle' || timer.kind === 'isoDate') {
          const real = resolveTimer(timer, { fromInstant: from, calendar: undefined as never });
          return { fireAt: new Date(from.getTime() + (real.getTime() - from.getTime()) / 3600).toISOString() };
        }
        if (timer.kind === 'feel') throw new Error(`a FEEL timer reached resolveTimer: ${timer.source}`);
        const units = timer.kind === 'duration' ? (timer.hours ?? timer.workingDays ?? 1) : timer.workingDays;
        return { fireAt: new Date(from.getTime() + units * SECOND).toISOString() };
      },
      stepDueAt: async ({ fromIso, workingDays }) => ({
        dueAt: new Date(Date.parse(fromIso) + workingDays * DAY).toISOString(),
      }),
      syncTask: async () => ({}),
      closeTask: async () => undefined,
      recordEvent: async () => undefined,
      setMatterStatus: async () => undefined,
      suspend: async () => undefined,
      resume: async () => undefined,
      recordExtension: async () => undefined,
      recordAuthorityAnswer: async () => undefined,
      recordWithdrawal: async () => undefined,
      setWarning: async () => undefined,
      restoreReadSide: async () => undefined,
      recordIncident: async () => undefined,
      resolveIncident: async () => undefined,
      recordMigration: async () => undefined,
      runService: async ({ activity }) => ({ result: `${activity}-done` }),
      resolveCalledProcedure: async ({ procedureKey, version }) => {
        const versions = this.published.get(procedureKey) ?? [];
        const at = version ?? versions.length;
        const plan = versions[at - 1];
        if (!plan)
          throw bpmnError('CALLED_PROCEDURE_MISSING', `${procedureKey} 未发布`, `${procedureKey} not published`);
        return { versionId: `${procedureKey}-v${at}`, version: at, name: plan.name, plan };
      },
    };
    const recorded = {} as Record<ActivityName, (input: any) => Promise<any>>;
    for (const name of Object.keys(defaults) as ActivityName[]) {
      recorded[name] = async (input: any) => {
        this.calls.push({ name, input: JSON.parse(JSON.stringify(input)), at: Date.now() });
        const matterId = input.matterId ?? /^matter-([^/]+)\//.exec(String(input.taskKey ?? ''))?.[1];
        const override = matterId ? this.behaviours.get(matterId)?.[name] : undefined;
        return ((override ?? defaults[name]) as (arg: any) => Promise<any>)(input);
      };
    }
    return recorded as unknown as ProcedureActivities;
  }
}

let runtimeInstalled = false;

export interface WorkflowTestBed {
  env: TestWorkflowEnvironment;
  worker: Worker;
  recorder: ActivityRecorder;
  taskQueue: string;
  stop(): Promise<void>;
}

/**
 * For a test file: a test bed started before its tests and stopped after them. The returned object is filled in
 * by `beforeAll`, so tests use it directly (`bed.env`, `bed.recorder`).
 */
export function useWorkflowTestBed(): WorkflowTestBed {
  const bed = {} as WorkflowTestBed;
  beforeAll(async () => {
    Object.assign(bed, await startWorkflowTestBed());
  }, 120_000);
  afterAll(async () => {
    await bed.stop?.();
  });
  return bed;
}

/** Starts the dev server and a running worker on a fresh task queue; `stop()` shuts both down. */
export async function startWorkflowTestBed(): Promise<WorkflowTestBed> {
  if (!runtimeInstalled) {
    // the SDK's INFO level prints the whole webpack report of the workflow bundle
    try {
      Runtime.install({ logger: new DefaultLogger('WARN') });
    } catch {
      // already installed by an earlier test file in this process
    }
    runtimeInstalled = true;
  }
  const env = await TestWorkflowEnvironment.createLocal({
    server: {
      executable: { type: 'existing-path', path: ensureTemporalCli(process.env.TEMPORAL_CLI) },
      searchAttributes: SEARCH_ATTRIBUTE_KEYS,
    },
  });
  const recorder = new ActivityRecorder();
  const taskQueue = `procedure-test-${randomUUID()}`;
  const worker = await Worker.create({
    connection: env.nativeConnection,
    taskQueue,
    // npm test bundles the workflows once for every test bed and worker (WORKFLOW_BUNDLE); alone, each bed bundles
    ...workflowCode(process.env.WORKFLOW_BUNDLE),
    activities: recorder.activities(),
  });
  const running = worker.run();
  return {
    env,
    worker,
    recorder,
    taskQueue,
    async stop() {
      worker.shutdown();
      await running;
      await env.teardown();
    },
  };
}

export const HISTORIES_DIR = path.resolve(__dirname, '..', 'workflows', 'histories');

/**
 * With RECORD_WORKFLOW_HISTORIES=1, keeps the (latest run's) history of a finished test run as
 * tests/workflows/histories/<name>.json, for the replay test that guards running matters against incompatible changes.
 */
export async function keepHistory(handle: WorkflowHandle, name: string): Promise<void> {
  if (process.env.RECORD_WORKFLOW_HISTORIES !== '1') return;
  mkdirSync(HISTORIES_DIR, { recursive: true });
  // protobuf's own JSON form (historyToJSON trips over the two protobufjs copies in node_modules)
  // the workflow id is kept beside the history: keys made inside the workflow contain it, so replay needs the same one
  const history = temporal.api.history.v1.History.fromObject(await handle.fetchHistory());
  const kept: KeptHistory = { workflowId: handle.workflowId, history: history.toJSON() };
  // a failure's stack trace names this checkout's folder: kept relative, so no history names the machine it ran on
  const text = JSON.stringify(kept, null, 1)
    .split(`${path.resolve(__dirname, '..', '..')}/`)
    .join('');
  writeFileSync(path.join(HISTORIES_DIR, `${name}.json`), `${text}\n`);
}

interface KeptHistory {
  workflowId: string;
  history: Record<string, unknown>;
}

export function readHistory(file: string): { workflowId: string; history: temporal.api.history.v1.History } {
  const kept = JSON.parse(readFileSync(file, 'utf8')) as KeptHistory;
  return { workflowId: kept.workflowId, history: temporal.api.history.v1.History.fromObject(kept.history) };
}
