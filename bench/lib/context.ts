import type pg from 'pg';
import type { Client } from '@temporalio/client';
import type { ApiSession } from './api-session';
import type { Fixtures } from './fixtures';
import type { BenchStack } from './stack';

/** What every stack bench gets: the stack, a pool for seeding and probes, a Temporal client, signed-in users. */
export interface BenchContext {
  stack: BenchStack;
  pool: pg.Pool;
  temporal: Client;
  fixtures: Fixtures;
  session(username: string): Promise<ApiSession>;
  quick: boolean;
  runs: number;
  /** --deadline-matters: how many matters fall due together (default 10,000; 500 in quick mode) */
  deadlineMatters?: number;
  /** facts worth printing beside the tables (seeding times, sample sizes) */
  notes: string[];
  log(message: string): void;
}
