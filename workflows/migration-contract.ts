/**
 * Version migration of a running matter (办件迁移): the API's and the batch's view of the contract. A matter on a
 * source version of its procedure continues as new on a target version's plan, its tokens, open tasks, timers and
 * pauses mapped element by element. Deterministic code only (imported by the workflow bundle).
 */
import { defineQuery, defineUpdate } from '@temporalio/workflow';
import type { ProcedurePlan } from '../bpmn/plan';
import type { ArmedTimer, TaskGroup, Token } from './interpreter-types';
import type { Actor, ClockStop, LiveTask, MatterFacts, ProcedureState } from './procedure-contract';

/** Source element id → target element id; an element not named maps to the element of the same id. */
export type ElementMapping = Record<string, string>;

/** Who may migrate matters (the API checks the same roles). */
export const MIGRATION_ROLES = ['ADMIN', 'DESIGNER'] as const;

export interface MigrateMatterInput {
  actor: Actor;
  /** the batch that migrates it: the timeline and the matter's row name it */
  migrationId: string;
  fromVersionId: string;
  fromVersion: number;
  toVersionId: string;
  toVersion: number;
  /** the target version's compiled plan, which the matter continues on */
  plan: ProcedurePlan;
  mapping: ElementMapping;
}

/** What a dry run reads of a running matter (getMigrationView). */
export interface MigrationView {
  /** the version it was migrated to last; absent while it runs on the version it was accepted on */
  versionId?: string;
  status: ProcedureState['status'];
  finished: boolean;
  matter: MatterFacts;
  tokens: Token[];
  groups: TaskGroup[];
  tasks: LiveTask[];
  timers: ArmedTimer[];
  /** 补正: the matter waits for the applicant, its clock stopped */
  suspended: boolean;
  clockStops: ClockStop[];
  openIncidents: number;
}

/** The matter continues as new on the target version; refused (validator) unless the mapping covers its state. */
export const migrateMatter = defineUpdate<ProcedureState, [MigrateMatterInput]>('migrateMatter');
export const getMigrationView = defineQuery<MigrationView>('getMigrationView');

/** The Update's id for one matter in one batch: a retried activity cannot migrate it twice. */
export const migrateUpdateId = (migrationId: string, matterId: string) => `migrate-${migrationId}-${matterId}`;

/** A batch: the matters of one procedure on the source version, migrated one by one (migration-batch.ts). */
export interface MigrationBatchInput {
  batchId: string;
  actor: Actor;
  fromVersionId: string;
  fromVersion: number;
  toVersionId: string;
  toVersion: number;
  mapping: ElementMapping;
  matterIds: string[];
  /** set when continuing as new */
  carried?: MigrationProgress;
}

export type MigrationOutcome = 'MIGRATED' | 'REFUSED' | 'FAILED';

export interface MigrationProgress {
  total: number;
  done: number;
  migrated: number;
  refused: number;
  failed: number;
  paused: boolean;
  finished: boolean;
}

export const getMigrationProgress = defineQuery<MigrationProgress>('getMigrationProgress');
/** Pauses after the matter being migrated now; resume goes on with the next. Answer with the progress. */
export const pauseMigrationBatch = defineUpdate<MigrationProgress, []>('pauseMigrationBatch');
export const resumeMigrationBatch = defineUpdate<MigrationProgress, []>('resumeMigrationBatch');
export const migrationBatchWorkflowId = (batchId: string) => `migration-${batchId}`;
