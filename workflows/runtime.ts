import { workflowInfo } from '@temporalio/workflow';
import type { Outcome, PlanNode } from '../bpmn/plan';
import { activities, localStepActivities, stepActivities } from './activity-proxy';
import { DeadlineClock } from './deadline';
import { DurableTimers, type TimerEntry } from './durable-timers';
import { freshMemory, type ArmedTimer, type InterpreterMemory, type TaskGroup, type Token } from './interpreter-types';
import { messageWaits } from './message-waits';
import { signalWaits } from './signals';
import { Mutex } from './mutex';
import type { LiveTask, ProcedureInput, ProcedureState } from './procedure-contract';

/** Everything one run of the interpreter holds: the public state, the token bookkeeping, the lock and the timers. */
export class ProcedureRuntime {
  readonly workflowId = workflowInfo().workflowId;
  readonly lock = new Mutex();
  readonly tokens = new Map<string, Token>();
  readonly groups = new Map<string, TaskGroup>();
  /** sub-process instances a terminate end ended in this run: a split still handing out tokens there starts none */
  readonly terminatedScopes = new Set<string>();
  readonly planTimers: DurableTimers<ArmedTimer>;
  readonly deadlineTimers: DurableTimers<TimerEntry>;
  readonly deadline: DeadlineClock;
  readonly memory: InterpreterMemory;
  readonly state: ProcedureState;
  /** service activities in flight: a run only continues as new when none is */
  jobs = 0;
  /** operations finished in this run (continue-as-new waits for at least one, so a run never hands over at once) */
  progress = 0;
  fatal: unknown = undefined;
  /** migrated to another version's plan (input.plan swapped): the run continues as new on it at once */
  migrated = false;
  /** a person's step is running (atomicStep): its writes use the step's activity options */
  inStep = false;
  /** the step's writes are local activities (a migration, patch migration-local-writes) */
  localWrites = false;
  private committed: ProcedureState;

  constructor(readonly input: ProcedureInput) {
    const carried = input.carried;
    this.memory = (carried?.internal as InterpreterMemory | undefined) ?? freshMemory();
    this.state = carried
      ? { ...carried, internal: undefined }
      : {
          status: 'IN_PROGRESS',
          activeNodeIds: [],
          completedNodeIds: [],
          tasks: [],
          warningLevel: 'NONE',
          decisions: {},
          form: { ...input.form },
        };
    this.committed = JSON.parse(JSON.stringify(this.state)) as ProcedureState;
    for (const token of this.memory.tokens) this.tokens.set(token.id, token);
    for (const group of this.memory.groups) this.groups.set(group.id, group);
    const background = (work: Promise<unknown>) => this.background(work);
    this.planTimers = new DurableTimers<ArmedTimer>(this.lock, background, () => this.state.status !== 'SUSPENDED');
    this.deadlineTimers = new DurableTimers<TimerEntry>(this.lock, background);
    this.deadline = new DeadlineClock(this);
  }

  /** The activities as this moment calls them: failing at once on a refused write inside a person's step. */
  get io() {
    if (!this.inStep) return activities;
    return this.localWrites ? localStepActivities : stepActivities;
  }

  get matter() {
    return this.input.matter;
  }

  get finished(): boolean {
    return this.memory.finished;
  }

  /** The deadline clock is stopped: 补正 (the matter suspended) or any other stop still open. */
  get clockStopped(): boolean {
    return this.state.status === 'SUSPENDED' || (this.state.clockStops?.length ?? 0) > 0;
  }

  node(nodeId: string): PlanNode {
    const node = this.input.plan.nodes[nodeId];
    if (!node) throw new Error(`plan has no node ${nodeId}`);
    return node;
  }

  nowIso(): string {
    return new Date().toISOString();
  }

  nextTokenId(): string {
    this.memory.tokenSeq += 1;
    return `t${this.memory.tokenSeq}`;
  }

  nextEventKey(): string {
    this.memory.eventSeq += 1;
    return `${this.workflowId}:${this.memory.eventSeq}`;
  }

  taskKeyFor(tokenId: string): string {
    return `${this.workflowId}/${tokenId}`;
  }

  task(taskKey: string): LiveTask | undefined {
    return this.state.tasks.find((task) => task.taskKey === taskKey);
  }

  reachEnd(outcome: Outcome): void {
    this.memory.lastOutcome = outcome;
    if (outcome === 'REJECTED') this.memory.rejectedReached = true;
  }

  /** Work that runs beside the handlers; an unexpected error ends up failing the workflow task, to be fixed and replayed. */
  background(work: Promise<unknown>): void {
    work.catch((err: unknown) => {
      this.fatal ??= err;
    });
  }

  /** Ends a step: derives the active nodes (and the messages they wait for) and takes the snapshot that queries and updates answer with. */
  commit(): void {
    this.state.activeNodeIds = [...new Set([...this.tokens.values()].map((token) => token.nodeId))];
    this.state.awaitingMessages = [
      ...new Set([...this.tokens.values()].flatMap((token) => (token.wait?.kind === 'message' ? token.wait.name : []))),
    ];
    const waits = messageWaits(this);
    this.state.messageWaits = waits.length > 0 ? waits : undefined;
    const signals = signalWaits(this);
    this.state.signalWaits = signals.length > 0 ? signals : undefined;
    this.committed = JSON.parse(JSON.stringify({ ...this.state, internal: undefined })) as ProcedureState;
  }

  /** The state as of the last finished step, so no one sees a task whose row is not written yet (the bookkeeping stays inside). */
  publicState(): ProcedureState {
    return this.committed;
  }

  /** The full state with the bookkeeping, for continue-as-new. */
  carriedState(): ProcedureState {
    const internal: InterpreterMemory = {
      ...this.memory,
      tokens: [...this.tokens.values()],
      groups: [...this.groups.values()],
      timers: this.planTimers.list(),
    };
    return JSON.parse(JSON.stringify({ ...this.state, internal })) as ProcedureState;
  }
}
