import { randomUUID } from 'node:crypto';
import { getState } from '../../../workflows/procedure-contract';
import { acceptMatter, as, matterDetail, openTasks, waitFor } from '../../support/matters';
import { ensureWaitingItem, waitingMatter, type MessageWaitRow } from '../../support/message-waits';
import { useTemporalClient } from '../../support/temporal-client';

jest.setTimeout(180_000);
const temporal = useTemporalClient();

beforeAll(ensureWaitingItem);

describe('messages: one correlation route for what a matter waits for', () => {
  test('lists the waits with the waiting element; a message nobody waits for is 409 listing them', async () => {
    const { matter, clerk, waits } = await waitingMatter();
    expect(waits).toEqual(
      expect.arrayContaining([
        { name: 'registryAnswered', nodeId: 'WaitRegistry', label: '登记机关已答复', ownForm: false },
        { name: 'applicantWithdrew', nodeId: 'Withdrew', label: '申请人撤回', ownForm: false },
      ]),
    );

    const unknown = await clerk.post(`/matters/${matter.id}/messages/paymentReceived`, {});
    expect(unknown.status).toBe(409);
    expect(unknown.body.error.message).toContain('登记机关已答复（registryAnswered）');
    expect(unknown.body.error.details).toMatchObject({
      code: 'MESSAGE_NOT_AWAITED',
      waits: expect.arrayContaining([expect.objectContaining({ name: 'applicantWithdrew' })]),
    });

    // the higher authority's answer keeps its own form, with its document
    const own = await clerk.post(`/matters/${matter.id}/messages/higherAuthorityAnswer`, {});
    expect(own.status).toBe(409);
    expect(own.body.error.details).toMatchObject({ code: 'MESSAGE_HAS_OWN_FORM' });

    // bad input: a nested payload, a name that is no identifier, a NUL character
    for (const [name, body] of [
      ['registryAnswered', { payload: { answer: { nested: true } } }],
      ['registryAnswered', { payload: { 'no spaces': 'x' } }],
      ['registryAnswered', { payload: { note: 'a\u0000b' } }],
    ] as const) {
      const res = await clerk.post(`/matters/${matter.id}/messages/${name}`, body);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toMatch(/\p{Script=Han}/u);
    }
    expect((await clerk.post(`/matters/${matter.id}/messages/${encodeURIComponent('1 bad')}`, {})).status).toBe(400);
    // an agent does not answer for the registry
    expect((await (await as('agent')).post(`/matters/${matter.id}/messages/registryAnswered`, {})).status).toBe(403);
  });

  test('the awaited message moves the matter on, carrying its payload into the variables; a retry joins, a new one is 409', async () => {
    const { matter, clerk } = await waitingMatter();
    // non-interrupting: recorded beside the wait, which stays
    const withdrew = await clerk.post(`/matters/${matter.id}/messages/applicantWithdrew`, {
      payload: { note: '电话告知' },
    });
    expect(withdrew.status).toBe(200);
    const key = randomUUID();
    const answered = await clerk.request(
      'POST',
      `/matters/${matter.id}/messages/registryAnswered`,
      { payload: { registryNo: 'DJ-2026-001', approved: true } },
      { 'idempotency-key': key },
    );
    expect(answered.status).toBe(200);
    const done = await waitFor('completion', async () => {
      const detail = await matterDetail(matter.id);
      return detail.status === 'COMPLETED' && detail;
    });
    const received = done.events.filter((e: { type: string }) => e.type === 'message.received');
    expect(received.map((e) => e.data?.name).sort()).toEqual(['applicantWithdrew', 'registryAnswered']);
    expect(done.events.map((e: { type: string }) => e.type)).toContain('eventSubProcess.started');
    // the payload is in the matter's variables, where conditions read it
    const state = await temporal().workflow.getHandle(done.workflowId).query(getState);
    expect(state.form).toMatchObject({ registryNo: 'DJ-2026-001', approved: true, note: '电话告知' });

    // sent again with the first key it joins the first delivery; a new one finds nothing waiting
    const joined = await clerk.request(
      'POST',
      `/matters/${matter.id}/messages/registryAnswered`,
      { payload: { registryNo: 'DJ-2026-001', approved: true } },
      { 'idempotency-key': key },
    );
    expect(joined.status).toBe(200);
    const again = await clerk.post(`/matters/${matter.id}/messages/registryAnswered`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({ code: 'MESSAGE_NOT_AWAITED', waits: [] });
    expect((await clerk.get(`/matters/${matter.id}/messages`)).body).toEqual({ waits: [] });

    const audit = await (await as('manager')).get(`/audit?action=matter.message&perPage=50`);
    expect(audit.body.data.filter((row: { objectId: string }) => row.objectId === matter.id)).toHaveLength(2);
  });

  test('a message boundary on a user task waits while the task is open; its message cancels the task and leaves by it', async () => {
    const matter = await acceptMatter('TS-MSG');
    const clerk = await as('clerk');
    const waits = await waitFor('the boundary wait', async () => {
      const res = await clerk.get<{ waits: MessageWaitRow[] }>(`/matters/${matter.id}/messages`);
      return res.body.waits?.some((w) => w.nodeId === 'CancelAtAccept') && res.body.waits;
    });
    expect(waits).toContainEqual({
      name: 'applicantCancelled',
      nodeId: 'CancelAtAccept',
      label: '申请人撤销申请',
      ownForm: false,
    });
    expect((await clerk.post(`/matters/${matter.id}/messages/applicantCancelled`, {})).status).toBe(200);
    const done = await waitFor('the matter ended by the boundary', async () => {
      const detail = await matterDetail(matter.id);
      return detail.status === 'WITHDRAWN' && detail;
    });
    expect(done.events.map((e: { type: string }) => e.type)).toEqual(
      expect.arrayContaining(['message.received', 'message.boundary', 'task.cancelled']),
    );
    expect(await openTasks(matter.id)).toEqual([]);
    const again = await clerk.post(`/matters/${matter.id}/messages/applicantCancelled`, {});
    expect(again.status).toBe(409);
    expect(again.body.error.details).toMatchObject({ code: 'MESSAGE_NOT_AWAITED', waits: [] });
  });
});
