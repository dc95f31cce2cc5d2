/**
 * The thinnest HTTP API the bench can put in front of its raw baselines: Express with its JSON body parser and one
 * route per baseline, doing exactly what the baseline does (the hand-written inbox SQL, a bare workflow start) with
 * no session, checks, audit or response schema. Measured beside the product's API and the raw baseline, it says
 * what the HTTP hop alone costs on this machine: a floor under any HTTP API's ratio. Run by the bench in its own
 * process, as the API is (FLOOR_PORT, DATABASE_URL, TEMPORAL_ADDRESS, TEMPORAL_TASK_QUEUE from the bench stack).
 */
import express from 'express';
import { Client, Connection } from '@temporalio/client';
import type { ProcedurePlan } from '../../bpmn/plan';
import type { MatterFacts } from '../../workflows/procedure-contract';
import { startProcedure } from '../../api/engine/procedure-start';
import { DEFAULT_POOL_SIZE } from '../../platform/db';
import { createPool } from '../lib/db';
import { inboxBySql, type InboxSqlUser, type InboxView } from '../inbox/queries';

const env = (name: string) =>
  process.env[name] ??
  (() => {
    throw new Error(`${name} is not set`);
  })();
// the API's pool size, as the inbox baseline has it
const pool = createPool(env('DATABASE_URL'), DEFAULT_POOL_SIZE);
const temporal = new Client({ connection: Connection.lazy({ address: env('TEMPORAL_ADDRESS') }) });
const taskQueue = env('TEMPORAL_TASK_QUEUE');
let plan: ProcedurePlan | undefined;

const app = express();
app.use(express.json({ limit: '2mb' }));
app.get('/health', (_req, res) => void res.json({ ok: true }));
// the raw loop's plan, set once, so that an intake carries only the matter as the API's does
app.put('/plan', (req, res) => {
  plan = req.body as ProcedurePlan;
  res.status(204).end();
});
app.get('/inbox', async (req, res) => {
  const user = JSON.parse(String(req.query.user)) as InboxSqlUser;
  const view = { scope: req.query.scope, page: Number(req.query.page) } as InboxView;
  res.json(await inboxBySql(pool, user, view));
});
app.post('/intake', async (req, res) => {
  if (!plan) throw new Error('PUT /plan first');
  const { workflowId, facts } = req.body as { workflowId: string; facts: MatterFacts };
  await startProcedure(temporal, taskQueue, workflowId, facts, plan);
  res.status(201).json({ id: facts.matterId });
});
app.listen(Number(env('FLOOR_PORT')), '127.0.0.1');
