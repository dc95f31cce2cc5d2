import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { acceptMatter, as, openTasks, waitFor, workerFor } from './matters';

/** unique per call: the test database may hold an earlier run's rows */
const unique = () => String(randomInt(1_000_000_000));
const promisedXml = readFileSync(path.resolve(__dirname, '../../bpmn/procedures/promised.bpmn'), 'utf8').trim();
// v2 names the window step's element differently: its running tasks need a mapping
const renamedXml = promisedXml.replaceAll('Task_Receive', 'Task_Intake').replace('name="受理"', 'name="收件受理"');

export interface Note {
  code: string;
  zh: string;
}
export interface DryRunItem {
  matterId: string;
  migratable: boolean;
  outcome: Note[];
  refusals: Note[];
}

/** A procedure on v1 with an item using it, one matter accepted on v1 (its window task claimed), then v2 published. */
export async function matterOnOldVersion() {
  const run = unique();
  const designer = await as('designer');
  const key = `mig-${run}`;
  const created = await designer.post('/procedures', { key, name: '迁移测试', draftXml: promisedXml });
  expect(created.status).toBe(201);
  const procedureId = created.body.id as string;
  expect((await designer.post(`/procedures/${procedureId}/publish`, { changeNote: '第一版' })).status).toBe(201);
  const itemCode = `MG-${run}`;
  const item = await (
    await as('admin')
  ).post('/items', {
    code: itemCode,
    name: '迁移测试事项',
    kind: 'PROMISED',
    leadDepartmentCode: 'MINZHENG',
    legalBasis: '《测试条例》第一条',
    conditions: '本地户籍居民',
    promisedDays: 5,
    statutoryDays: 10,
    deliveryMethods: ['ONSITE'],
    procedureKey: key,
    materials: [{ code: 'APPLICATION', name: '申请书' }],
  });
  expect(item.status).toBe(201);
  const matter = await acceptMatter(itemCode);
  const [receive] = await waitFor('the window task', async () => {
    const tasks = await openTasks(matter.id);
    return tasks.length > 0 && tasks;
  });
  const holder = await as(workerFor(receive));
  expect((await holder.post(`/tasks/${receive.id}/claim`)).status).toBe(200);
  expect((await designer.put(`/procedures/${procedureId}`, { draftXml: renamedXml })).status).toBe(200);
  expect((await designer.post(`/procedures/${procedureId}/publish`, { changeNote: '受理环节改名' })).status).toBe(201);
  return { designer, procedureId, matter, receive };
}
