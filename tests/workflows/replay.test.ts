/**
 * Replays every committed history in histories/ against the current workflow code: a change that would break
 * matters already running fails here. Record new ones with RECORD_WORKFLOW_HISTORIES=1 (see keepHistory).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { DefaultLogger, Runtime, Worker } from '@temporalio/worker';
import { HISTORIES_DIR, readHistory } from '../support/workflow-env';
import { workflowCode } from '../../worker/workflow-code';

jest.setTimeout(60_000);

const files = readdirSync(HISTORIES_DIR)
  .filter((file) => file.endsWith('.json'))
  .sort();
// while the other tests are re-recording the histories, there is nothing stable to replay
const replaying = process.env.RECORD_WORKFLOW_HISTORIES === '1' ? describe.skip : describe;

replaying('committed histories', () => {
  test('there are committed histories to replay', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
  });

  test('every committed history replays without nondeterminism', async () => {
    try {
      Runtime.install({ logger: new DefaultLogger('WARN') });
    } catch {
      // installed already in this process
    }
    const histories = files.map((file) => readHistory(path.join(HISTORIES_DIR, file)));
    const failures: string[] = [];
    for await (const result of Worker.runReplayHistories(workflowCode(process.env.WORKFLOW_BUNDLE), histories)) {
      if (result.error) failures.push(`${result.workflowId}: ${String(result.error)}`);
    }
    expect(failures).toEqual([]);
    // bundling the workflows and replaying every history takes a minute or more on a loaded 2-core machine
  }, 300_000);
});
