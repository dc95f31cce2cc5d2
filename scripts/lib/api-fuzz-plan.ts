/**
 * What `npm test`'s API fuzz stage runs (scripts/api-fuzz.ts): schemathesis against /api/openapi.json as each of
 * these users in turn, with the checks the API promises, a fixed seed and a bounded number of cases per operation.
 */

/**
 * Anonymous first, the admin last: an admin's writes (users, calendar, catalogue) then touch no later run. Anonymous
 * fuzzes the public operations and the login only: every other one answers 401 before it reads its input (the authenticate
 * middleware), which tests/integration/security/access-matrix.test.ts checks for each of them.
 */
export const FUZZ_USERS: ReadonlyArray<{ label: string; username?: string; onlyPaths?: string }> = [
  { label: 'anonymous', onlyPaths: '^/api/(public/|auth/login$)' },
  { label: 'clerk', username: 'clerk' },
  { label: 'approver', username: 'minzheng' },
  { label: 'admin', username: 'admin' },
];

/** 0 server errors, 0 undocumented statuses or content types, 0 answers outside their documented schema. */
export const FUZZ_CHECKS = [
  'not_a_server_error',
  'status_code_conformance',
  'content_type_conformance',
  'response_schema_conformance',
];

/**
 * Operations not fuzzed, each with why. Only those that cannot be fuzzed safely: everything else, including every
 * write, is.
 */
export const FUZZ_EXCLUDED: ReadonlyArray<{ method: string; path: string; why: string }> = [
  { method: 'POST', path: '/api/auth/logout', why: 'ends the session every later case of the run is sent with' },
  {
    method: 'POST',
    path: '/api/backups',
    why: 'takes a whole backup of data/ (pg_dump of the database, the Temporal file, the stored files) per case',
  },
  {
    method: 'POST',
    path: '/api/backups/reconcile',
    why: 'reads every workflow and repairs the rows: a whole-system operation per case, tested by tests/integration/backups',
  },
];

/** Fixed, so a run finds the same cases again; FUZZ_SEED, FUZZ_MAX_EXAMPLES and FUZZ_PHASES change them. */
export const FUZZ_SEED = 20251225;
/** Cases per operation, per user: what keeps the stage within about 6 minutes on 2 busy cores. */
export const FUZZ_MAX_EXAMPLES = 8;
/**
 * The schema's own examples, then generated cases. Not the coverage phase: it makes every boundary case the schema
 * defines whatever --max-examples says (about 6,000 requests a user here, 5 to 8 minutes each); a deeper run adds it
 * with FUZZ_PHASES=examples,coverage,fuzzing. Not the stateful phase: its chains are not reproducible from the seed.
 */
export const FUZZ_PHASES = 'examples,fuzzing';

export interface FuzzRun {
  label: string;
  operations: number;
  /** operations with at least one finding */
  failures: number;
  ok: boolean;
}

/** What the stage writes to FUZZ_RESULTS for `npm test`'s summary. */
export interface FuzzResults {
  runs: FuzzRun[];
  seconds: number;
  ok: boolean;
}

export const summaryOf = ({ runs, seconds }: FuzzResults) =>
  `api fuzz: ${runs.map((r) => `${r.label} ${r.failures}/${r.operations}`).join(', ')} operations with findings, in ${seconds} s`;
