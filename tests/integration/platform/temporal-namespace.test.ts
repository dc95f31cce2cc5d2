/**
 * Any TEMPORAL_ADDRESS: the worker and the API check at start that their namespace and OneWindow's search attributes
 * exist with the right types. On the stack's server (the dev server, or the cluster-grade one in `npm test`'s
 * cluster stage) a new namespace is created with its attributes; a namespace with an attribute of the wrong type
 * stops both processes before they serve, with a message that names it and gives the commands.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { Connection } from '@temporalio/client';
import { msToTs } from '@temporalio/common/lib/time';
import { stopChild } from '../../../scripts/lib/temporal-server';
import { slotPorts } from '../../../scripts/lib/slot-ports';
import { INDEXED_VALUE_TYPE } from '../../../platform/temporal-namespace-plan';
import { SEARCH_ATTRIBUTES } from '../../../workflows/search-attributes';
import { waitFor } from '../../support/matters';

jest.setTimeout(300_000);

const root = path.resolve(__dirname, '..', '..', '..');
// a port of the slot's that nothing else listens on: the API here must never get as far as listening
const SPARE_PORT = slotPorts(Number(process.env.OW_TEST_SLOT ?? 0)).api + 9;
let connection: Connection;
const children: ChildProcess[] = [];

beforeAll(async () => {
  connection = await Connection.connect({ address: process.env.TEMPORAL_ADDRESS! });
});
afterAll(async () => {
  await Promise.all(children.map((c) => stopChild(c)));
  await connection?.close();
});

/** A worker or API process of the product on the stack's database and Temporal, in another namespace. */
function service(entry: 'worker/main.ts' | 'api/main.ts', namespace: string) {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(root, entry)], {
    cwd: root,
    env: {
      ...process.env,
      TEMPORAL_NAMESPACE: namespace,
      TEMPORAL_TASK_QUEUE: `ns-check-${namespace}`,
      PORT: String(SPARE_PORT),
      LOG_LEVEL: 'info', // what it created is said at info
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, output: () => output, exit };
}

const attributesOf = async (namespace: string) =>
  (await connection.operatorService.listSearchAttributes({ namespace })).customAttributes ?? {};

test('a worker started on a namespace that does not exist creates it with every search attribute, then polls', async () => {
  const namespace = `ow-new-${randomUUID().slice(0, 8)}`;
  const worker = service('worker/main.ts', namespace);
  await waitFor(
    `the worker to poll in ${namespace}`,
    async () => {
      if (worker.child.exitCode !== null) throw new Error(`the worker exited: ${worker.output()}`);
      const { pollers } = await connection.workflowService
        .describeTaskQueue({ namespace, taskQueue: { name: `ns-check-${namespace}` }, taskQueueType: 1 })
        .catch(() => ({ pollers: [] }));
      return (pollers?.length ?? 0) > 0;
    },
    240_000,
  );
  const expected = Object.fromEntries(
    Object.entries(SEARCH_ATTRIBUTES).map(([name, type]) => [name, INDEXED_VALUE_TYPE[type]]),
  );
  expect(await attributesOf(namespace)).toMatchObject(expected);
  expect(worker.output()).toContain(`created the Temporal namespace ${namespace}`);
});

test('a search attribute of the wrong type stops the worker and the API before they serve, naming it and the fix', async () => {
  const namespace = `ow-wrong-${randomUUID().slice(0, 8)}`;
  await connection.workflowService.registerNamespace({
    namespace,
    workflowExecutionRetentionPeriod: msToTs('1 day'),
  });
  await waitFor(
    'the new namespace to take attributes',
    () =>
      connection.operatorService
        .addSearchAttributes({ namespace, searchAttributes: { MatterStatus: INDEXED_VALUE_TYPE.Text } })
        .then(() => true)
        .catch(() => false),
    30_000,
  );
  const worker = service('worker/main.ts', namespace);
  const api = service('api/main.ts', namespace);
  const [workerExit, apiExit] = await Promise.all([worker.exit, api.exit]);

  for (const [exit, output] of [
    [workerExit, worker.output()],
    [apiExit, api.output()],
  ] as const) {
    expect(exit).toBe(1);
    expect(output).toContain(`Temporal namespace "${namespace}" at ${process.env.TEMPORAL_ADDRESS} is not ready`);
    expect(output).toContain('MatterStatus is Text, must be Keyword');
    expect(output).toContain(
      `temporal operator search-attribute remove --namespace ${namespace} --address ${process.env.TEMPORAL_ADDRESS} --name MatterStatus --yes`,
    );
    expect(output).not.toContain('api listening');
    expect(output).not.toMatch(/^\s+at /m); // a message, not a stack
  }
  // nothing was changed behind the operator's back
  expect((await attributesOf(namespace)).MatterStatus).toBe(INDEXED_VALUE_TYPE.Text);
});
