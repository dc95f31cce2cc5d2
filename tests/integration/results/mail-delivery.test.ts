import { ApiClient } from '../../support/api-client';
import { testDb } from '../../support/db';
import {
  acceptMatter,
  applicant,
  as,
  driveToEnd,
  formFor,
  matterDetail,
  openTasks,
  waitFor,
  work,
  type TaskRow,
} from '../../support/matters';

jest.setTimeout(120_000);

/** Works every step before 送达 (approving) and returns the open deliver task. */
async function deliverStep(matterId: string): Promise<TaskRow> {
  return waitFor(
    'the deliver step',
    async () => {
      const open = await openTasks(matterId);
      const deliver = open.find((t) => t.stepKind === 'deliver');
      if (deliver) return deliver;
      for (const t of open) await work(t);
      return undefined;
    },
    60_000,
  );
}

async function completeDeliver(task: TaskRow, form: Record<string, unknown>) {
  const clerk = await as('clerk');
  const detail = await clerk.get(`/tasks/${task.id}`);
  if (detail.body.status === 'OPEN') await clerk.post(`/tasks/${task.id}/claim`);
  return clerk.post(`/tasks/${task.id}/complete`, {
    decision: 'complete',
    formData: { ...formFor(detail.body.formFields), ...form },
  });
}

const lookup = async (matterId: string) => {
  const db = testDb();
  try {
    const { receiptNo, phoneLast4 } = await db.matter.findUniqueOrThrow({ where: { id: matterId } });
    return (await new ApiClient().get(`/public/lookup?receiptNo=${receiptNo}&phoneLast4=${phoneLast4}`)).body;
  } finally {
    await db.$disconnect();
  }
};

