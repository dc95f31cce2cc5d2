import { randomUUID } from 'node:crypto';
import { testDb } from '../../support/db';
import { acceptMatter, matterDetail, waitFor } from '../../support/matters';

jest.setTimeout(60_000);

const db = testDb();
afterAll(() => db.$disconnect());

test("a matter saved but never started (intake cut off before the workflow start) is started by the API's sweep", async () => {
  const accepted = await acceptMatter('MZ-001');
  const row = await db.matter.findUniqueOrThrow({ where: { id: accepted.id } });
  // the state an intake leaves when the engine was down and the clerk never retried
  const receiptNo = `${row.receiptNo}-P`;
  const orphan = await db.matter.create({
    data: {
      receiptNo,
      idempotencyKey: randomUUID(),
      workflowId: `matter-${receiptNo}`,
      itemId: row.itemId,
      procedureVersionId: row.procedureVersionId,
      kind: row.kind,
      status: 'PENDING_START',
      applicantName: row.applicantName,
      applicantIdCipher: row.applicantIdCipher,
      applicantIdMasked: row.applicantIdMasked,
      applicantIdDigest: row.applicantIdDigest,
      applicantPhoneCipher: row.applicantPhoneCipher,
      phoneLast4: row.phoneLast4,
      acceptedById: row.acceptedById,
      acceptedDepartmentCode: row.acceptedDepartmentCode,
      itemCode: row.itemCode,
      itemName: row.itemName,
      leadDepartmentCode: row.leadDepartmentCode,
      departmentCodes: row.departmentCodes,
      acceptedAt: row.acceptedAt,
      acceptedOn: row.acceptedOn,
      promisedDays: row.promisedDays,
      statutoryDays: row.statutoryDays,
      dueDate: row.dueDate,
      dueAt: row.dueAt,
      materials: row.materials as object,
      createdAt: new Date(Date.now() - 120_000),
    },
  });
  const started = await waitFor(
    'the sweep to start it',
    async () => {
      const m = await matterDetail(orphan.id);
      return m.status === 'IN_PROGRESS' && m.tasks.length > 0 ? m : undefined;
    },
    30_000,
  );
  expect(started.workflowId).toBe(`matter-${receiptNo}`);
});
