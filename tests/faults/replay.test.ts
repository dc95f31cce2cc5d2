/**
 * Fault 5: every committed workflow history (tests/workflows/histories) replays on the current workflow code,
 * as matters already running would after a deploy. The workflows project replays them too; here the faults
 * suite checks them again beside the histories its own faults produce (worker-kill.test.ts).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { HISTORIES_DIR, readHistory } from '../support/workflow-env';
import { recordFindings } from './support/report';
import { workflowCode } from '../../worker/workflow-code';

jest.setTimeout(5 * 60_000);

test('every committed workflow history replays without nondeterminism', async () => {
  const files = readdirSync(HISTORIES_DIR)
    .filter((file) => file.endsWith('.json'))
    .sort();
  expect(files.length).toBeGreaterThan(0);
  try {
    Runtime.install({ logger: new DefaultLogger('WARN') });
  } catch {
    /* installed already in this process */
  }
  const histories = files.map((file) => readHistory(path.join(HISTORIES_DIR, file)));
  const failures: string[] = [];
  const replayed: string[] = [];
  for await (const result of Worker.runReplayHistories(workflowCode(process.env.WORKFLOW_BUNDLE), histories)) {
    replayed.push(result.workflowId);
    if (result.error) failures.push(`${result.workflowId}: ${String(result.error)}`);
  }
  recordFindings('replay', { files, replayed: replayed.length, failures });
  expect(replayed.length).toBe(files.length);
  expect(failures).toEqual([]);
});