describe('mail delivery: the carrier and tracking number staff enter, never an invented one', () => {
  test('the deliver step refuses free mail without a carrier or with a number of another shape, in both languages', async () => {
    const matter = await acceptMatter('MZ-005', { extra: { applicant: applicant() } });
    const task = await deliverStep(matter.id);
    const noCarrier = await completeDeliver(task, { deliveryMethod: '免费邮寄', trackingNo: 'EA123456789CN' });
    expect(noCarrier.status).toBe(409);
    expect(noCarrier.body.error.message).toContain('快递公司');
    const wrongShape = await completeDeliver(task, {
      deliveryMethod: '免费邮寄',
      carrier: '顺丰速运',
      trackingNo: 'EA123456789CN',
    });
    expect(wrongShape.status).toBe(409);
    expect(`${wrongShape.body.error.message} ${wrongShape.body.error.messageEn}`).toMatch(
      /顺丰速运单号格式不正确.*SF Express/,
    );
    expect((await matterDetail(matter.id)).delivery).toBeNull();

    const done = await completeDeliver(task, {
      deliveryMethod: '免费邮寄',
      carrier: '顺丰速运',
      trackingNo: 'sf 1234567890123',
    });
    expect(done.status).toBe(200);
    expect((await matterDetail(matter.id)).delivery).toMatchObject({
      method: 'MAIL',
      carrier: 'SF',
      trackingNo: 'SF1234567890123',
    });
    expect((await lookup(matter.id)).delivery).toMatchObject({
      carrierName: '顺丰速运',
      trackingNo: 'SF1234567890123',
    });
  });

  test('a mistyped waybill is corrected on the matter, checked the same way, and the public lookup shows the new one', async () => {
    const matter = await acceptMatter('MZ-005');
    const task = await deliverStep(matter.id);
    expect(
      (await completeDeliver(task, { deliveryMethod: '免费邮寄', carrier: '中国邮政EMS', trackingNo: '1012345678901' }))
        .status,
    ).toBe(200);
    const clerk = await as('clerk');
    const path = `/matters/${matter.id}/delivery/waybill`;
    expect((await clerk.put(path, { carrier: 'DHL', trackingNo: '1234567890' })).status).toBe(400);
    const wrongShape = await clerk.put(path, { carrier: 'EMS', trackingNo: 'EMS1' });
    expect(wrongShape.status).toBe(400);
    expect(wrongShape.body.error.message).toContain('EA123456789CN');
    expect((await (await as('ziran')).put(path, { carrier: 'EMS', trackingNo: '1012345678902' })).status).toBe(403);

    const corrected = await clerk.put(path, { carrier: 'EMS', trackingNo: '1012345678902' });
    expect(corrected.status).toBe(200);
    expect((await clerk.put(path, { carrier: 'EMS', trackingNo: '1012345678902' })).status).toBe(200);
    const detail = await matterDetail(matter.id);
    expect(detail.delivery).toMatchObject({ carrier: 'EMS', trackingNo: '1012345678902' });
    expect(detail.events.filter((e) => e.type === 'delivery.waybill')).toEqual([
      expect.objectContaining({
        data: expect.objectContaining({ trackingNo: '1012345678902', corrects: 'EMS 1012345678901' }),
      }),
    ]);
    expect((await lookup(matter.id)).delivery).toMatchObject({ carrier: 'EMS', trackingNo: '1012345678902' });
  });

  test('a procedure whose mailDelivery service records the mailing: staff enter the waybill afterwards', async () => {
    const designer = await as('designer');
    const seeded = (await designer.get('/procedures')).body.data.find((p: { key: string }) => p.key === 'immediate');
    const xml: string = (await designer.get(`/procedures/${seeded.id}`)).body.draftXml;
    // 出证 (an approval valid for 3 years) → 邮寄 → 办结
    const mailing = xml
      .replace(
        '<ow:Param name="resultType" value="certificate" />',
        '<ow:Param name="resultType" value="approval" /><ow:Param name="validYears" value="3" />',
      )
      .replace(
        '<bpmn:outgoing>Flow_Issue_Completed</bpmn:outgoing>\n    </bpmn:serviceTask>',
        `<bpmn:outgoing>Flow_Issue_Mail</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:serviceTask id="Service_Mail" name="邮寄送达">
      <bpmn:extensionElements><ow:ServiceCall activity="mailDelivery" /></bpmn:extensionElements>
      <bpmn:incoming>Flow_Issue_Mail</bpmn:incoming>
      <bpmn:outgoing>Flow_Issue_Completed</bpmn:outgoing>
    </bpmn:serviceTask>
    <bpmn:sequenceFlow id="Flow_Issue_Mail" sourceRef="Service_Issue" targetRef="Service_Mail" />`,
      )
      .replace(
        'sourceRef="Service_Issue" targetRef="End_Completed"',
        'sourceRef="Service_Mail" targetRef="End_Completed"',
      );
    expect(mailing).toContain('Service_Mail" targetRef="End_Completed"');
    expect(mailing).toContain('<bpmn:serviceTask id="Service_Mail"');
    const created = await designer.post('/procedures', { key: 'ts-mail', name: '邮寄测试流程', draftXml: mailing });
    expect([201, 409]).toContain(created.status);
    if (created.status === 201)
      expect((await designer.post(`/procedures/${created.body.id}/publish`)).status).toBe(201);
    const item = await (
      await as('admin')
    ).post('/items', {
      code: 'TS-MAIL',
      name: '测试事项（邮寄）',
      kind: 'PROMISED',
      leadDepartmentCode: 'MINZHENG',
      legalBasis: '测试依据',
      conditions: '测试条件',
      promisedDays: 5,
      statutoryDays: 20,
      deliveryMethods: ['MAIL'],
      procedureKey: 'ts-mail',
      materials: [{ code: 'APPLICATION', name: '申请书' }],
    });
    expect([201, 409]).toContain(item.status);

    const matter = await acceptMatter('TS-MAIL');
    await driveToEnd(matter.id);
    const done = await matterDetail(matter.id);
    expect(done.status).toBe('COMPLETED');
    expect(done.delivery).toMatchObject({ method: 'MAIL', carrier: null, trackingNo: null });
    const results = (await (await as('clerk')).get(`/matters/${matter.id}/results`)).body.results;
    expect(results).toEqual([expect.objectContaining({ resultType: 'approval', status: 'VALID' })]);
    expect(results[0].validUntil).toBe(`${Number(results[0].issuedOn.slice(0, 4)) + 3}${results[0].issuedOn.slice(4)}`);
    expect((await lookup(matter.id)).delivery).toEqual({
      method: 'MAIL',
      carrier: null,
      carrierName: null,
      trackingNo: null,
    });

    const entered = await (
      await as('clerk')
    ).put(`/matters/${matter.id}/delivery/waybill`, {
      carrier: 'EMS',
      trackingNo: 'EA123456789CN',
    });
    expect(entered.status).toBe(200);
    expect((await lookup(matter.id)).delivery).toMatchObject({
      carrierName: '中国邮政EMS',
      trackingNo: 'EA123456789CN',
    });
    expect((await matterDetail(matter.id)).events.filter((e) => e.type === 'delivery.waybill')).toEqual([
      expect.objectContaining({ data: { carrier: 'EMS', carrierName: '中国邮政EMS', trackingNo: 'EA123456789CN' } }),
    ]);
  });

  test('a matter handed over at the window has no waybill to enter', async () => {
    const matter = await acceptMatter('MZ-004');
    await waitFor('completion', async () => (await matterDetail(matter.id)).status === 'COMPLETED');
    const res = await (
      await as('clerk')
    ).put(`/matters/${matter.id}/delivery/waybill`, {
      carrier: 'EMS',
      trackingNo: '1012345678903',
    });
    expect(res.status).toBe(409);
  });
});
