import fc from 'fast-check';
import { acceptMatter, as, backOfficeTask } from '../../support/matters';

jest.setTimeout(180_000);

/** Arbitrary JSON near the real shapes: right keys with wrong types, huge strings, unicode, nesting, prototype keys. */
const nasty = fc.oneof(
  fc.string(),
  fc.string({ unit: 'grapheme', maxLength: 3000 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constant('__proto__'),
  fc.constant('<script>alert(1)</script>'),
  fc.constant("' OR 1=1 --"),
  fc.array(fc.string(), { maxLength: 5 }),
  fc.dictionary(fc.string(), fc.string(), { maxKeys: 4 }),
);
const intakeBody = fc.record(
  {
    idempotencyKey: fc.oneof(fc.uuid(), nasty),
    itemCode: fc.oneof(fc.constantFrom('MZ-001', 'MZ-004', 'ZR-001', 'NOPE'), nasty),
    applicant: fc.oneof(
      fc.record({ name: nasty, idNumber: fc.oneof(fc.stringMatching(/^\d{17}[\dX]$/), nasty), phone: nasty }),
      nasty,
    ),
    providedMaterials: fc.oneof(
      fc.array(fc.constantFrom('ID_CARD', 'HUKOU', 'APPLICATION', 'x'), { maxLength: 6 }),
      nasty,
    ),
    decision: fc.oneof(fc.constantFrom('ACCEPT', 'ACCEPT_WITH_DEFICIENCY', 'NOTICE', 'REFUSE'), nasty),
    owed: fc.oneof(fc.array(fc.record({ code: nasty, dueDate: nasty }), { maxLength: 3 }), nasty),
    reason: nasty,
    entrustment: fc.oneof(fc.record({ documentRef: nasty }), nasty),
  },
  { requiredKeys: [] },
);
const taskBody = fc.record(
  {
    decision: nasty,
    comment: nasty,
    formData: fc.oneof(fc.dictionary(fc.string(), nasty, { maxKeys: 5 }), nasty),
    toNodeId: nasty,
    toDepartmentCode: nasty,
    toUserId: nasty,
    reason: nasty,
    missing: nasty,
  },
  { requiredKeys: [] },
);

describe('generated input never causes a 5xx', () => {
  test('intake', async () => {
    const clerk = await as('clerk');
    await fc.assert(
      fc.asyncProperty(intakeBody, async (body) => {
        const res = await clerk.post('/matters/intake', body);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 150, seed: 20261124 },
    );
  });

  test('task actions', async () => {
    const matter = await acceptMatter('MZ-001');
    const task = await backOfficeTask(matter.id);
    const api = await as('minzheng');
    const action = fc.constantFrom('claim', 'unclaim', 'complete', 'return', 'transfer', 'supplement');
    await fc.assert(
      fc.asyncProperty(action, taskBody, async (a, body) => {
        const res = await api.post(`/tasks/${task.id}/${a}`, body);
        expect(res.status).toBeLessThan(500);
      }),
      { numRuns: 120, seed: 20261124 },
    );
  });
});
